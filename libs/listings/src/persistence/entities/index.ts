import { ListingAttachmentEntity } from './listing-attachments.entity';
import { ListingAuditEntity } from './listing-audit.entity';
import { ListingImportEntity } from './listing-imports.entity';
import { ListingReportEntity } from './listing-reports.entity';
import { ListingRevisionEntity } from './listing-revisions.entity';
import { ListingEntity } from './listings.entity';
import { ParkReasonTemplatesEntity } from './park-reason-templates.entity';

export * from './listing-attachments.entity';
export * from './listing-audit.entity';
export * from './listing-imports.entity';
export * from './listing-reports.entity';
export * from './listing-revisions.entity';
export * from './listings.entity';
export * from './park-reason-templates.entity';

/** Every table of the listings context, for the DataSource. */
export const listingsEntities = [
  ListingAttachmentEntity,
  ListingAuditEntity,
  ListingImportEntity,
  ListingReportEntity,
  ListingRevisionEntity,
  ListingEntity,
  ParkReasonTemplatesEntity,
];
