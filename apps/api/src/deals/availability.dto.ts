import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Query of GET /listings/:id/availability: shapes here (400); meanings in the deals domain (422). */
export class AvailabilityQueryDto {
  @ApiPropertyOptional({
    description: 'ISO 8601 with an offset; default now',
    example: '2026-12-07T00:00:00+08:00',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  from?: string;

  @ApiPropertyOptional({
    description: 'ISO 8601 with an offset, after from; default from + 14 days; at most from + 92 days',
    example: '2026-12-21T00:00:00+08:00',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  to?: string;
}

class TimeRangeDto {
  @ApiProperty({ example: '2026-12-07T09:00:00+08:00' }) start!: string;
  @ApiProperty({ example: '2026-12-07T18:00:00+08:00' }) end!: string;
}

class HolidayNameDto {
  @ApiProperty({ example: '国庆节' }) 'zh-CN'!: string;
  @ApiProperty({ example: 'National Day' }) en!: string;
}

class CalendarDayDto {
  @ApiProperty({ example: '2026-10-01', format: 'date' }) date!: string;
  @ApiProperty({ enum: ['holiday', 'make_up_workday'] }) kind!: string;
  @ApiProperty({ type: HolidayNameDto }) name!: HolidayNameDto;
  @ApiProperty({ description: 'Whether the listing opens that day under its rules' }) open!: boolean;
}

class OpeningIntervalDto {
  @ApiProperty({ example: '09:00' }) start!: string;
  @ApiProperty({ example: '18:00', description: 'May be 24:00' }) end!: string;
}

class OpeningHoursDto {
  @ApiProperty({ type: [OpeningIntervalDto] }) mon!: OpeningIntervalDto[];
  @ApiProperty({ type: [OpeningIntervalDto] }) tue!: OpeningIntervalDto[];
  @ApiProperty({ type: [OpeningIntervalDto] }) wed!: OpeningIntervalDto[];
  @ApiProperty({ type: [OpeningIntervalDto] }) thu!: OpeningIntervalDto[];
  @ApiProperty({ type: [OpeningIntervalDto] }) fri!: OpeningIntervalDto[];
  @ApiProperty({ type: [OpeningIntervalDto] }) sat!: OpeningIntervalDto[];
  @ApiProperty({ type: [OpeningIntervalDto] }) sun!: OpeningIntervalDto[];
}

/** For the OpenAPI document: what GET /listings/:id/availability answers. */
export class AvailabilityDto {
  @ApiProperty({ format: 'uuid' }) listingId!: string;
  @ApiProperty({ description: 'The window answered, in the listing’s zone' }) from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone!: string;
  @ApiProperty({ description: 'Bookings start and end on this grid from local midnight' }) slotMinutes!: number;
  @ApiProperty() minMinutes!: number;
  @ApiProperty({ nullable: true, type: Number }) maxMinutes!: number | null;
  @ApiProperty() leadTimeHours!: number;
  @ApiProperty({ description: 'Kept free after each booking' }) bufferMinutes!: number;
  @ApiProperty() cancellationCutoffHours!: number;
  @ApiProperty() instantBook!: boolean;
  @ApiProperty({ example: ['technician_operated', 'self_operated'] }) serviceModes!: string[];
  @ApiProperty({ type: OpeningHoursDto }) openingHours!: OpeningHoursDto;
  @ApiProperty({ example: ['2026-10-01'] }) blackoutDates!: string[];
  @ApiProperty({ enum: ['closed', 'open'], description: "China's statutory holidays: closed (default) or open" })
  publicHolidays!: string;
  @ApiProperty({
    enum: ['open', 'closed'],
    description:
      "China's make-up working days: open with the hours of the weekday they stand in for (default), or closed",
  })
  makeUpWorkdays!: string;
  @ApiProperty({
    type: [CalendarDayDto],
    description: 'Statutory holidays and make-up working days in the window, named, with whether the listing opens',
  })
  calendarDays!: CalendarDayDto[];
  @ApiProperty({
    type: [TimeRangeDto],
    description: 'Maximal stretches in which a booking can start and end (buffers, lead time and grid applied)',
  })
  free!: TimeRangeDto[];
  @ApiProperty({ type: [TimeRangeDto], description: 'Time held by bookings, with their buffers; never who' })
  busy!: TimeRangeDto[];
}
