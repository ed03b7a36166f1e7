import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { api, body } from '../api/client';
import type { Deal, DealDocument, DealMessage, DealState, Page } from './types';

/**
 * One Idempotency-Key per attempt: a double click or a retried request sends the same key
 * and the server answers with the same deal; a new attempt (after success, or after the
 * user changed what they ask for) gets a new key.
 */
export function useIdempotencyKey(): { key: () => string; reset: () => void } {
  const ref = useRef<string | undefined>(undefined);
  return {
    key: () => (ref.current ??= crypto.randomUUID()),
    reset: () => {
      ref.current = undefined;
    },
  };
}

export interface BookingInput {
  listingId: string;
  serviceMode: string;
  start?: string;
  end?: string;
  samples?: number;
  testItems?: string[];
  note?: string;
}

export interface ReservationInput {
  listingId: string;
  quantity: number;
  from: string;
  to: string;
  note?: string;
}

export interface LicenceRequestInput {
  listingId: string;
  licenceType: string;
  territory: string;
  fieldOfUse: string;
  termMonths: number;
  upfrontFeeFen: number;
  royaltyPercent: number;
  note?: string;
}

/** Opens a deal (booking, reservation or licence request) with the attempt's idempotency key. */
export function useOpenDeal<T>(path: '/api/v1/bookings' | '/api/v1/reservations' | '/api/v1/licence-requests') {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const mutation = useMutation({
    mutationFn: (input: T) =>
      body<Deal>(api.POST(path, { body: input as never, headers: { 'Idempotency-Key': idempotency.key() } })),
    onSuccess: () => {
      idempotency.reset();
      void queryClient.invalidateQueries({ queryKey: ['deals'] });
    },
  });
  return { ...mutation, newAttempt: idempotency.reset };
}

export function useDeals(role: 'requester' | 'provider', state: DealState | undefined, page: number) {
  return useQuery({
    queryKey: ['deals', role, state ?? 'all', page],
    staleTime: 0,
    queryFn: () =>
      body<Page<Deal>>(api.GET('/api/v1/deals', { params: { query: { role, state, page, limit: 10 } as never } })),
  });
}

export function useDeal(id: string) {
  return useQuery({
    queryKey: ['deals', 'one', id],
    queryFn: () => body<Deal>(api.GET('/api/v1/deals/{id}', { params: { path: { id } } })),
    // The other party moves it on: always ask again when the page opens.
    staleTime: 0,
  });
}

export function useDealMessages(id: string) {
  return useQuery({
    queryKey: ['deals', 'one', id, 'messages'],
    queryFn: () =>
      body<{ items: DealMessage[]; hasMore: boolean }>(
        api.GET('/api/v1/deals/{id}/messages', { params: { path: { id } } }),
      ),
    refetchInterval: 30_000,
  });
}

export function useDealDocuments(id: string) {
  return useQuery({
    queryKey: ['deals', 'one', id, 'documents'],
    queryFn: () =>
      body<Page<DealDocument> | DealDocument[]>(api.GET('/api/v1/deals/{id}/documents', { params: { path: { id } } })),
  });
}

export function itemsOf<T>(data: Page<T> | T[] | undefined): T[] {
  if (!data) return [];
  return Array.isArray(data) ? data : data.items;
}
