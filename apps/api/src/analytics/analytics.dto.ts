import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Dates are checked by the analytics context itself, so a bad one gets its own code (422). */
export class AnalyticsPeriodQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'First day (Asia/Shanghai), YYYY-MM-DD; default: a year before `to`. At most five years before `to`',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day, included, YYYY-MM-DD; default: today' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  to?: string;
}

export class AnalyticsExportQueryDto extends AnalyticsPeriodQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], description: 'Default xlsx. CSV is UTF-8 with a BOM (for Excel)' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  format?: string;
}

const SECTION = { type: String, nullable: true, description: 'GB/T 4754 section (A–T); null when not stated' } as const;
const DIVISION = {
  type: String,
  nullable: true,
  description: 'GB/T 4754 division (e.g. C34); null when not stated',
} as const;
const MONTH = { description: 'Month, YYYY-MM (Asia/Shanghai)', example: '2026-03' } as const;

class IndustryDto {
  @ApiProperty(SECTION) section!: string | null;
  @ApiProperty(DIVISION) division!: string | null;
}

export class ParkTotalsDto {
  @ApiProperty({ description: 'Listings created in the period (every status)' }) listings!: number;
  @ApiProperty({ description: 'Of them, published now' }) publishedListings!: number;
  @ApiProperty({ description: 'Deals opened in the period' }) deals!: number;
  @ApiProperty({ description: 'Deals whose parties both belong to the park' }) dealsInside!: number;
  @ApiProperty({ description: 'Deals with an enterprise outside the park' }) dealsOutside!: number;
  @ApiProperty({ description: 'Distinct SME requesters whose deal was taken on (confirmed, accepted … completed)' })
  smesServed!: number;
  @ApiProperty({ description: 'Distinct large enterprises on either side of such deals' }) largeEnterprises!: number;
  @ApiProperty({ description: "Weekly opening hours of the park's published equipment" })
  equipmentHoursOfferedPerWeek!: number;
  @ApiProperty({ description: 'Hours of confirmed, completed or no-show bookings starting in the period' })
  bookedHours!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Booked hours over the hours offered in the weeks of the period',
  })
  utilisation!: number | null;
  @ApiProperty() licencesGranted!: number;
  @ApiProperty() openLicencesGranted!: number;
  @ApiProperty({ description: 'Licence agreements active on the last day of the period' }) agreementsInForce!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      "Median time from a deal's opening to the provider's first step, in seconds, within 2.5% (read from a histogram of 5% buckets)",
  })
  medianFirstResponseSeconds!: number | null;
}

class ListingFigureDto extends IndustryDto {
  @ApiProperty(MONTH) month!: string;
  @ApiProperty({ enum: ['capacity', 'equipment', 'ip'] }) kind!: string;
  @ApiProperty() status!: string;
  @ApiProperty() count!: number;
}

class EquipmentOfferedDto extends IndustryDto {
  @ApiProperty() listings!: number;
  @ApiProperty() weeklyHours!: number;
}

class EquipmentWeekDto extends IndustryDto {
  @ApiProperty({ format: 'date', description: 'Monday of the week' }) week!: string;
  @ApiProperty() bookings!: number;
  @ApiProperty() bookedHours!: number;
  @ApiProperty() offeredHours!: number;
  @ApiProperty({ type: Number, nullable: true }) utilisation!: number | null;
}

class EquipmentFiguresDto {
  @ApiProperty({ type: [EquipmentOfferedDto] }) offered!: EquipmentOfferedDto[];
  @ApiProperty({ type: [EquipmentWeekDto] }) weeks!: EquipmentWeekDto[];
}

class CapacityOfferedDto extends IndustryDto {
  @ApiProperty({ example: 'machine_hour' }) unit!: string;
  @ApiProperty({ enum: ['week', 'month'] }) per!: string;
  @ApiProperty() listings!: number;
  @ApiProperty({ description: 'Quantity offered per period' }) quantity!: number;
}

class CapacityReservedDto extends IndustryDto {
  @ApiProperty({ ...MONTH, description: 'Month of the reserved period' }) month!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() per!: string;
  @ApiProperty({ description: 'Quantity committed by accepted reservations' }) quantity!: number;
}

class CapacityFiguresDto {
  @ApiProperty({ type: [CapacityOfferedDto] }) offered!: CapacityOfferedDto[];
  @ApiProperty({ type: [CapacityReservedDto] }) reserved!: CapacityReservedDto[];
}

