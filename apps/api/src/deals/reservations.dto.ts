import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

const WINDOW =
  'The window is inclusive dates (Asia/Shanghai). The quantity is taken out of EACH week or month the window ' +
  'touches: 100 machine-hours over three weeks reserves 100 in each of the three (300 in all).';

/**
 * A capacity reservation. Shapes are checked here (400); the listing's rules then (422
 * DEAL_INVALID naming each field, PERIOD_NOT_OFFERED listing the periods), and what is
 * left (409 CAPACITY_EXCEEDED with each short period's remaining quantity).
 */
export class CreateReservationDto {
  @ApiProperty({ format: 'uuid', description: 'A published capacity listing' }) @IsUUID() listingId!: string;

  @ApiProperty({
    example: 120,
    description:
      "Per period, in the listing's capacity unit: > 0, whole for pieces, at most 3 decimals otherwise; at least the " +
      'minimum order when that is stated in the same unit. ' +
      WINDOW,
  })
  @IsNumber()
  quantity!: number;

  @ApiProperty({
    example: '2026-12-07',
    description: "First day, YYYY-MM-DD: no earlier than today + the listing's lead time, within a year from today",
  })
  @IsString()
  @MaxLength(10)
  from!: string;

  @ApiProperty({
    example: '2026-12-27',
    description: 'Last day, YYYY-MM-DD, inclusive: not before from, under a year after it',
  })
  @IsString()
  @MaxLength(10)
  to!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Which of your enterprises asks, when you belong to several' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ description: 'Goes with the first offer' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class CapacityQueryDto {
  @ApiPropertyOptional({ example: '2026-12-01', description: 'First day (YYYY-MM-DD); default today in China' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  from?: string;

  @ApiPropertyOptional({
    example: '2027-02-28',
    description: 'Last day, inclusive; default 90 days after from; at most a year',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  to?: string;
}

class CalendarDayNameDto {
  @ApiProperty({ example: '国庆节' }) 'zh-CN'!: string;
  @ApiProperty({ example: 'National Day' }) en!: string;
}

class CapacityCalendarDayDto {
  @ApiProperty({ example: '2026-10-01', format: 'date' }) date!: string;
  @ApiProperty({ enum: ['holiday', 'make_up_workday'] }) kind!: string;
  @ApiProperty({ type: CalendarDayNameDto }) name!: CalendarDayNameDto;
}

export class CapacityPeriodDto {
  @ApiProperty({ example: '2026-12-07' }) start!: string;
  @ApiProperty({ example: '2026-12-13' }) end!: string;
  @ApiProperty({ description: 'What the provider offers in the period (0: not on offer)' }) offered!: number;
  @ApiProperty({ description: 'Offered less what open requests hold and accepted reservations took' })
  remaining!: number;
  @ApiProperty({
    type: [CapacityCalendarDayDto],
    description: "China's statutory holidays and make-up working days in the period, named",
  })
  calendarDays!: CapacityCalendarDayDto[];
}

export class ListingCapacityDto {
  @ApiProperty({ format: 'uuid' }) listingId!: string;
  @ApiProperty({ enum: ['machine_hour', 'piece', 'tonne'] }) unit!: string;
  @ApiProperty({ enum: ['week', 'month'] }) per!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [CapacityPeriodDto] }) periods!: CapacityPeriodDto[];
}
