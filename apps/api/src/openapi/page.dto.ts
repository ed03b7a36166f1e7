import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as TransformTo } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The query of a paged list: `?page=` (from 1) and `?limit=` (at most 100, 20 by default). */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @TransformTo(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @TransformTo(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

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
