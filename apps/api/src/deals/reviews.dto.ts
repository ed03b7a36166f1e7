import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REVIEW_BODY_MAX_LENGTH } from '@rongtong/deals';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../openapi/page.dto';

export class WriteReviewDto {
  @ApiProperty({ minimum: 1, maximum: 5, example: 5 }) @IsInt() @Min(1) @Max(5) rating!: number;

  @ApiPropertyOptional({ maxLength: REVIEW_BODY_MAX_LENGTH, example: '报告专业，比约定提前两天交付。' })
  @IsOptional()
  @IsString()
  @MaxLength(REVIEW_BODY_MAX_LENGTH)
  body?: string;
}

export class ReviewPageQueryDto extends PageQueryDto {}
