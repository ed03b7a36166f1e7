import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import type { RfqStatus, SizeClass, SpecialisedTier } from './types';

export const PAGE_SIZE = 10;

export interface BoardFilters {
  role: 'supplier' | 'buyer';
  status?: RfqStatus;
  category?: string;
  region?: string;
  q?: string;
  page: number;
}

/** The RFQ board (role supplier: what the caller may quote) or the buyer's own RFQs. */
export function useRfqs(filters: BoardFilters) {
  return useQuery({
    queryKey: ['rfqs', 'list', filters],
    queryFn: () => data(api.GET('/api/v1/rfqs', { params: { query: { ...filters, limit: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useRfq(id: string) {
  return useQuery({
    queryKey: ['rfqs', 'one', id],
    queryFn: () => data(api.GET('/api/v1/rfqs/{id}', { params: { path: { id } } })),
    // The other side moves it on (a deadline passes, a buyer closes): ask again on each visit.
    staleTime: 0,
  });
}

export const AUDIT_PAGE_SIZE = 20;

/** The RFQ's audit trail, newest first (the buyer and its moderators); asked for only once shown. */
export function useRfqAudit(id: string, page: number, enabled = true) {
  return useQuery({
    queryKey: ['rfqs', 'one', id, 'audit', page],
    queryFn: () =>
      data(api.GET('/api/v1/rfqs/{id}/audit', { params: { path: { id }, query: { page, limit: AUDIT_PAGE_SIZE } } })),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useRfqQuestions(id: string) {
  return useQuery({
    queryKey: ['rfqs', 'one', id, 'questions'],
    queryFn: () => data(api.GET('/api/v1/rfqs/{id}/questions', { params: { path: { id } } })),
    staleTime: 0,
  });
}

export function useRfqAttachments(id: string) {
  return useQuery({
    queryKey: ['rfqs', 'one', id, 'attachments'],
    queryFn: () => data(api.GET('/api/v1/rfqs/{id}/attachments', { params: { path: { id } } })),
  });
}

/** A supplier's own quotes (with history); the buyer's comparison once unsealed (409 QUOTES_SEALED before). */
export function useQuotes(id: string, enabled = true) {
  return useQuery({
    queryKey: ['rfqs', 'one', id, 'quotes'],
    queryFn: () => data(api.GET('/api/v1/rfqs/{id}/quotes', { params: { path: { id } } })),
    enabled,
    staleTime: 0,
  });
}

export function useSuggestedSuppliers(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['rfqs', 'one', id, 'suggested'],
    queryFn: () => data(api.GET('/api/v1/rfqs/{id}/suggested-suppliers', { params: { path: { id } } })),
    enabled,
  });
}

export interface SupplierFilters {
  q?: string;
  region?: string;
  park?: string;
  certifications?: string[];
  sizeClass?: SizeClass;
  specialisedTier?: SpecialisedTier;
  minRating?: number;
  page: number;
}

/** The supplier directory (public, like listing search). */
export function useSuppliers(filters: SupplierFilters, enabled = true) {
  return useQuery({
    queryKey: ['suppliers', filters],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/suppliers', { params: { query: { ...filters, limit: PAGE_SIZE } }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Parks, for the directory's park filter. */
export function useParks() {
  return useQuery({
    queryKey: ['parks'],
    queryFn: () => data(api.GET('/api/v1/parks')),
    staleTime: 10 * 60_000,
  });
}
