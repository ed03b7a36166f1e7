import { Controller, Get, Header, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DeliverReportUseCase,
  DownloadDealDocumentUseCase,
  isInlineDocument,
  ListDealDocumentsUseCase,
  UploadDealDocumentUseCase,
} from '@rongtong/deals';
import { type Actor, CurrentActor } from '@rongtong/identity';
import { DownloadHeaders, withFileUpload } from '@rongtong/platform';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Id } from '../http/id-param.decorator';
import { UploadDealDocumentFormDto } from './deal-documents.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { DealDocumentDto, DealDto } from './deal-responses.dto';

@ApiTags('deals')
@Controller('deals/:id')
export class DealDocumentsController {
  constructor(
    private readonly upload: UploadDealDocumentUseCase,
    private readonly list: ListDealDocumentsUseCase,
    private readonly download: DownloadDealDocumentUseCase,
    private readonly report: DeliverReportUseCase,
  ) {}

  @ApiOperation({ summary: "Add a document to the deal's thread (parties, any state)" })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadDealDocumentFormDto })
  @Post('documents')
  @ApiCreatedResponse({ type: DealDocumentDto })
  @ApiProblems(400, 401, 404, 413, 415, 422)
  uploadDocument(
    @Id() id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    return withFileUpload(request, reply, ({ filename, file }) =>
      this.upload.execute(actor, id, { fileName: filename, content: file }),
    );
  }

  @Get('documents')
  @ApiOperation({ summary: "The deal's documents (parties)" })
  @ApiOkResponse({ type: [DealDocumentDto] })
  @ApiProblems(400, 401, 404)
  listDocuments(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.list.execute(actor, id);
  }

  @DownloadHeaders()
  @Header('Cache-Control', 'private, no-cache')
  @Get('documents/:documentId')
  @ApiOperation({ summary: 'Download a document of the deal (parties)' })
  @ApiOkResponse({
    description: 'The file',
    content: {
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'image/jpeg': { schema: { type: 'string', format: 'binary' } },
      'image/png': { schema: { type: 'string', format: 'binary' } },
      'image/webp': { schema: { type: 'string', format: 'binary' } },
      'application/zip': { schema: { type: 'string', format: 'binary' } },
      'text/csv': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblems(400, 401, 404)
  async downloadDocument(@Id() id: string, @Id('documentId') documentId: string, @CurrentActor() actor: Actor) {
    const { document, content } = await this.download.execute(actor, id, documentId);
    return new StreamableFile(content, {
      type: document.contentType,
      length: document.sizeBytes,
      disposition: contentDisposition(document.fileName, {
        type: isInlineDocument(document.contentType) ? 'inline' : 'attachment',
      }),
    });
  }

  @ApiOperation({
    summary: 'Sample test: the provider delivers the report (deliver_report); the deal, with `report`, is returned',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadDealDocumentFormDto })
  @Post('report')
  @ApiCreatedResponse({ type: DealDto })
  @ApiProblems(400, 401, 404, { 409: 'DEAL_OUT_OF_TURN, DEAL_STATE_CONFLICT' }, 413, 415, 422)
  deliverReport(
    @Id() id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    return withFileUpload(request, reply, ({ filename, file }) =>
      this.report.execute(actor, id, { fileName: filename, content: file }),
    );
  }
}
