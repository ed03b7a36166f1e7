import { Controller, Delete, Get, Header, HttpCode, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, CurrentActor, Public } from '@rongtong/identity';
import {
  ATTACHMENT_PURPOSES,
  type AttachmentPurpose,
  DeleteAttachmentUseCase,
  DownloadAttachmentUseCase,
  isAttachmentPurpose,
  ListAttachmentsUseCase,
  UploadAttachmentUseCase,
} from '@rongtong/listings';
import { RequestValidationError } from '@rongtong/kernel';
import { DownloadHeaders, withFileUpload } from '@rongtong/platform';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Id } from '../http/id-param.decorator';
import { UploadAttachmentFormDto } from './listings.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { AttachmentDto } from './listing-responses.dto';

function purposeOf(value: string | undefined): AttachmentPurpose {
  if (isAttachmentPurpose(value)) return value;
  throw new RequestValidationError([
    { field: 'purpose', message: `must be ${ATTACHMENT_PURPOSES.join(' or ')}, sent before the file` },
  ]);
}

@ApiTags('listings')
@Controller('listings/:id/attachments')
export class ListingAttachmentsController {
  constructor(
    private readonly upload: UploadAttachmentUseCase,
    private readonly list: ListAttachmentsUseCase,
    private readonly download: DownloadAttachmentUseCase,
    private readonly remove: DeleteAttachmentUseCase,
  ) {}

  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadAttachmentFormDto })
  @Post()
  @ApiOperation({ summary: 'Upload a photo or document to a listing (multipart: purpose, then file)' })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiProblems(400, 401, 403, 404, 413, 415, 422)
  uploadAttachment(
    @Id() id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    return withFileUpload(request, reply, ({ fields, filename, file }) =>
      this.upload.execute(actor, id, { purpose: purposeOf(fields.purpose), filename, content: file }),
    );
  }

  @Public()
  @Get()
  @ApiOperation({ summary: "A listing's photos and documents" })
  @ApiOkResponse({ type: [AttachmentDto] })
  @ApiProblems(400, 401, 404)
  listAttachments(@Id() id: string, @CurrentActor() actor?: Actor) {
    return this.list.execute(actor, id);
  }

  @Public()
  @DownloadHeaders()
  @Header('Cache-Control', 'private, no-cache')
  @Get(':attachmentId')
  @ApiOperation({ summary: 'Download an attachment (images inline, PDFs as a download)' })
  @ApiOkResponse({
    description: 'The file',
    content: {
      'image/jpeg': { schema: { type: 'string', format: 'binary' } },
      'image/png': { schema: { type: 'string', format: 'binary' } },
      'image/webp': { schema: { type: 'string', format: 'binary' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblems(400, 401, 404)
  async downloadAttachment(@Id() id: string, @Id('attachmentId') attachmentId: string, @CurrentActor() actor?: Actor) {
    const { attachment, content } = await this.download.execute(actor, id, attachmentId);
    return new StreamableFile(content, {
      type: attachment.contentType,
      length: attachment.sizeBytes,
      // Images may show in the page; a PDF is saved rather than opened in our origin.
      disposition: contentDisposition(attachment.filename, {
        type: attachment.contentType.startsWith('image/') ? 'inline' : 'attachment',
      }),
    });
  }

  @HttpCode(204)
  @Delete(':attachmentId')
  @ApiOperation({ summary: 'Remove an attachment (owner)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 401, 403, 404, 409)
  async deleteAttachment(@Id() id: string, @Id('attachmentId') attachmentId: string, @CurrentActor() actor: Actor) {
    await this.remove.execute(actor, id, attachmentId);
  }
}
