import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { SME_SIZES } from './analytics-projection.repository';

/** The period asked for, as `YYYY-MM-DD` (both days included). */
export interface PeriodRange {
  from: string;
  to: string;
}

type Row = Record<string, unknown>;

const MONTHS = `month >= date_trunc('month', $2::date)::date AND month <= $3::date`;
const SMES = `(${SME_SIZES.map((size) => `'${size}'`).join(', ')})`;

/**
 * The figures of a set of parks over a period, read from the rollups (and, for licences in
 * force, from a covering index of the parks' facts): never from the base tables. Every
 * query takes the parks as `$1`, the first and last day as `$2` and `$3`, and answers rows
 * per park. `figures` answers every breakdown (one park's page and export); `totals` only
 * each park's totals, summed per park in the database (the platform's comparison).
 *
 * Where a rollup's key is the breakdown's (listings by month, industry, kind and status;
 * deals; bookings; licences; capacity reserved), its rows are read as they are, in key
 * order, with nothing to group. Enterprises served and the median response are read from
 * rollups without the industry (`analytics_served_rollup`, one row per counted enterprise,
 * park and month; `analytics_response_month_rollup`), and by industry from the rollups
 * that have it.
 */
@Injectable()
export class AnalyticsReadRepository {
  async figures(db: Db, parkIds: readonly string[], period: PeriodRange) {
    const params = [parkIds, period.from, period.to];
    const q = (sql: string): Promise<Row[]> => db.query(sql, params);
    const [
      listings,
      offered,
      weeks,
      deals,
      reserved,
      granted,
      inForce,
      responseByMonth,
      responseByIndustry,
      served,
      servedByIndustry,
    ] = await Promise.all([
      q(`SELECT park_id, to_char(month, 'YYYY-MM') AS month, section, division, kind, status, listings AS count
             FROM analytics_listing_month_rollup WHERE park_id = ANY($1::uuid[]) AND ${MONTHS} AND listings <> 0
            ORDER BY park_id, month, section, division, kind, status`),
      // What is on offer now (published by the end of the period): a snapshot, not a flow.
      q(`SELECT park_id, section, division, kind, capacity_unit AS unit, capacity_per AS per,
                  sum(listings)::int AS listings, sum(weekly_hours)::float8 AS weekly_hours,
                  sum(capacity_quantity)::float8 AS quantity
             FROM analytics_listing_rollup
            WHERE park_id = ANY($1::uuid[]) AND status = 'published' AND kind IN ('equipment', 'capacity')
              AND month <= $3::date AND $2::date IS NOT NULL
            GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(listings) <> 0 ORDER BY 1, 2, 3, 4, 5, 6`),
      q(`SELECT park_id, to_char(week, 'YYYY-MM-DD') AS week, section, division,
                  bookings, booked_hours::float8 AS booked_hours
             FROM analytics_booking_rollup
            WHERE park_id = ANY($1::uuid[]) AND week >= date_trunc('week', $2::date)::date AND week <= $3::date
              AND bookings <> 0
            ORDER BY park_id, week, section, division`),
      q(`SELECT park_id, to_char(month, 'YYYY-MM') AS month, section, division, kind, state, inside, deals AS count
             FROM analytics_deal_rollup WHERE park_id = ANY($1::uuid[]) AND ${MONTHS} AND deals <> 0
            ORDER BY park_id, month, section, division, kind, state, inside`),
      q(`SELECT park_id, to_char(month, 'YYYY-MM') AS month, section, division, unit, per, reserved::float8 AS quantity
             FROM analytics_capacity_rollup WHERE park_id = ANY($1::uuid[]) AND ${MONTHS} AND reserved <> 0
            ORDER BY park_id, month, section, division, unit, per`),
      q(`SELECT park_id, to_char(month, 'YYYY-MM') AS month, section, division, open_licence, granted AS count
             FROM analytics_licence_rollup WHERE park_id = ANY($1::uuid[]) AND ${MONTHS} AND granted <> 0
            ORDER BY park_id, month, section, division, open_licence`),
      q(`SELECT park_id, section, division, licence_open AS open_licence, count(*)::int AS count
             FROM analytics_deal_facts
            WHERE park_id = ANY($1::uuid[]) AND licence_active AND licence_starts_on <= $3::date
              AND licence_ends_on > $3::date AND $2::date IS NOT NULL
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`),
      // The histogram of first responses by month and in all (medians are read from it)…
      q(`SELECT park_id, to_char(month, 'YYYY-MM') AS month, NULL::text AS section, NULL::text AS division,
                  GROUPING(month) = 1 AS all_months, true AS all_industries, bucket, sum(deals)::int AS deals
             FROM analytics_response_month_rollup
            WHERE park_id = ANY($1::uuid[]) AND ${MONTHS}
            GROUP BY GROUPING SETS ((park_id, month, bucket), (park_id, bucket))
           HAVING sum(deals) <> 0
            ORDER BY park_id, month, bucket`),
      // … and by industry.
      q(`SELECT park_id, NULL::text AS month, section, division, true AS all_months, false AS all_industries,
                  bucket, sum(deals)::int AS deals
             FROM analytics_response_rollup
            WHERE park_id = ANY($1::uuid[]) AND ${MONTHS}
            GROUP BY park_id, section, division, bucket
           HAVING sum(deals) <> 0
            ORDER BY park_id, section, division, bucket`),
      // Distinct enterprises served in the period, in all, by month, size class and level…
      q(`SELECT park_id, to_char(month, 'YYYY-MM') AS month, NULL::text AS section, NULL::text AS division, size_class, level,
                  GROUPING(month) = 1 AS all_months, true AS all_industries,
                  GROUPING(size_class) = 1 AS all_sizes, GROUPING(level) = 1 AS all_levels,
                  count(DISTINCT organization_id) FILTER (WHERE size_class IN ${SMES})::int AS smes,
                  count(DISTINCT organization_id) FILTER (WHERE size_class = 'large')::int AS large
             FROM analytics_served_rollup
            WHERE park_id = ANY($1::uuid[]) AND ${MONTHS} AND deals > 0
            GROUP BY GROUPING SETS ((park_id), (park_id, month), (park_id, size_class), (park_id, level))
            ORDER BY park_id, month, size_class, level`),
      // … and by the provider's industry.
      q(`SELECT park_id, NULL::text AS month, section, division, NULL::text AS size_class, NULL::text AS level,
                  true AS all_months, false AS all_industries, true AS all_sizes, true AS all_levels,
                  count(DISTINCT organization_id) FILTER (WHERE role = 'requester' AND size_class IN ${SMES})::int AS smes,
                  count(DISTINCT organization_id) FILTER (WHERE size_class = 'large')::int AS large
             FROM analytics_party_rollup
            WHERE park_id = ANY($1::uuid[]) AND ${MONTHS} AND deals > 0
            GROUP BY park_id, section, division
            ORDER BY park_id, section, division`),
    ]);
    const response = [...responseByMonth, ...responseByIndustry];
    const parties = [...served, ...servedByIndustry];
    return { listings, offered, weeks, deals, reserved, granted, inForce, response, parties };
  }

