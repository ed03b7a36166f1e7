import { Extensions1764150000000 } from './1764150000000-extensions';
import { Outbox1764150000100 } from './1764150000100-outbox';
import { Identity1764160000000 } from './1764160000000-identity';
import { Listings1764170000000 } from './1764170000000-listings';
import { Search1764180000000 } from './1764180000000-search';
import { Deals1764190000000 } from './1764190000000-deals';
import { Notifications1764195000000 } from './1764195000000-notifications';
import { Matching1764200000000 } from './1764200000000-matching';
import { SearchBuckets1764210000000 } from './1764210000000-search-buckets';
import { ActorChanges1764220000000 } from './1764220000000-actor-changes';
import { ReviewReveals1764230000000 } from './1764230000000-review-reveals';
import { MatchesByListing1764240000000 } from './1764240000000-matches-by-listing';
import { AccountLifecycle1764250000000 } from './1764250000000-account-lifecycle';
import { UserAudit1764255000000 } from './1764255000000-user-audit';
import { EmailHtml1764256000000 } from './1764256000000-email-html';
import { OutboxDelivery1764258000000 } from './1764258000000-outbox-delivery';
import { BadgeReview1764262000000 } from './1764262000000-badge-review';
import { UsccDisputes1764264000000 } from './1764264000000-uscc-disputes';
import { TypeormMetadata1764270000000 } from './1764270000000-typeorm-metadata';
import { FreeTimeKey1764270000100 } from './1764270000100-free-time-key';
import { UsccDisputeConfirmation1764276000000 } from './1764276000000-uscc-dispute-confirmation';
import { OrganizationAdministration1764300000000 } from './1764300000000-organization-administration';
import { Analytics1764330000000 } from './1764330000000-analytics';
import { BulkAndCalendars1764400000000 } from './1764400000000-bulk-and-calendars';
import { Sourcing1764410000000 } from './1764410000000-sourcing';
import { OrderDeals1764410000100 } from './1764410000100-order-deals';
import { ReasonTemplates1764420000000 } from './1764420000000-reason-templates';
import { AnalyticsReads1764430000000 } from './1764430000000-analytics-reads';
import { SupplierDirectory1764450000000 } from './1764450000000-supplier-directory';
import { SearchIndexState1764460000000 } from './1764460000000-search-index-state';
import { AnalyticsShapedRollups1764470000000 } from './1764470000000-analytics-shaped-rollups';
import { RfqParksIndex1764480000000 } from './1764480000000-rfq-parks-index';
import { VerificationDocuments1764490000000 } from './1764490000000-verification-documents';
import { RfqAudit1764500000000 } from './1764500000000-rfq-audit';

/**
 * Every migration, oldest first. Listed by hand (not globbed) so that the same list runs
 * from TypeScript in tests and from the built JavaScript in production.
 */
export const migrations = [
  Extensions1764150000000,
  Outbox1764150000100,
  Identity1764160000000,
  Listings1764170000000,
  Search1764180000000,
  Deals1764190000000,
  Notifications1764195000000,
  Matching1764200000000,
  SearchBuckets1764210000000,
  ActorChanges1764220000000,
  ReviewReveals1764230000000,
  MatchesByListing1764240000000,
  AccountLifecycle1764250000000,
  UserAudit1764255000000,
  EmailHtml1764256000000,
  OutboxDelivery1764258000000,
  BadgeReview1764262000000,
  UsccDisputes1764264000000,
  TypeormMetadata1764270000000,
  FreeTimeKey1764270000100,
  UsccDisputeConfirmation1764276000000,
  OrganizationAdministration1764300000000,
  Analytics1764330000000,
  BulkAndCalendars1764400000000,
  Sourcing1764410000000,
  OrderDeals1764410000100,
  ReasonTemplates1764420000000,
  AnalyticsReads1764430000000,
  SupplierDirectory1764450000000,
  SearchIndexState1764460000000,
  AnalyticsShapedRollups1764470000000,
  RfqParksIndex1764480000000,
  VerificationDocuments1764490000000,
  RfqAudit1764500000000,
];
