import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from '../components/AppLayout';
import { RequireSession } from '../components/RequireSession';
import { RouteError } from '../components/RouteError';
import { withStrings } from '../i18n';

// One chunk per page: a visitor's first load carries only the shell and the page they opened.
// Pages of the organization, provider listing and dispute areas wait for their area's strings
// (withStrings), which the first load does not carry.
const NotFoundPage = lazy(() => import('../components/NotFoundPage'));
const HomePage = lazy(() => import('../search/HomePage'));
const SearchPage = lazy(() => import('../search/SearchPage'));
const ListingPage = lazy(() => import('../listings/ListingPage'));
const SignInPage = lazy(() => import('../account/SignInPage'));
const RegisterPage = lazy(() => withStrings(import('../account/RegisterPage'), 'disputes'));
const ForgotPasswordPage = lazy(() => import('../account/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../account/ResetPasswordPage'));
const VerifyEmailPage = lazy(() => import('../account/VerifyEmailPage'));
const AcceptInvitationPage = lazy(() => import('../account/AcceptInvitationPage'));
const NewDisputePage = lazy(() => withStrings(import('../disputes/NewDisputePage'), 'disputes'));
const ConfirmDisputePage = lazy(() => withStrings(import('../disputes/ConfirmDisputePage'), 'disputes'));
const FollowDisputePage = lazy(() => withStrings(import('../disputes/FollowDisputePage'), 'disputes'));
const MyDealsPage = lazy(() => withStrings(import('../deals/MyDealsPage'), 'org'));
const DealPage = lazy(() => import('../deals/DealPage'));
const DemandsPage = lazy(() => import('../demands/DemandsPage'));
const NewDemandPage = lazy(() => import('../demands/NewDemandPage'));
const DemandPage = lazy(() => import('../demands/DemandPage'));
// Sourcing (issue 19): the RFQ board, an RFQ, the buyer's form and list, the supplier directory.
const RfqBoardPage = lazy(() => withStrings(import('../sourcing/RfqBoardPage'), 'sourcing'));
const MyRfqsPage = lazy(() => withStrings(import('../sourcing/MyRfqsPage'), 'sourcing'));
const NewRfqPage = lazy(() => withStrings(import('../sourcing/NewRfqPage'), 'sourcing'));
const EditRfqPage = lazy(() => withStrings(import('../sourcing/EditRfqPage'), 'sourcing'));
const RfqPage = lazy(() => withStrings(import('../sourcing/RfqPage'), 'sourcing'));
const SuppliersPage = lazy(() => withStrings(import('../sourcing/SuppliersPage'), 'sourcing'));
const OrganizationPage = lazy(() => withStrings(import('../organization/OrganizationPage'), 'org'));
const MembersPage = lazy(() => withStrings(import('../organization/MembersPage'), 'org'));
const WebhooksPage = lazy(() => withStrings(import('../organization/WebhooksPage'), 'org'));
const BookingCalendarPage = lazy(() => withStrings(import('../organization/BookingCalendarPage'), 'org'));
const MatchedDemandsPage = lazy(() => withStrings(import('../organization/MatchedDemandsPage'), 'org'));
const MyListingsPage = lazy(() => withStrings(import('../provider/listings/MyListingsPage'), 'myListings'));
const NewListingPage = lazy(() => withStrings(import('../provider/listings/ListingFormPage'), 'myListings'));
const ImportListingsPage = lazy(() => withStrings(import('../provider/imports/ImportListingsPage'), 'myListings'));
const EditListingPage = lazy(() =>
  withStrings(import('../provider/listings/ListingFormPage'), 'myListings').then((m) => ({
    default: m.EditListingPage,
  })),
);
const ManageListingPage = lazy(() =>
  withStrings(import('../provider/listings/ManageListingPage'), 'myListings', 'org'),
);

// The console's analytics and platform admin pages (h18b); ECharts loads with the first chart.
const ParkAnalyticsPage = lazy(() => withStrings(import('../console/analytics/ParkAnalyticsPage'), 'console'));
const PlatformAnalyticsPage = lazy(() => withStrings(import('../console/admin/PlatformAnalyticsPage'), 'console'));
const AdminParksPage = lazy(() => withStrings(import('../console/admin/AdminParksPage'), 'console'));
const AdminUsersPage = lazy(() => withStrings(import('../console/admin/AdminUsersPage'), 'console'));

