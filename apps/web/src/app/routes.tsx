import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from '../components/AppLayout';
import { RequireSession } from '../components/RequireSession';
import { RouteError } from '../components/RouteError';

// One chunk per page: a visitor's first load carries only the shell and the page they opened.
const NotFoundPage = lazy(() => import('../components/NotFoundPage'));
const HomePage = lazy(() => import('../search/HomePage'));
const SearchPage = lazy(() => import('../search/SearchPage'));
const ListingPage = lazy(() => import('../listings/ListingPage'));
const SignInPage = lazy(() => import('../account/SignInPage'));
const RegisterPage = lazy(() => import('../account/RegisterPage'));
const ForgotPasswordPage = lazy(() => import('../account/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../account/ResetPasswordPage'));
const VerifyEmailPage = lazy(() => import('../account/VerifyEmailPage'));
const AcceptInvitationPage = lazy(() => import('../account/AcceptInvitationPage'));
const NewDisputePage = lazy(() => import('../disputes/NewDisputePage'));
const ConfirmDisputePage = lazy(() => import('../disputes/ConfirmDisputePage'));
const FollowDisputePage = lazy(() => import('../disputes/FollowDisputePage'));
const MyDealsPage = lazy(() => import('../deals/MyDealsPage'));
const DealPage = lazy(() => import('../deals/DealPage'));
const DemandsPage = lazy(() => import('../demands/DemandsPage'));
const NewDemandPage = lazy(() => import('../demands/NewDemandPage'));
const DemandPage = lazy(() => import('../demands/DemandPage'));
const OrganizationPage = lazy(() => import('../organization/OrganizationPage'));
const MembersPage = lazy(() => import('../organization/MembersPage'));
const WebhooksPage = lazy(() => import('../organization/WebhooksPage'));
const BookingCalendarPage = lazy(() => import('../organization/BookingCalendarPage'));
const MatchedDemandsPage = lazy(() => import('../organization/MatchedDemandsPage'));
const MyListingsPage = lazy(() => import('../provider/listings/MyListingsPage'));
const NewListingPage = lazy(() => import('../provider/listings/ListingFormPage'));
const EditListingPage = lazy(() =>
  import('../provider/listings/ListingFormPage').then((m) => ({ default: m.EditListingPage })),
);
const ManageListingPage = lazy(() => import('../provider/listings/ManageListingPage'));

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
      { path: 'organization', element: signedIn(<OrganizationPage />) },
      { path: 'organization/members', element: signedIn(<MembersPage />) },
      { path: 'organization/webhooks', element: signedIn(<WebhooksPage />) },
      { path: 'organization/calendar', element: signedIn(<BookingCalendarPage />) },
      { path: 'matched-demands', element: signedIn(<MatchedDemandsPage />) },
      { path: 'my/listings', element: signedIn(<MyListingsPage />) },
      { path: 'my/listings/new', element: signedIn(<NewListingPage />) },
      { path: 'my/listings/:id', element: signedIn(<ManageListingPage />) },
      { path: 'my/listings/:id/edit', element: signedIn(<EditListingPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
