import { Body, Controller, Get, Header, HttpCode, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExportDealsUseCase } from '@rongtong/deals';
import { type Actor, CurrentActor } from '@rongtong/identity';
import { DomainError, type Locale, RequestValidationError } from '@rongtong/kernel';
import {
  BulkListingActionUseCase,
  ExportListingsUseCase,
  GetListingImportUseCase,
  LISTING_IMPORT_MAX_BYTES,
  ListingImportTemplateUseCase,
  StartListingImportUseCase,
  type StoredImportFile,
} from '@rongtong/listings';
import {
  MalformedMultipartError,
  MultipartRequiredError,
  RequestLocale,
  type TableFile,
  UploadTooLargeError,
} from '@rongtong/platform';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Id } from '../http/id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import {
  BulkListingActionDto,
  BulkListingResultsDto,
  DealsExportQueryDto,
  ListingImportDto,
  ListingImportFormDto,
  ListingImportStartedDto,
  ListingImportTemplateQueryDto,
  TableExportQueryDto,
} from './bulk.dto';

const FILE_CONTENT = {
  description: 'The file',
  content: {
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
      schema: { type: 'string', format: 'binary' },
    },
    'text/csv': { schema: { type: 'string', format: 'binary' } },
  },
} as const;

function download(file: TableFile): StreamableFile {
  return new StreamableFile(file.content, {
    type: file.contentType,
    length: file.content.length,
    disposition: contentDisposition(file.fileName),
  });
}

function flag(fields: Record<string, string>, name: string): boolean {
  const value = fields[name]?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new RequestValidationError([{ field: name, message: 'must be true or false' }]);
}

function clientError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return error;
  return new MalformedMultipartError(error instanceof Error ? error.message : String(error));
}

@ApiTags('listings')
@Controller()
export class ListingImportsController {
  constructor(
    private readonly template: ListingImportTemplateUseCase,
    private readonly starter: StartListingImportUseCase,
    private readonly imports: GetListingImportUseCase,
    private readonly listingsExport: ExportListingsUseCase,
    private readonly dealsExport: ExportDealsUseCase,
    private readonly bulk: BulkListingActionUseCase,
  ) {}