  /**
   * Each park's totals over the period, one row per park and figure, summed as `figures`'
   * rows would be (hours rounded per industry and week before they are added up).
   */
  async totals(db: Db, parkIds: readonly string[], period: PeriodRange) {
    const params = [parkIds, period.from, period.to];
    const q = (sql: string): Promise<Row[]> => db.query(sql, params);
    const [listings, offered, booked, deals, granted, inForce, response, parties] = await Promise.all([
      q(`SELECT park_id, sum(listings)::int AS listings,
                coalesce(sum(listings) FILTER (WHERE status = 'published'), 0)::int AS published
           FROM analytics_listing_month_rollup WHERE park_id = ANY($1::uuid[]) AND ${MONTHS}
          GROUP BY 1`),
      q(`SELECT park_id, sum(round(hours, 2))::float8 AS weekly_hours FROM (
           SELECT park_id, section, division, sum(weekly_hours) AS hours
             FROM analytics_listing_rollup
            WHERE park_id = ANY($1::uuid[]) AND status = 'published' AND kind = 'equipment'
              AND month <= $3::date AND $2::date IS NOT NULL
            GROUP BY 1, 2, 3 HAVING sum(listings) <> 0) o
          GROUP BY 1`),
      q(`SELECT park_id, sum(round(hours, 2))::float8 AS booked_hours FROM (
           SELECT park_id, week, section, division, sum(booked_hours) AS hours
             FROM analytics_booking_rollup
            WHERE park_id = ANY($1::uuid[]) AND week >= date_trunc('week', $2::date)::date AND week <= $3::date
            GROUP BY 1, 2, 3, 4 HAVING sum(bookings) <> 0) w
          GROUP BY 1`),
      q(`SELECT park_id, sum(deals)::int AS deals, coalesce(sum(deals) FILTER (WHERE inside), 0)::int AS inside
           FROM analytics_deal_rollup WHERE park_id = ANY($1::uuid[]) AND ${MONTHS}
          GROUP BY 1`),
      q(`SELECT park_id, sum(granted)::int AS granted, coalesce(sum(granted) FILTER (WHERE open_licence), 0)::int AS open
           FROM analytics_licence_rollup WHERE park_id = ANY($1::uuid[]) AND ${MONTHS}
          GROUP BY 1`),
      q(`SELECT park_id, count(*)::int AS count
           FROM analytics_deal_facts
          WHERE park_id = ANY($1::uuid[]) AND licence_active AND licence_starts_on <= $3::date
            AND licence_ends_on > $3::date AND $2::date IS NOT NULL
          GROUP BY 1`),
      q(`SELECT park_id, bucket, sum(deals)::int AS deals
           FROM analytics_response_month_rollup WHERE park_id = ANY($1::uuid[]) AND ${MONTHS}
          GROUP BY 1, 2 HAVING sum(deals) <> 0`),
      q(`SELECT park_id,
                count(DISTINCT organization_id) FILTER (WHERE size_class IN ${SMES})::int AS smes,
                count(DISTINCT organization_id) FILTER (WHERE size_class = 'large')::int AS large
           FROM analytics_served_rollup
          WHERE park_id = ANY($1::uuid[]) AND ${MONTHS} AND deals > 0
          GROUP BY 1`),
    ]);
    return { listings, offered, booked, deals, granted, inForce, response, parties };
  }
}

export type RawFigures = Awaited<ReturnType<AnalyticsReadRepository['figures']>>;
export type RawTotals = Awaited<ReturnType<AnalyticsReadRepository['totals']>>;
