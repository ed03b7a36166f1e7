import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { api, data } from '../api/client';
import type { components } from '../api/schema';
import type { DealState } from './types';

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

// The bodies that open a deal, as the API's document describes them.
export type BookingInput = components['schemas']['CreateBookingDto'];
export type ReservationInput = components['schemas']['CreateReservationDto'];
export type LicenceRequestInput = components['schemas']['CreateLicenceRequestDto'];

interface OpenDealBodies {
  '/api/v1/bookings': BookingInput;
  '/api/v1/reservations': ReservationInput;
  '/api/v1/licence-requests': LicenceRequestInput;
}

/** Opens a deal (booking, reservation or licence request) with the attempt's idempotency key. */
export function useOpenDeal<P extends keyof OpenDealBodies>(path: P) {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const mutation = useMutation({
    mutationFn: (input: OpenDealBodies[P]) =>
      data(
        api.POST(path as '/api/v1/bookings', {
          body: input as BookingInput,
          headers: { 'Idempotency-Key': idempotency.key() },
        }),
      ),
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
    queryFn: () => data(api.GET('/api/v1/deals', { params: { query: { role, state, page, limit: 10 } } })),
  });
}

export function useDeal(id: string) {
  return useQuery({
    queryKey: ['deals', 'one', id],
    queryFn: () => data(api.GET('/api/v1/deals/{id}', { params: { path: { id } } })),
    // The other party moves it on: always ask again when the page opens.
    staleTime: 0,
  });
}

export function useDealMessages(id: string) {
  return useQuery({
    queryKey: ['deals', 'one', id, 'messages'],
    queryFn: () => data(api.GET('/api/v1/deals/{id}/messages', { params: { path: { id } } })),
    refetchInterval: 30_000,
  });
}

export function useDealDocuments(id: string) {
  return useQuery({
    queryKey: ['deals', 'one', id, 'documents'],
    queryFn: () => data(api.GET('/api/v1/deals/{id}/documents', { params: { path: { id } } })),
  });
}

export function itemsOf<T>(page: { items: T[] } | T[] | undefined): T[] {
  if (!page) return [];
  return Array.isArray(page) ? page : page.items;
}
