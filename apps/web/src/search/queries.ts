import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '../api/client';
import type { SearchParams, SearchResult } from './types';

export const PAGE_SIZE = 10;

/** One page of results (shared by the page and the first-load prefetch in app/prefetch.ts). */
export function searchQuery(params: SearchParams) {
  return queryOptions({
    queryKey: ['search', params],
    queryFn: ({ signal }) =>
      body<SearchResult>(
        api.GET('/api/v1/search/listings', {
          params: { query: { ...params, limit: PAGE_SIZE } },
          signal,
        }),
      ),
  });
}

export function useSearch(params: SearchParams) {
  return useQuery({ ...searchQuery(params), placeholderData: keepPreviousData });
}

export function useSuggestions(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['suggestions', text],
    queryFn: ({ signal }) =>
      body<{ suggestions: string[] }>(
        api.GET('/api/v1/search/suggestions', { params: { query: { q: text } }, signal }),
      ),
    enabled: text.length > 0,
    staleTime: 5 * 60_000,
  });
}
