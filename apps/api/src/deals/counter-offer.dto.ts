import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * A counter-offer: the terms that change, with the limits of the deal's creation body
 * (reservations: quantity, from, to; licence requests: the licence terms). Fields of the
 * other kind are refused by the use case (422 naming them), unknown ones here (400).
 */
export class CounterOfferDto {
  @ApiPropertyOptional({ example: 80, description: 'Reservation: per period, in the capacity unit' })
  @IsOptional()
  @IsNumber()
  quantity?: number;

  @ApiPropertyOptional({ example: '2026-12-07', description: 'Reservation: first day, YYYY-MM-DD' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-27', description: 'Reservation: last day, YYYY-MM-DD, inclusive' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  to?: string;

  @ApiPropertyOptional({ description: 'Licence: one of the listing’s transactionTypes' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  licenceType?: string;

  @ApiPropertyOptional({ example: '32', description: 'Licence: a region code, or all' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  territory?: string;

  @ApiPropertyOptional({ example: '动力电池正极材料', description: 'Licence: 1–200 characters, or all' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  fieldOfUse?: string;

  @ApiPropertyOptional({ example: 36, description: 'Licence: whole months' })
  @IsOptional()
  @IsNumber()
  termMonths?: number;

  @ApiPropertyOptional({ example: 50_000_000, description: 'Licence: fen, a whole number ≥ 0' })
  @IsOptional()
  @IsNumber()
  upfrontFeeFen?: number;

  @ApiPropertyOptional({ example: 3.5, description: 'Licence: running royalty, % of sales, 0–100' })
  @IsOptional()
  @IsNumber()
  royaltyPercent?: number;

  @ApiPropertyOptional({ description: 'Licence: may the licensee sub-license' })
  @IsOptional()
  @IsBoolean()
  subLicensing?: boolean;

  @ApiPropertyOptional({ description: 'Licence: who owns improvements' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  improvements?: string;

  @ApiPropertyOptional({ example: '2026-07-01', description: 'Licence: YYYY-MM-DD' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  startsOn?: string;

  @ApiPropertyOptional({ description: 'Goes with the offer' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
