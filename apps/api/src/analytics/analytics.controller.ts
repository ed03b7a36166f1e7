import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExportParkAnalyticsUseCase, GetParkAnalyticsUseCase, GetPlatformAnalyticsUseCase } from '@rongtong/analytics';
import { type Actor, CurrentActor } from '@rongtong/identity';
import type { Locale } from '@rongtong/kernel';
import { RequestLocale } from '@rongtong/platform';
import { create as contentDisposition } from 'content-disposition';
import { Id } from '../http/id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import {
  AnalyticsExportQueryDto,
  AnalyticsPeriodQueryDto,
  ParkAnalyticsDto,
  PlatformAnalyticsDto,
} from './analytics.dto';

const PERIOD_PROBLEMS = {
  422: 'ANALYTICS_DATE_INVALID, ANALYTICS_PERIOD_REVERSED (to before from), ANALYTICS_PERIOD_TOO_LONG (five years or more)',
} as const;

@ApiTags('analytics')
@Controller()
export class AnalyticsController {
  constructor(
    private readonly park: GetParkAnalyticsUseCase,
    private readonly platform: GetPlatformAnalyticsUseCase,
    private readonly exporter: ExportParkAnalyticsUseCase,
  ) {}

  @Header('Cache-Control', 'private, no-cache')
  @Get('parks/:id/analytics')
  @ApiOperation({
    summary:
      "A park's figures over a period, by month and industry, from the rollups (the park's operators and platform admins; anyone else 404)",
  })
  @ApiOkResponse({ type: ParkAnalyticsDto })
  @ApiProblems(400, 401, { 404: 'PARK_NOT_FOUND' }, PERIOD_PROBLEMS)
  parkAnalytics(@Id() id: string, @Query() query: AnalyticsPeriodQueryDto, @CurrentActor() actor: Actor) {
    return this.park.execute(actor, id, query);
  }

  @Header('Cache-Control', 'private, no-cache')
  @Get('parks/:id/analytics/export')
  @ApiOperation({
    summary:
      "A park's figures as a spreadsheet, a sheet per breakdown (xlsx), or CSV with a BOM; headers in the caller's language (Accept-Language, else the user's)",
  })
  @ApiOkResponse({
    description: 'The file',
    content: {
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
      'text/csv': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblems(
    400,
    401,
    { 404: 'PARK_NOT_FOUND' },
    {
      422: `${PERIOD_PROBLEMS[422]}, ANALYTICS_EXPORT_FORMAT_UNKNOWN`,
    },
  )
  async exportParkAnalytics(
    @Id() id: string,
    @Query() query: AnalyticsExportQueryDto,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
  ) {
    const file = await this.exporter.execute(actor, id, query, locale);
    return new StreamableFile(file.content, {
      type: file.contentType,
      length: file.content.length,
      disposition: contentDisposition(file.fileName),
    });
  }

  @Header('Cache-Control', 'private, no-cache')
  @Get('analytics/platform')
  @ApiOperation({ summary: "Every park's totals side by side over a period (platform admins only)" })
  @ApiOkResponse({ type: PlatformAnalyticsDto })
  @ApiProblems(400, 401, { 403: 'PLATFORM_ADMIN_REQUIRED' }, PERIOD_PROBLEMS)
  platformAnalytics(@Query() query: AnalyticsPeriodQueryDto, @CurrentActor() actor: Actor) {
    return this.platform.execute(actor, query);
  }
}
