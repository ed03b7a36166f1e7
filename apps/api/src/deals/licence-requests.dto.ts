import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LICENCE_TYPES } from '@rongtong/deals';
import { IsBoolean, IsNumber, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/**
 * A licence request (or a request to buy the patent outright). Types and sizes are
 * checked here (400); meanings — the type the listing offers, territory, term against
 * the patent's expiry, fen and royalty precision — in the deals domain (422 naming each field).
 */
export class CreateLicenceRequestDto {
  @ApiProperty({ format: 'uuid', description: 'A published ip listing' }) @IsUUID() listingId!: string;

  @ApiProperty({ enum: LICENCE_TYPES, description: 'One of the listing’s transactionTypes' })
  @IsString()
  @MaxLength(40)
  licenceType!: string;

  @ApiProperty({
    example: '32',
    description: 'worldwide, CN, or a GB/T 2260 region code prefix: 32 Jiangsu, 3205 Suzhou, 320594',
  })
  @IsString()
  @MaxLength(40)
  territory!: string;

  @ApiProperty({ example: '动力电池正极材料', description: '1–200 characters, or all' })
  @IsString()
  @MaxLength(1000)
  fieldOfUse!: string;

  @ApiProperty({ example: 36, description: 'Whole months, 1 up to the months left before the patent expires' })
  @IsNumber()
  termMonths!: number;

  @ApiProperty({ example: 50_000_000, description: 'Fen (1 yuan = 100 fen), a whole number ≥ 0' })
  @IsNumber()
  upfrontFeeFen!: number;

  @ApiProperty({ example: 3.5, description: 'Running royalty, % of sales: 0–100, at most two decimals' })
  @IsNumber()
  royaltyPercent!: number;

  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() subLicensing?: boolean;

  @ApiPropertyOptional({ example: '改进成果归被许可人所有，许可人享有免费使用权' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  improvements?: string;

  @ApiPropertyOptional({ example: '2026-07-01', description: 'YYYY-MM-DD; default: the day it is agreed' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  startsOn?: string;

  @ApiPropertyOptional({ description: 'To the provider, with the request' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Which of your enterprises asks, when you belong to several' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

/** For the OpenAPI document: one licence in force on a listing, as the public sees it. */
class LicenseeDto {
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
}

export class ListingLicenceDto {
  @ApiProperty({ enum: LICENCE_TYPES }) licenceType!: string;
  @ApiProperty({ example: '32' }) territory!: string;
  @ApiProperty({ example: 'all' }) fieldOfUse!: string;
  @ApiProperty({ example: '2026-07-01' }) startsOn!: string;
  @ApiProperty({ example: '2029-07-01', description: 'Exclusive: the first day it no longer runs' }) endsOn!: string;
  @ApiProperty() openLicence!: boolean;
  @ApiProperty({
    type: LicenseeDto,
    nullable: true,
    description: 'The holder of an exclusive or sole licence or an assignment (public on recordal); null for ordinary',
  })
  licensee!: { organizationId: string; name: string | null } | null;
}
