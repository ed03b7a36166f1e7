import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { saveDownload } from '../../api/download';
import type { components } from '../../api/schema';
import type { Period } from './period';

type Schemas = components['schemas'];
export type ParkAnalytics = Schemas['ParkAnalyticsDto'];
export type ParkTotals = Schemas['ParkTotalsDto'];
export type PlatformAnalytics = Schemas['PlatformAnalyticsDto'];
export type Park = Schemas['ParkDto'];

/** A park's figures over a period, from the rollups (its operators and platform admins; 404 for anyone else). */
export function useParkAnalytics(parkId: string, period: Period) {
  return useQuery({
    queryKey: ['console', 'parkAnalytics', parkId, period.from, period.to],
    queryFn: () =>
      data(
        api.GET('/api/v1/parks/{id}/analytics', {
          params: { path: { id: parkId }, query: { from: period.from, to: period.to } },
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Every park's totals side by side (platform admins). */
export function usePlatformAnalytics(period: Period) {
  return useQuery({
    queryKey: ['console', 'platformAnalytics', period.from, period.to],
    queryFn: () =>
      data(api.GET('/api/v1/analytics/platform', { params: { query: { from: period.from, to: period.to } } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function usePark(parkId: string) {
  return useQuery({
    queryKey: ['park', parkId],
    queryFn: () => data(api.GET('/api/v1/parks/{id}', { params: { path: { id: parkId } } })),
    staleTime: 60_000,
  });
}

/** Downloads a park's figures as a file, fetched with the session's token. Returns the file's name. */
export async function downloadParkAnalytics(parkId: string, period: Period, format: 'csv' | 'xlsx'): Promise<string> {
  const { data: blob, response } = await api.GET('/api/v1/parks/{id}/analytics/export', {
    params: { path: { id: parkId }, query: { from: period.from, to: period.to, format } },
    parseAs: 'blob',
  });
  return saveDownload(blob as Blob, response, `park-analytics.${format}`);
}
