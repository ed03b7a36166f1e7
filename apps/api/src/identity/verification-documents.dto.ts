import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  VERIFICATION_DOCUMENT_KINDS,
  VERIFICATION_DOCUMENT_NOTE_MAX_LENGTH,
  VERIFICATION_DOCUMENT_TYPES,
  type VerificationDocumentKind,
} from '@rongtong/identity';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/** The text fields of the upload form, held to the same rules as a JSON body. */
export class VerificationDocumentFieldsDto {
  @ApiProperty({
    enum: VERIFICATION_DOCUMENT_KINDS,
    description: 'business_licence (营业执照), srdi_certificate (专精特新 certificate) or other',
  })
  @IsIn(VERIFICATION_DOCUMENT_KINDS)
  kind!: VerificationDocumentKind;

  @ApiPropertyOptional({
    maxLength: VERIFICATION_DOCUMENT_NOTE_MAX_LENGTH,
    description: 'What the document is, for the operator',
  })
  @IsOptional()
  @IsString()
  @MaxLength(VERIFICATION_DOCUMENT_NOTE_MAX_LENGTH)
  note?: string;
}

export class VerificationDocumentFormDto extends VerificationDocumentFieldsDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The document: PDF, JPEG or PNG, judged by content, at most 10 MB; last part of the form',
  })
  file!: unknown;
}

export class VerificationDocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: VERIFICATION_DOCUMENT_KINDS }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ description: 'The name it downloads under (the uploaded name, cleaned, with its real extension)' })
  fileName!: string;
  @ApiProperty({ enum: VERIFICATION_DOCUMENT_TYPES, description: 'As judged by its content' }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the bytes, hex' }) sha256!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The user who uploaded it' })
  uploadedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}

/** A document as the verification queue lists it. */
export class VerificationDocumentSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: VERIFICATION_DOCUMENT_KINDS }) kind!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: VERIFICATION_DOCUMENT_TYPES }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}
