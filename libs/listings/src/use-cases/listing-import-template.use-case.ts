import { Injectable } from '@nestjs/common';
import { type Actor, enterpriseIds } from '@rongtong/identity';
import {
  columnHeader,
  columnsFor,
  exampleCells,
  isListingKind,
  LISTING_KINDS,
  ListingForbiddenError,
  ListingKindUnknownError,
} from '../domain';
import { type TableFile, tableFile } from '@rongtong/platform';
import { tableFormat } from './listing-table';

/**
 * A listings file to fill in: the kind's columns (every kind's without one) headed in
 * Chinese and English, `标题（title）`, with an example row per kind. Enterprise members.
 */
@Injectable()
export class ListingImportTemplateUseCase {
  async execute(actor: Actor, query: { kind?: string; format?: string }): Promise<TableFile> {
    if (enterpriseIds(actor).length === 0) {
      throw new ListingForbiddenError('ENTERPRISE_MEMBER_REQUIRED', 'Only enterprise members import listings');
    }
    if (query.kind !== undefined && !isListingKind(query.kind)) throw new ListingKindUnknownError(query.kind);
    const format = tableFormat(query.format, 'xlsx');
    const kind = query.kind;
    const columns = columnsFor(kind);
    const kinds = kind ? [kind] : LISTING_KINDS;
    return tableFile(
      format,
      `listings-template-${kind ?? 'all'}`,
      'listings',
      columns.map(columnHeader),
      kinds.map((k) => exampleCells(columns, k)),
    );
  }
}
