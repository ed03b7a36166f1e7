import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LiveDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}

const DEPENDENCIES = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: { status: { type: 'string', example: 'up' } },
    additionalProperties: true,
  },
  example: { database: { status: 'up' }, redis: { status: 'up' }, search: { status: 'up', engine: 'postgres' } },
} as const;

/** @nestjs/terminus's answer; 503 names what is `unavailable`. */
export class ReadyDto {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: string;
  @ApiPropertyOptional(DEPENDENCIES) info?: Record<string, unknown>;
  @ApiPropertyOptional(DEPENDENCIES) error?: Record<string, unknown>;
  @ApiPropertyOptional(DEPENDENCIES) details?: Record<string, unknown>;
  @ApiPropertyOptional({ type: [String], example: ['redis'], description: 'With 503' }) unavailable?: string[];
}
