import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@rongtong/identity';
import { ListingsModule } from './listings.module';
import { listingsEntities } from './persistence/entities';
import { ListingAuditRepository } from './persistence/listing-audit.repository';
import { ListingImportRepository } from './persistence/listing-import.repository';
import { ListingRevisionRepository } from './persistence/listing-revision.repository';
import { ListingRepository } from './persistence/listing.repository';
import { BulkListingActionUseCase } from './use-cases/bulk-listing-action.use-case';
import { ExportListingsUseCase } from './use-cases/export-listings.use-case';
import { GetListingImportUseCase } from './use-cases/get-listing-import.use-case';
import { ListingImportTemplateUseCase } from './use-cases/listing-import-template.use-case';
import { RunListingImportUseCase } from './use-cases/run-listing-import.use-case';
import { StartListingImportUseCase } from './use-cases/start-listing-import.use-case';

const USE_CASES = [
  BulkListingActionUseCase,
  ExportListingsUseCase,
  GetListingImportUseCase,
  ListingImportTemplateUseCase,
  RunListingImportUseCase,
  StartListingImportUseCase,
];

/**
 * Listings in bulk (issue 22): spreadsheet imports (the API starts them, the worker runs
 * them), exports in the same columns, and one lifecycle step on many listings. Its use
 * cases go through the listings module's own (create, edit, status change), so a row
 * or a bulk step is checked and audited exactly as one made by hand.
 */
@Module({
  imports: [TypeOrmModule.forFeature(listingsEntities), IdentityModule, ListingsModule],
  providers: [
    ListingAuditRepository,
    ListingImportRepository,
    ListingRepository,
    ListingRevisionRepository,
    ...USE_CASES,
  ],
  exports: USE_CASES,
})
export class ListingImportsModule {}
