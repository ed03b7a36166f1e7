import { Injectable } from '@nestjs/common';
import { type Actor, isMemberOf, OrganizationNotFoundError } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { columnHeader, columnsFor, type ListingContent, listingRowCells } from '../domain';
import { ListingRepository } from '../persistence/listing.repository';
import { ListingRevisionRepository } from '../persistence/listing-revision.repository';
import { contentOf } from './listing-view';
import { type TableFile, tableFile } from '@rongtong/platform';
import { tableFormat } from './listing-table';

/**
 * An enterprise's listings in the import template's columns (every kind's), so that the
 * file imports back as unchanged: each listing as its owner last wrote it (a pending
 * revision rather than the live text). Archived listings are left out. Members only (404).
 */
@Injectable()
export class ExportListingsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
    private readonly revisions: ListingRevisionRepository,
  ) {}

  async execute(actor: Actor, organizationId: string, query: { format?: string }): Promise<TableFile> {
    if (!isMemberOf(actor, organizationId)) throw new OrganizationNotFoundError();
    const format = tableFormat(query.format, 'xlsx');
    const owned = (await this.listings.ownedBy(this.uow.db, organizationId)).filter((l) => l.status !== 'archived');
    const pending = await this.revisions.pendingFor(
      this.uow.db,
      owned.map((l) => l.id),
    );
    const columns = columnsFor();
    const rows = owned.reverse().map((listing) =>
      listingRowCells(columns, {
        kind: listing.kind,
        // A listing made without a reference is matched by its id when the file comes back.
        externalRef: listing.externalRef ?? listing.id,
        content: pending.get(listing.id)?.content ?? (contentOf(listing) as ListingContent),
      }),
    );
    const day = new Date().toISOString().slice(0, 10);
    return tableFile(format, `listings-${day}`, 'listings', columns.map(columnHeader), rows);
  }
}