  @Header('Cache-Control', 'private, no-cache')
  @Get('listing-imports/template')
  @ApiOperation({
    summary:
      "A listings file to fill in: the kind's columns (every kind's without one) headed in Chinese and English, 标题（title）, and an example row (enterprise members)",
  })
  @ApiOkResponse(FILE_CONTENT)
  @ApiProblems(400, 401, { 403: 'ENTERPRISE_MEMBER_REQUIRED' }, { 422: 'LISTING_KIND_UNKNOWN, EXPORT_FORMAT_UNKNOWN' })
  async listingImportTemplate(@Query() query: ListingImportTemplateQueryDto, @CurrentActor() actor: Actor) {
    return download(await this.template.execute(actor, query));
  }

  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ListingImportFormDto })
  @Post('organizations/:id/listing-imports')
  @ApiOperation({
    summary:
      "Import an enterprise's listings from an XLSX or CSV file (members): rows matched by externalRef are created, edited (a live listing gets a pending revision) or left unchanged; the worker runs it, GET /listing-imports/:id follows it",
  })
  @ApiAcceptedResponse({ type: ListingImportStartedDto })
  @ApiProblems(
    400,
    401,
    { 403: 'ENTERPRISE_MEMBER_REQUIRED' },
    { 404: 'ORGANIZATION_NOT_FOUND' },
    { 413: 'IMPORT_FILE_TOO_LARGE' },
    { 415: 'IMPORT_FILE_TYPE_UNSUPPORTED, MULTIPART_REQUIRED' },
    {
      422: 'IMPORT_FILE_EMPTY, IMPORT_ENCODING_INVALID, IMPORT_FILE_UNREADABLE, IMPORT_HEADER_UNKNOWN, IMPORT_HEADER_MISSING, IMPORT_HEADER_DUPLICATE',
    },
  )
  async startListingImport(
    @Id() id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    this.starter.authorize(actor, id);
    if (!request.isMultipart()) throw new MultipartRequiredError();
    const fields: Record<string, string> = {};
    let stored: StoredImportFile | undefined;
    let filename: string | undefined;
    try {
      // The form's fields may come before or after the file.
      for await (const part of request.parts({ limits: { fileSize: LISTING_IMPORT_MAX_BYTES } })) {
        if (part.type === 'field') {
          if (typeof part.value === 'string') fields[part.fieldname] = part.value;
          continue;
        }
        if (part.fieldname !== 'file' || stored) {
          part.file.resume();
          throw new RequestValidationError([{ field: part.fieldname, message: 'unexpected file; send it as file' }]);
        }
        filename = part.filename;
        stored = await this.starter.store(id, part.file);
        if (part.file.truncated) throw new UploadTooLargeError();
      }
      if (!stored) throw new RequestValidationError([{ field: 'file', message: 'is required' }]);
      const options = { dryRun: flag(fields, 'dryRun'), submit: flag(fields, 'submit'), filename };
      return await this.starter.start(actor, id, stored, options);
    } catch (error) {
      void reply.header('connection', 'close');
      if (stored) await this.starter.discard(stored);
      throw clientError(error);
    }
  }

  @Header('Cache-Control', 'private, no-cache')
  @Get('listing-imports/:id')
  @ApiOperation({
    summary:
      "An import's progress and report: counts, and every rejected row with its column, code and message in the reader's language (the enterprise's members)",
  })
  @ApiOkResponse({ type: ListingImportDto })
  @ApiProblems(400, 401, { 404: 'LISTING_IMPORT_NOT_FOUND' })
  getListingImport(@Id() id: string, @CurrentActor() actor: Actor, @RequestLocale() locale: Locale) {
    return this.imports.execute(actor, id, locale);
  }

  @Header('Cache-Control', 'private, no-cache')
  @Get('organizations/:id/listings/export')
  @ApiOperation({
    summary: "An enterprise's listings in the import template's columns (members): the file imports back as unchanged",
  })
  @ApiOkResponse(FILE_CONTENT)
  @ApiProblems(400, 401, { 404: 'ORGANIZATION_NOT_FOUND' }, { 422: 'EXPORT_FORMAT_UNKNOWN' })
  async exportListings(@Id() id: string, @Query() query: TableExportQueryDto, @CurrentActor() actor: Actor) {
    return download(await this.listingsExport.execute(actor, id, query));
  }

  @Header('Cache-Control', 'private, no-cache')
  @Get('organizations/:id/deals/export')
  @ApiOperation({
    summary:
      "An enterprise's deals opened in a period, on either side (members): parties, listing, kind, state, dates, quantity, agreed amount in yuan; headers in the caller's language",
  })
  @ApiOkResponse(FILE_CONTENT)
  @ApiProblems(400, 401, { 404: 'ORGANIZATION_NOT_FOUND' }, { 422: 'EXPORT_PERIOD_INVALID, EXPORT_FORMAT_UNKNOWN' })
  async exportDeals(
    @Id() id: string,
    @Query() query: DealsExportQueryDto,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
  ) {
    return download(await this.dealsExport.execute(actor, id, query, locale));
  }

  @HttpCode(200)
  @Post('listings/bulk')
  @ApiOperation({
    summary:
      'One lifecycle step on many listings: owners submit or archive, moderators approve or reject (with a reason); each listing its own audited step, reported one by one',
  })
  @ApiOkResponse({ type: BulkListingResultsDto })
  @ApiProblems(400, 401, { 422: 'REASON_REQUIRED, VALIDATION_FAILED' })
  bulkListingAction(@Body() body: BulkListingActionDto, @CurrentActor() actor: Actor, @RequestLocale() locale: Locale) {
    return this.bulk.execute(actor, body, locale);
  }
}
