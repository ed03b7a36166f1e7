import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LISTING_KINDS, VISIBILITIES } from '@rongtong/listings';

const COUNTS = { type: 'object', additionalProperties: { type: 'integer' } } as const;

class SearchProviderDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() verified!: boolean;
}

class GeoPointDto {
  @ApiProperty() lat!: number;
  @ApiProperty() lng!: number;
}

/** A listing as the search index holds it. */
export class SearchDocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: LISTING_KINDS }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) titleEn!: string | null;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, nullable: true }) descriptionEn!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty() category!: string;
  @ApiProperty({ type: String, nullable: true }) categoryEn!: string | null;
  @ApiProperty() categorySlug!: string;
  @ApiProperty({ type: SearchProviderDto }) provider!: SearchProviderDto;
  @ApiProperty({ example: '320594' }) regionCode!: string;
  @ApiProperty({ type: [String], example: ['苏州市', '苏州工业园区', '江苏省'] }) regionNames!: string[];
  @ApiProperty({ type: [String] }) parkIds!: string[];
  @ApiProperty({ enum: VISIBILITIES }) visibility!: string;
  @ApiProperty({ type: Number, nullable: true }) priceFen!: number | null;
  @ApiProperty({ type: String, nullable: true }) priceUnit!: string | null;
  @ApiProperty({ type: [String] }) certifications!: string[];
  @ApiProperty({ type: [String] }) serviceModes!: string[];
  @ApiProperty({ type: String, nullable: true }) patentType!: string | null;
  @ApiProperty({ type: [String] }) transactionTypes!: string[];
  @ApiProperty() openLicence!: boolean;
  @ApiProperty({ type: [String] }) detailsText!: string[];
  @ApiProperty({ type: GeoPointDto, nullable: true }) geo!: GeoPointDto | null;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class HighlightsDto {
  @ApiPropertyOptional({ description: 'Matches wrapped in <em>…</em>, the rest escaped' }) title?: string;
  @ApiPropertyOptional() description?: string;
}

export class SearchHitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() score!: number;
  @ApiProperty({ type: HighlightsDto }) highlights!: HighlightsDto;
  @ApiProperty({ type: SearchDocumentDto }) document!: SearchDocumentDto;
  @ApiPropertyOptional({ description: 'With sort=distance' }) distanceKm?: number;
}

class FacetsDto {
  @ApiProperty(COUNTS) kind!: Record<string, number>;
  @ApiProperty(COUNTS) category!: Record<string, number>;
  @ApiProperty(COUNTS) region!: Record<string, number>;
  @ApiProperty(COUNTS) certifications!: Record<string, number>;
}

/** What the engine did when no listing has every word of the query (filters are never relaxed). */
class RelaxedQueryDto {
  @ApiProperty({
    type: [String],
    example: ['拉力机'],
    description: 'Words the first hit lacks: no listing has them all',
  })
  dropped!: string[];
  @ApiProperty({ type: [String], example: ['测试'], description: 'Words the results are for' })
  kept!: string[];
}

/** Search keeps its own page shape (CONTRACT.md): hits, facets and the engine that answered. */
export class SearchResultDto {
  @ApiProperty({ type: [SearchHitDto] }) hits!: SearchHitDto[];
  @ApiProperty() total!: number;
  @ApiProperty({ type: FacetsDto }) facets!: FacetsDto;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) limit!: number;
  @ApiProperty({ enum: ['postgres', 'meilisearch'] }) engine!: string;
  @ApiPropertyOptional({
    type: RelaxedQueryDto,
    description: 'Set when no listing has every word: the hits cover most of the query, more of it ranking higher',
  })
  relaxed?: RelaxedQueryDto;
  @ApiPropertyOptional({
    type: [String],
    example: ['拉伸试验', '万能试验机'],
    description: 'When nothing is found: terms of the index to try instead',
  })
  suggestions?: string[];
}

export class SuggestionsDto {
  @ApiProperty({ type: [String], example: ['三坐标测量机', '三坐标检测'] }) suggestions!: string[];
}
