import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEAL_KINDS, DEAL_STATES, type DealKind, type DealState } from '@rongtong/deals';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/**
 * An equipment booking: a slot in a time-slot service mode, or samples for testing.
 * Shapes are checked here (400); the listing's rules then (422 naming the reason).
 */
export class CreateBookingDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() listingId!: string;

  @ApiProperty({ enum: ['self_operated', 'technician_operated', 'sample_testing'] })
  @IsString()
  serviceMode!: string;

  @ApiPropertyOptional({ example: '2026-12-07T09:00:00+08:00', description: 'Time slots: ISO 8601 with offset' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  start?: string;

  @ApiPropertyOptional({ example: '2026-12-07T12:00:00+08:00' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  end?: string;

  @ApiPropertyOptional({ example: 3, description: 'Sample testing: how many samples are sent' })
  @IsOptional()
  @IsInt()
  samples?: number;

  @ApiPropertyOptional({ type: [String], example: ['盐雾试验 480h', '涂层厚度'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  testItems?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Which of your enterprises asks, when you belong to several' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class ListDealsQueryDto {
  @ApiPropertyOptional({ enum: ['requester', 'provider'] })
  @IsOptional()
  @IsIn(['requester', 'provider'])
  role?: 'requester' | 'provider';

  @ApiPropertyOptional({ enum: DEAL_KINDS }) @IsOptional() @IsIn(DEAL_KINDS) kind?: DealKind;
  @ApiPropertyOptional({ enum: DEAL_STATES }) @IsOptional() @IsIn(DEAL_STATES) state?: DealState;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() listingId?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) page?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

export class DealReasonDto {
  @ApiPropertyOptional({ description: 'Why (shown to the other party)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class RecordQualificationDto {
  @ApiProperty({ format: 'uuid', description: 'The user trained to run the equipment' }) @IsUUID() userId!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) note?: string;

  @ApiPropertyOptional({ example: '2027-12-31', description: 'Null: does not expire' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  expiresOn?: string;
}
