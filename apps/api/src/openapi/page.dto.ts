import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/**
 * The one page shape of every paged list: `{items, total, page, limit}` (pages count from
 * 1). Lists that can only ever be short (a listing's photos, a deal's documents, one's
 * sessions) answer a plain array instead.
 */
export function PageOf<T>(item: Type<T>, name = `${item.name.replace(/Dto$/, '')}PageDto`) {
  class Page {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty({ example: 42, description: 'Items over all pages' }) total!: number;
    @ApiProperty({ example: 1, minimum: 1 }) page!: number;
    @ApiProperty({ example: 20, minimum: 1 }) limit!: number;
  }
  Object.defineProperty(Page, 'name', { value: name });
  return Page;
}
