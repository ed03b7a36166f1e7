import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MESSAGE_BODY_MAX_LENGTH, MESSAGE_DOCUMENTS_MAX } from '@rongtong/deals';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PostDealMessageDto {
  @ApiProperty({ minLength: 1, maxLength: MESSAGE_BODY_MAX_LENGTH, example: '样品已寄出，顺丰单号 SF1234567890。' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(MESSAGE_BODY_MAX_LENGTH)
  body!: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Documents already uploaded to this deal (POST /deals/:id/documents); others are refused (422)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MESSAGE_DOCUMENTS_MAX)
  @IsUUID(undefined, { each: true })
  documentIds?: string[];
}

export class ListDealMessagesQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A message id: only messages written before it' })
  @IsOptional()
  @IsUUID()
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