// The park operator's console (h18a): verification, moderation, memberships, audit, reasons.
const OperatorHome = lazy(() => withStrings(import('../console/operator/OperatorHome'), 'console'));
const VerificationsPage = lazy(() => withStrings(import('../console/operator/VerificationsPage'), 'console'));
const ModerationPage = lazy(() => withStrings(import('../console/operator/ModerationPage'), 'console'));
const ModerationListingPage = lazy(() => withStrings(import('../console/operator/ModerationListingPage'), 'console'));
const MembershipsPage = lazy(() => withStrings(import('../console/operator/MembershipsPage'), 'console'));
const AuditPage = lazy(() => withStrings(import('../console/operator/AuditPage'), 'console'));
const ReasonsPage = lazy(() => withStrings(import('../console/operator/ReasonsPage'), 'console'));
const ParkRfqsPage = lazy(() => withStrings(import('../console/operator/RfqsPage'), 'console', 'sourcing'));

const signedIn = (element: React.ReactNode) => <RequireSession>{element}</RequireSession>;

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'listings/:id', element: <ListingPage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'verify-email', element: <VerifyEmailPage /> },
      { path: 'invitations/accept', element: <AcceptInvitationPage /> },
      { path: 'uscc-disputes/new', element: <NewDisputePage /> },
      { path: 'uscc-disputes/confirm', element: <ConfirmDisputePage /> },
      { path: 'uscc-disputes/follow', element: <FollowDisputePage /> },
      { path: 'deals', element: signedIn(<MyDealsPage />) },
      { path: 'deals/:id', element: signedIn(<DealPage />) },
      { path: 'demands', element: signedIn(<DemandsPage />) },
      { path: 'demands/new', element: signedIn(<NewDemandPage />) },
      { path: 'demands/:id', element: signedIn(<DemandPage />) },
      { path: 'rfqs', element: signedIn(<RfqBoardPage />) },
      { path: 'rfqs/new', element: signedIn(<NewRfqPage />) },
      { path: 'rfqs/:id', element: signedIn(<RfqPage />) },
      { path: 'rfqs/:id/edit', element: signedIn(<EditRfqPage />) },
      { path: 'my/rfqs', element: signedIn(<MyRfqsPage />) },
      { path: 'suppliers', element: <SuppliersPage /> },
      { path: 'organization', element: signedIn(<OrganizationPage />) },
      { path: 'organization/members', element: signedIn(<MembersPage />) },
      { path: 'organization/webhooks', element: signedIn(<WebhooksPage />) },
      { path: 'organization/calendar', element: signedIn(<BookingCalendarPage />) },
      { path: 'matched-demands', element: signedIn(<MatchedDemandsPage />) },
      { path: 'my/listings', element: signedIn(<MyListingsPage />) },
      { path: 'my/listings/new', element: signedIn(<NewListingPage />) },
      { path: 'my/listings/import', element: signedIn(<ImportListingsPage />) },
      { path: 'my/listings/:id', element: signedIn(<ManageListingPage />) },
      { path: 'my/listings/:id/edit', element: signedIn(<EditListingPage />) },
      { path: 'console/parks/:parkId/analytics', element: signedIn(<ParkAnalyticsPage />) },
      { path: 'console/admin/parks', element: signedIn(<AdminParksPage />) },
      { path: 'console/admin/users', element: signedIn(<AdminUsersPage />) },
      { path: 'console/admin/analytics', element: signedIn(<PlatformAnalyticsPage />) },
      { path: 'console/park', element: signedIn(<OperatorHome />) },
      { path: 'console/parks/:parkId/verifications', element: signedIn(<VerificationsPage />) },
      { path: 'console/parks/:parkId/moderation', element: signedIn(<ModerationPage />) },
      { path: 'console/parks/:parkId/moderation/:listingId', element: signedIn(<ModerationListingPage />) },
      { path: 'console/parks/:parkId/memberships', element: signedIn(<MembershipsPage />) },
      { path: 'console/parks/:parkId/audit', element: signedIn(<AuditPage />) },
      { path: 'console/parks/:parkId/reasons', element: signedIn(<ReasonsPage />) },
      { path: 'console/parks/:parkId/rfqs', element: signedIn(<ParkRfqsPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