class LicenceGrantedDto extends IndustryDto {
  @ApiProperty(MONTH) month!: string;
  @ApiProperty({ description: 'Open licence (开放许可) or negotiated' }) openLicence!: boolean;
  @ApiProperty() count!: number;
}

class LicenceInForceDto extends IndustryDto {
  @ApiProperty() openLicence!: boolean;
  @ApiProperty() count!: number;
}

class LicenceFiguresDto {
  @ApiProperty({ type: [LicenceGrantedDto] }) granted!: LicenceGrantedDto[];
  @ApiProperty({ type: [LicenceInForceDto] }) inForce!: LicenceInForceDto[];
}

class DealFigureDto extends IndustryDto {
  @ApiProperty({ ...MONTH, description: 'Month the deal was opened' }) month!: string;
  @ApiProperty({ enum: ['booking', 'sample_test', 'reservation', 'licence'] }) kind!: string;
  @ApiProperty() state!: string;
  @ApiProperty({ description: 'Both parties belong to the park' }) inside!: boolean;
  @ApiProperty() count!: number;
}

class ResponseByMonthDto {
  @ApiProperty(MONTH) month!: string;
  @ApiProperty() medianSeconds!: number;
  @ApiProperty() deals!: number;
}

class ResponseByIndustryDto extends IndustryDto {
  @ApiProperty() medianSeconds!: number;
  @ApiProperty() deals!: number;
}

class ResponseTimeDto {
  @ApiProperty({ type: Number, nullable: true }) medianSeconds!: number | null;
  @ApiProperty({ description: 'Deals the provider has answered' }) deals!: number;
  @ApiProperty({ type: [ResponseByMonthDto] }) byMonth!: ResponseByMonthDto[];
  @ApiProperty({ type: [ResponseByIndustryDto] }) byIndustry!: ResponseByIndustryDto[];
}

class BySizeClassDto {
  @ApiProperty({ type: String, nullable: true, enum: ['large', 'medium', 'small', 'micro'] }) sizeClass!: string | null;
  @ApiProperty() smes!: number;
  @ApiProperty() large!: number;
}

class ByLevelDto {
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['innovative_sme', 'provincial', 'little_giant'],
    description: '专精特新 tier of a verified badge; null without one',
  })
  level!: string | null;
  @ApiProperty() smes!: number;
}

class EnterprisesByMonthDto {
  @ApiProperty(MONTH) month!: string;
  @ApiProperty() smes!: number;
  @ApiProperty() large!: number;
}

class EnterprisesByIndustryDto extends IndustryDto {
  @ApiProperty() smes!: number;
  @ApiProperty() large!: number;
}

class EnterpriseFiguresDto {
  @ApiProperty() smesServed!: number;
  @ApiProperty() largeEnterprises!: number;
  @ApiProperty({ type: [BySizeClassDto] }) bySizeClass!: BySizeClassDto[];
  @ApiProperty({ type: [ByLevelDto] }) byLevel!: ByLevelDto[];
  @ApiProperty({ type: [EnterprisesByMonthDto] }) byMonth!: EnterprisesByMonthDto[];
  @ApiProperty({ type: [EnterprisesByIndustryDto] }) byIndustry!: EnterprisesByIndustryDto[];
}

/** A park's figures over a period, by month and by industry (the provider's, GB/T 4754). */
export class ParkAnalyticsDto {
  @ApiProperty({ format: 'uuid' }) parkId!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: ParkTotalsDto }) totals!: ParkTotalsDto;
  @ApiProperty({ type: [ListingFigureDto], description: 'Listings by month created, industry, kind and status' })
  listings!: ListingFigureDto[];
  @ApiProperty({ type: EquipmentFiguresDto }) equipment!: EquipmentFiguresDto;
  @ApiProperty({ type: CapacityFiguresDto }) capacity!: CapacityFiguresDto;
  @ApiProperty({ type: LicenceFiguresDto }) licences!: LicenceFiguresDto;
  @ApiProperty({ type: [DealFigureDto] }) deals!: DealFigureDto[];
  @ApiProperty({ type: ResponseTimeDto }) responseTime!: ResponseTimeDto;
  @ApiProperty({ type: EnterpriseFiguresDto }) enterprises!: EnterpriseFiguresDto;
}

class PlatformParkDto extends ParkTotalsDto {
  @ApiProperty({ format: 'uuid' }) parkId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() regionCode!: string;
}

export class PlatformAnalyticsDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: [PlatformParkDto] }) parks!: PlatformParkDto[];
}
