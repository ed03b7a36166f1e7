import { ApiProperty } from '@nestjs/swagger';

/** The multipart form of a deal document or report upload, for the API docs. */
export class UploadDealDocumentFormDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      'One file: PDF, JPEG, PNG, WebP, DOCX, XLSX, PPTX, ZIP, or a CSV (plain text named .csv). ' +
      'Judged by content, not by name or declared type; at most the configured upload size.',
  })
  file!: unknown;
}
