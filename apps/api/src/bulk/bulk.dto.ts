import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LISTING_ACTIONS, LISTING_KINDS, type ListingAction } from '@rongtong/listings';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

const FORMAT = { enum: ['csv', 'xlsx'], description: 'Default xlsx. CSV is UTF-8 with a BOM (for Excel)' } as const;

export class ListingImportTemplateQueryDto {
  @ApiPropertyOptional({ enum: LISTING_KINDS, description: "The kind's columns; without it, every kind's" })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  kind?: string;

  @ApiPropertyOptional(FORMAT)
  @IsOptional()
  @IsString()
  @MaxLength(20)
  format?: string;
}

export class TableExportQueryDto {
  @ApiPropertyOptional(FORMAT)
  @IsOptional()
  @IsString()
  @MaxLength(20)
  format?: string;
}

export class DealsExportQueryDto extends TableExportQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'First day (deals opened on it or later), YYYY-MM-DD; default: a year before `to`',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day, included, YYYY-MM-DD; default: today (China)' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  to?: string;
}

export class ListingImportFormDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: check every row and report, write nothing. Default false',
  })
  dryRun?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: submit the rows that import for review (drafts and rejected listings). Default false',
  })
  submit?: string;

  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      'XLSX or CSV (UTF-8, or GBK as Excel saves it in China), smaller than 50 MB, judged by content; the header row as in the template',
  })
  file!: unknown;
}

export class ListingImportStartedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class ImportRejectionDto {
  @ApiProperty({ description: 'The row as a spreadsheet numbers it: the header is row 1' }) row!: number;
  @ApiProperty({ type: String, nullable: true, description: "The column's key (title, price …)" })
  column!: string | null;
  @ApiProperty({ description: "The listing domain's code (CATEGORY_UNKNOWN, PATENT_NUMBER_INVALID …) or the import's" })
  code!: string;
  @ApiProperty({ description: "In the reader's language" }) message!: string;
}

export class ImportFailureDto {
  @ApiProperty() code!: string;
  @ApiProperty() message!: string;
}

export class ListingImportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) status!: string;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty() submit!: boolean;
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format!: string;
  @ApiProperty({ description: 'Rows below the header' }) total!: number;
  @ApiProperty() processed!: number;
  @ApiProperty({ description: 'New listings (a dry run: would be)' }) created!: number;
  @ApiProperty({ description: 'Listings changed; a live one gets a pending revision' }) updated!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty({ type: [ImportRejectionDto] }) rejected!: ImportRejectionDto[];
  @ApiProperty({ type: ImportFailureDto, nullable: true, description: 'Why a failed import stopped' })
  failure!: ImportFailureDto | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) finishedAt!: Date | null;
}

export class BulkListingActionDto {
  @ApiProperty({
    enum: LISTING_ACTIONS,
    description: 'submit, archive (owners); approve, reject, suspend, reinstate (moderators)',
  })
  @IsIn(LISTING_ACTIONS)
  action!: ListingAction;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids!: string[];

  @ApiPropertyOptional({ description: 'Required to reject or suspend; every listing audit row carries it' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class BulkListingResultDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() ok!: boolean;
  @ApiPropertyOptional({ description: 'The status after the step' }) status?: string;
  @ApiPropertyOptional({ description: 'Why not (LISTING_STATE_CONFLICT, OWNER_REQUIRED, LISTING_NOT_FOUND …)' })
  code?: string;
  @ApiPropertyOptional() message?: string;
}

export class BulkListingResultsDto {
  @ApiProperty({ type: [BulkListingResultDto] }) results!: BulkListingResultDto[];
}

export class CalendarFeedDto {
  @ApiProperty({ description: 'The secret iCalendar URL (no sign-in); rotate it if it leaked' }) url!: string;
}
