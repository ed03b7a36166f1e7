import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DealDto } from '../deals/deal-responses.dto';
import { PageOf } from '../openapi/page.dto';
import { DemandDto, DemandMatchDto, MatchReasonDto } from './demands.dto';

export class DemandPageDto extends PageOf(DemandDto) {}

class ProviderMatchListingDto {
  @ApiProperty() title!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() status!: string;
}

/** A match as its provider sees it: no dismiss reason, no deal. */
export class ProviderMatchDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) listingId!: string;
  @ApiProperty({ type: ProviderMatchListingDto, nullable: true }) listing!: ProviderMatchListingDto | null;
  @ApiProperty({ example: 0.82 }) score!: number;
  @ApiProperty({ type: [MatchReasonDto] }) reasons!: MatchReasonDto[];
  @ApiProperty() status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) providerInterestAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class DemandOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
}

/** A demand as a matched provider sees it: the SME's name, no budget, author or status reason. */
export class ProviderDemandDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: DemandOrganizationDto }) organization!: DemandOrganizationDto;
  @ApiProperty() kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ nullable: true, type: String }) category!: string | null;
  @ApiProperty({ nullable: true, type: String }) categorySlug!: string | null;
  @ApiProperty({ nullable: true, type: String }) categoryEn!: string | null;
  @ApiProperty({ nullable: true, type: String }) regionCode!: string | null;
  @ApiProperty() locationPreference!: string;
  @ApiProperty({ type: [String] }) certifications!: string[];
  @ApiProperty({ nullable: true, type: String }) deadline!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
  @ApiProperty() status!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/**
 * One demand: whole for its owner (`yourSide: owner`); as providers see it, with their
 * matches, for a matched provider (`yourSide: provider`, no budget).
 */
export class DemandDetailDto extends DemandDto {
  @ApiProperty({ enum: ['owner', 'provider'] }) yourSide!: 'owner' | 'provider';
  @ApiPropertyOptional({ type: DemandOrganizationDto, description: 'Providers' }) organization?: DemandOrganizationDto;
  @ApiPropertyOptional({ type: [ProviderMatchDto], description: "Providers: their listings' matches" })
  matches?: ProviderMatchDto[];
}

export class MatchedDemandDto {
  @ApiProperty({ type: ProviderMatchDto }) match!: ProviderMatchDto;
  @ApiProperty({ type: ProviderDemandDto }) demand!: ProviderDemandDto;
}

export class MatchedDemandPageDto extends PageOf(MatchedDemandDto) {}

export class AcceptedMatchDto {
  @ApiProperty({ type: DemandMatchDto }) match!: DemandMatchDto;
  @ApiProperty({ type: DealDto, description: 'The prefilled booking, reservation or licence request' }) deal!: DealDto;
}
