import { Controller, Get, Header, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isInlineDocument } from '@rongtong/deals';
import { type Actor, CurrentActor } from '@rongtong/identity';
import { DownloadHeaders, withFileUpload } from '@rongtong/platform';
import {
  DownloadRfqAttachmentUseCase,
  ListRfqAttachmentsUseCase,
  UploadRfqAttachmentUseCase,
} from '@rongtong/sourcing';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Id } from '../http/id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { RfqAttachmentDto, UploadRfqAttachmentFormDto } from './sourcing.dto';

/** An RFQ's drawings and specifications: the buyer uploads; suppliers download once they accepted the NDA. */
@ApiTags('sourcing')
@Controller('rfqs/:id/attachments')
export class RfqAttachmentsController {
  constructor(
    private readonly upload: UploadRfqAttachmentUseCase,
    private readonly list: ListRfqAttachmentsUseCase,
    private readonly download: DownloadRfqAttachmentUseCase,
  ) {}

  @ApiOperation({ summary: 'Attach a drawing or specification (the buyer, draft or open)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadRfqAttachmentFormDto })
  @Post()
  @ApiCreatedResponse({ type: RfqAttachmentDto })
  @ApiProblems(400, 401, 403, 404, { 409: 'RFQ_STATE_CONFLICT' }, 413, 415, 422)
  uploadRfqAttachment(
    @Id() id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    return withFileUpload(request, reply, ({ filename, file }) =>
      this.upload.execute(actor, id, { fileName: filename, content: file }),
    );
  }

  @Get()
  @ApiOperation({ summary: "The RFQ's attachments (whoever may see the RFQ)" })
  @ApiOkResponse({ type: [RfqAttachmentDto] })
  @ApiProblems(400, 401, 404)
  listRfqAttachments(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.list.execute(actor, id);
  }

  @DownloadHeaders()
  @Header('Cache-Control', 'private, no-cache')
  @Get(':attachmentId')
  @ApiOperation({
    summary: 'Download an attachment',
    description: "A supplier accepts the RFQ's NDA first (POST /rfqs/:id/nda): 403 NDA_NOT_ACCEPTED before.",
  })
  @ApiOkResponse({
    description: 'The file',
    content: {
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'image/png': { schema: { type: 'string', format: 'binary' } },
      'application/zip': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblems(400, 401, { 403: 'NDA_NOT_ACCEPTED', 404: 'RFQ_NOT_FOUND, RFQ_ATTACHMENT_NOT_FOUND' })
  async downloadRfqAttachment(
    @Id() id: string,
    @Id('attachmentId') attachmentId: string,
    @CurrentActor() actor: Actor,
  ) {
    const { attachment, content } = await this.download.execute(actor, id, attachmentId);
    return new StreamableFile(content, {
      type: attachment.contentType,
      length: attachment.sizeBytes,
      disposition: contentDisposition(attachment.fileName, {
        type: isInlineDocument(attachment.contentType) ? 'inline' : 'attachment',
      }),
    });
  }
}
