import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** Query parameters of GET /search/listings: shapes here (400); meanings in the search domain (422). */
export class SearchListingsQueryDto {
  @ApiPropertyOptional({ description: 'Chinese, English or both; up to 200 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  q?: string;

  @ApiPropertyOptional({ enum: ['capacity', 'equipment', 'ip'] }) @IsOptional() @IsString() kind?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() category?: string;
  @ApiPropertyOptional({ description: 'Region code prefix: 32 Jiangsu, 3205 Suzhou' })
  @IsOptional()
  @IsString()
  region?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() park?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(0) priceMin?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(0) priceMax?: number;
  @ApiPropertyOptional({ description: 'Comma-separated; all required' })
  @IsOptional()
  @IsString()
  certifications?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() serviceMode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() patentType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() licenceType?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(toBoolean) @IsBoolean() openLicence?: boolean;
  @ApiPropertyOptional({ enum: ['relevance', 'price_asc', 'price_desc', 'newest', 'distance'] })
  @IsOptional()
  @IsString()
  sort?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsNumber() @Min(-90) @Max(90) lat?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsNumber() @Min(-180) @Max(180) lon?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsNumber() @Min(0) @Max(5000) radiusKm?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
  @ApiPropertyOptional({
    description: 'Equipment free for this many hours in one stretch between freeFrom and freeTo (all three together)',
    example: 4,
  })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  freeHours?: number;
  @ApiPropertyOptional({ description: 'ISO 8601 with an offset', example: '2026-12-07T00:00:00+08:00' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  freeFrom?: string;
  @ApiPropertyOptional({
    description: 'ISO 8601 with an offset; at most 60 days after freeFrom and 60 days from now',
    example: '2026-12-14T00:00:00+08:00',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  freeTo?: string;
}

export class SuggestionsQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) q?: string;
}
