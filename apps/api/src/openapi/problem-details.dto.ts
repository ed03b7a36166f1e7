import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One field's violation: where (`field`, a dotted path into the body or query), what, and by which rule. */
export class FieldErrorDto {
  @ApiProperty({ example: 'organization.uscc', description: 'Dotted path of the field in the body or query' })
  field!: string;

  @ApiProperty({ example: '统一社会信用代码校验位不正确', description: "In the caller's language" })
  message!: string;

  @ApiPropertyOptional({ example: 'uscc_checksum', description: 'The rule broken, stable across languages' })
  rule?: string;
}

/**
 * RFC 9457 problem details as every error answers them (`application/problem+json`).
 * Domain errors may add their own members (`reasons`, `remaining` …); `code` is what
 * clients branch on, `title` and `detail` are for people.
 */
export class ProblemDetailsDto {
  @ApiProperty({ example: '/problems/listing-not-found', description: 'Derived from `code`' })
  type!: string;

  @ApiProperty({ example: '未找到', description: "The status's name, in the caller's language" })
  title!: string;

  @ApiProperty({ example: 404 })
  status!: number;

  @ApiProperty({ example: '未找到该发布信息', description: "What went wrong, in the caller's language" })
  detail!: string;

  @ApiProperty({
    example: 'LISTING_NOT_FOUND',
    description: 'Stable machine-readable code; never changes with language',
  })
  code!: string;

  @ApiProperty({
    example: '9b2f4c1e-5d1a-4f7e-9a51-2c1e0f6b7d3a',
    description: 'The request id, also in `x-request-id`',
  })
  correlationId!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Per-field violations (400 and 422)' })
  errors?: FieldErrorDto[];
}
