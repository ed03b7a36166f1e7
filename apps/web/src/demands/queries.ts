import { useQuery } from '@tanstack/react-query';
import { api, body } from '../api/client';
import type { Page } from '../deals/types';
import type { Demand, DemandMatch, DemandStatus } from './types';

export function useDemands(status: DemandStatus | undefined, page: number) {
  return useQuery({
    queryKey: ['demands', status ?? 'all', page],
    queryFn: () => body<Page<Demand>>(api.GET('/api/v1/demands', { params: { query: { status, page, limit: 10 } } })),
  });
}

export function useDemand(id: string) {
  return useQuery({
    queryKey: ['demands', 'one', id],
    queryFn: () => body<Demand>(api.GET('/api/v1/demands/{id}', { params: { path: { id } } })),
  });
}

/** Matching runs in the background after a demand is posted: poll until it has proposals. */
export function useMatches(id: string, includeDismissed: boolean) {
  return useQuery({
    queryKey: ['demands', 'one', id, 'matches', includeDismissed],
    queryFn: () =>
      body<{ demandId: string; demandStatus: string; items: DemandMatch[] }>(
        api.GET('/api/v1/demands/{id}/matches', { params: { path: { id }, query: { includeDismissed } } }),
      ),
    refetchInterval: (query) => (query.state.data && query.state.data.items.length > 0 ? false : 3_000),
  });
}
