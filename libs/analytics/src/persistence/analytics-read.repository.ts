import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';

/** The period asked for, as `YYYY-MM-DD` (both days included). */
export interface PeriodRange {
  from: string;
  to: string;
}

type Row = Record<string, unknown>;

const MONTHS = `month >= date_trunc('month', $2::date)::date AND month <= $3::date`;
const SMES = `('medium', 'small', 'micro')`;

/**
 * The figures of a set of parks over a period, read from the rollups (and, for the median
 * response time and licences in force, from the parks' facts): never from the base tables.
 * Every query takes the parks as `$1`, the first and last day as `$2` and `$3`, and answers
 * rows per park, so one park's page and the platform's comparison read alike.
 */
@Injectable()
export class AnalyticsReadRepository {
  async figures(db: Db, parkIds: readonly string[], period: PeriodRange) {
    const params = [parkIds, period.from, period.to];
    const q = (sql: string): Promise<Row[]> => db.query(sql, params);
    const [listings, offered, weeks, deals, reserved, granted, inForce, response, parties] = await Promise.all([
      q(`SELECT park_id, to_char(month, 'YYYY-MM') AS month, section, division, kind, status, sum(listings)::int AS count
           FROM analytics_listing_rollup WHERE park_id = ANY($1::uuid[]) AND ${MONTHS}
          GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(listings) <> 0 ORDER BY 1, 2, 3, 4, 5, 6`),
      // What is on offer now (published by the end of the period): a snapshot, not a flow.
      q(`SELECT park_id, section, division, kind, capacity_unit AS unit, capacity_per AS per,
                sum(listings)::int AS listings, sum(weekly_hours)::float8 AS weekly_hours,
                sum(capacity_quantity)::float8 AS quantity
           FROM analytics_listing_rollup
          WHERE park_id = ANY($1::uuid[]) AND status = 'published' AND kind IN ('equipment', 'capacity')
            AND month <= $3::date AND $2::date IS NOT NULL
          GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(listings) <> 0 ORDER BY 1, 2, 3, 4, 5, 6`),
      q(`SELECT park_id, to_char(week, 'YYYY-MM-DD') AS week, section, division,
                sum(bookings)::int AS bookings, sum(booked_hours)::float8 AS booked_hours
           FROM analytics_booking_rollup
          WHERE park_id = ANY($1::uuid[]) AND week >= date_trunc('week', $2::date)::date AND week <= $3::date
          GROUP BY 1, 2, 3, 4 HAVING sum(bookings) <> 0 ORDER BY 1, 2, 3, 4`),
      q(`SELECT park_id, to_char(month, 'YYYY-MM') AS month, section, division, kind, state, inside, sum(deals)::int AS count
           FROM analytics_deal_rollup WHERE park_id = ANY($1::uuid[]) AND ${MONTHS}
          GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(deals) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7`),
      q(`SELECT park_id, to_char(month, 'YYYY-MM') AS month, section, division, unit, per, sum(reserved)::float8 AS quantity
           FROM analytics_capacity_rollup WHERE park_id = ANY($1::uuid[]) AND ${MONTHS}
          GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(reserved) <> 0 ORDER BY 1, 2, 3, 4, 5, 6`),
      q(`SELECT park_id, to_char(month, 'YYYY-MM') AS month, section, division, open_licence, sum(granted)::int AS count
           FROM analytics_licence_rollup WHERE park_id = ANY($1::uuid[]) AND ${MONTHS}
          GROUP BY 1, 2, 3, 4, 5 HAVING sum(granted) <> 0 ORDER BY 1, 2, 3, 4, 5`),
      q(`SELECT park_id, section, division, licence_open AS open_licence, count(*)::int AS count
           FROM analytics_deal_facts
          WHERE park_id = ANY($1::uuid[]) AND licence_active AND licence_starts_on <= $3::date
            AND licence_ends_on > $3::date AND $2::date IS NOT NULL
          GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`),
      q(`SELECT park_id, to_char(month, 'YYYY-MM') AS month, section, division,
                GROUPING(month) = 1 AS all_months, GROUPING(section, division) = 3 AS all_industries,
                count(*)::int AS deals,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_seconds)::float8 AS median_seconds
           FROM analytics_deal_facts
          WHERE park_id = ANY($1::uuid[]) AND ${MONTHS} AND first_response_seconds IS NOT NULL
          GROUP BY GROUPING SETS ((park_id), (park_id, month), (park_id, section, division))
          ORDER BY 1, 2, 3, 4`),
      q(`SELECT park_id, to_char(month, 'YYYY-MM') AS month, section, division, size_class, level,
                GROUPING(month) = 1 AS all_months, GROUPING(section, division) = 3 AS all_industries,
                GROUPING(size_class) = 1 AS all_sizes, GROUPING(level) = 1 AS all_levels,
                count(DISTINCT organization_id) FILTER (WHERE role = 'requester' AND size_class IN ${SMES})::int AS smes,
                count(DISTINCT organization_id) FILTER (WHERE size_class = 'large')::int AS large
           FROM analytics_party_rollup
          WHERE park_id = ANY($1::uuid[]) AND ${MONTHS} AND deals > 0
          GROUP BY GROUPING SETS ((park_id), (park_id, month), (park_id, section, division), (park_id, size_class), (park_id, level))
          ORDER BY 1, 2, 3, 4, 5, 6`),
    ]);
    return { listings, offered, weeks, deals, reserved, granted, inForce, response, parties };
  }
}

export type RawFigures = Awaited<ReturnType<AnalyticsReadRepository['figures']>>;
