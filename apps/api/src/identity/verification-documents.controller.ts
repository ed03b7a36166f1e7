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
import {
  type Actor,
  CurrentActor,
  DeleteVerificationDocumentUseCase,
  GetVerificationDocumentFileUseCase,
  ListVerificationDocumentsUseCase,
  UploadVerificationDocumentUseCase,
} from '@rongtong/identity';
import {
  createValidationPipe,
  DownloadHeaders,
  findInvalidText,
  InvalidCharactersError,
  withFileUpload,
} from '@rongtong/platform';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Id } from '../http/id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import {
  VerificationDocumentDto,
  VerificationDocumentFieldsDto,
  VerificationDocumentFormDto,
} from './verification-documents.dto';

const fieldsPipe = createValidationPipe();

/** The multipart fields, held to the same rules as a JSON body. */
async function readFields(fields: Record<string, string>): Promise<VerificationDocumentFieldsDto> {
  const invalid = findInvalidText(fields);
  if (invalid !== undefined) throw new InvalidCharactersError(invalid);
  return (await fieldsPipe.transform(fields, {
    type: 'body',
    metatype: VerificationDocumentFieldsDto,
  })) as VerificationDocumentFieldsDto;
}

/**
 * The papers an enterprise gives for its verification (business licence, 专精特新
 * certificate, others): its owners and admins upload them, its parks' operators read them
 * in the verification queue.
 */
@ApiTags('organizations')
@Controller('organizations/:id/verification-documents')
export class VerificationDocumentsController {
  constructor(
    private readonly upload: UploadVerificationDocumentUseCase,
    private readonly list: ListVerificationDocumentsUseCase,
    private readonly file: GetVerificationDocumentFileUseCase,
    private readonly remove: DeleteVerificationDocumentUseCase,
  ) {}

  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: VerificationDocumentFormDto })
  @Post()
  @ApiOperation({
    summary:
      'Upload a document for the verification (owners and admins; multipart: kind, note?, then file): PDF, JPEG or PNG by content, at most 10 MB, 20 per enterprise',
  })
  @ApiCreatedResponse({ type: VerificationDocumentDto })
  @ApiProblems(
    400,
    401,
    { 403: 'ADMIN_REQUIRED' },
    { 404: 'ORGANIZATION_NOT_FOUND' },
    { 413: 'VERIFICATION_DOCUMENT_TOO_LARGE' },
    { 415: 'VERIFICATION_DOCUMENT_TYPE_NOT_ALLOWED, MULTIPART_REQUIRED' },
    { 422: 'VERIFICATION_DOCUMENT_EMPTY, VERIFICATION_DOCUMENT_LIMIT' },
  )
  uploadVerificationDocument(
    @Id() id: string,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return withFileUpload(request, reply, async ({ fields, filename, file }) => {
      const input = await readFields(fields);
      return this.upload.execute(actor, id, {
        kind: input.kind,
        note: input.note,
        file: { filename, content: file },
      });
    });
  }

  @Get()
  @ApiOperation({
    summary:
      "The enterprise's verification documents, oldest first (its members, its parks' operators, platform admins)",
  })
  @ApiOkResponse({ type: [VerificationDocumentDto] })
  @ApiProblems(400, 401, { 404: 'ORGANIZATION_NOT_FOUND' })
  listVerificationDocuments(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.list.execute(actor, id);
  }

  @DownloadHeaders()
  @Header('Cache-Control', 'private, no-store')
  @Get(':documentId/file')
  @ApiOperation({ summary: 'Download a verification document (those who may list them)' })
  @ApiOkResponse({
    description: 'The file, as a download',
    content: {
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'image/jpeg': { schema: { type: 'string', format: 'binary' } },
      'image/png': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblems(400, 401, { 404: 'ORGANIZATION_NOT_FOUND, VERIFICATION_DOCUMENT_NOT_FOUND' })
  async downloadVerificationDocument(
    @Id() id: string,
    @Id('documentId') documentId: string,
    @CurrentActor() actor: Actor,
  ) {
    const document = await this.file.execute(actor, id, documentId);
    return new StreamableFile(document.content, {
      type: document.contentType,
      length: document.sizeBytes,
      disposition: contentDisposition(document.fileName, { type: 'attachment' }),
    });
  }

  @HttpCode(204)
  @Delete(':documentId')
  @ApiOperation({ summary: 'Delete a verification document (owners and admins, while the enterprise is not verified)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(
    400,
    401,
    { 403: 'ADMIN_REQUIRED' },
    { 404: 'ORGANIZATION_NOT_FOUND, VERIFICATION_DOCUMENT_NOT_FOUND' },
    { 409: 'VERIFICATION_DOCUMENTS_LOCKED (the enterprise is verified)' },
  )
  async deleteVerificationDocument(
    @Id() id: string,
    @Id('documentId') documentId: string,
    @CurrentActor() actor: Actor,
  ) {
    await this.remove.execute(actor, id, documentId);
  }
}
