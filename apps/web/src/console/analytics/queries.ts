import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client';
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

/** The name a Content-Disposition header gives a file (RFC 6266: filename* first). */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/.exec(disposition)?.[1]?.trim();
}

/**
 * Downloads a park's figures as a file, fetched with the session's token (a plain link
 * would carry none), saved as the browser saves a download. Returns the file's name.
 */
export async function downloadParkAnalytics(parkId: string, period: Period, format: 'csv' | 'xlsx'): Promise<string> {
  const { data: blob, response } = await api.GET('/api/v1/parks/{id}/analytics/export', {
    params: { path: { id: parkId }, query: { from: period.from, to: period.to, format } },
    parseAs: 'blob',
  });
  const name = fileNameOf(response.headers.get('content-disposition')) ?? `park-analytics.${format}`;
  const url = URL.createObjectURL(blob as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
