import { Injectable } from '@nestjs/common';
import { type Actor, ForbiddenError, ListParksUseCase, operatesPark, ParkNotFoundError } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { type Period, parsePeriod, shanghaiToday } from '../domain/period';
import { AnalyticsReadRepository } from '../persistence/analytics-read.repository';
import { type ParkFigures, parkFigures, parkTotals, type ParkTotals } from './park-figures';

export interface PeriodQuery {
  from?: string;
  to?: string;
}

/**
 * One park's figures, for its operators and platform admins. Anyone else is told the
 * park does not exist (404), as for its membership lists: a park's figures are private.
 */
@Injectable()
export class GetParkAnalyticsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly reads: AnalyticsReadRepository,
    private readonly parks: ListParksUseCase,
  ) {}

  async execute(actor: Actor, parkId: string, query: PeriodQuery): Promise<ParkFigures> {
    if (!operatesPark(actor, parkId)) throw new ParkNotFoundError();
    const period = parsePeriod(query, shanghaiToday());
    if (actor.isPlatformAdmin) await this.parks.get(parkId);
    return this.figuresOf(parkId, period);
  }

  async figuresOf(parkId: string, period: Period): Promise<ParkFigures> {
    return parkFigures(parkId, period, await this.reads.figures(this.uow.db, [parkId], period));
  }
}

export interface PlatformAnalytics {
  from: string;
  to: string;
  parks: Array<{ parkId: string; name: string; regionCode: string } & ParkTotals>;
}

/** Every park side by side: figures that compare parks are for platform admins only. */
@Injectable()
export class GetPlatformAnalyticsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly reads: AnalyticsReadRepository,
    private readonly parks: ListParksUseCase,
  ) {}

  async execute(actor: Actor, query: PeriodQuery): Promise<PlatformAnalytics> {
    if (!actor.isPlatformAdmin) {
      throw new ForbiddenError('Only platform admins compare parks', 'PLATFORM_ADMIN_REQUIRED');
    }
    const period = parsePeriod(query, shanghaiToday());
    const parks = await this.parks.list();
    // Each park's totals summed by the database: no park's breakdowns are read.
    const raw = await this.reads.totals(
      this.uow.db,
      parks.map((p) => p.id),
      period,
    );
    return {
      from: period.from,
      to: period.to,
      parks: parks.map((park) => ({
        parkId: park.id,
        name: park.name,
        regionCode: park.regionCode,
        ...parkTotals(park.id, period, raw),
      })),
    };
  }
}
