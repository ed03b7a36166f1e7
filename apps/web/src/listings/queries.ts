import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, body } from '../api/client';
import type { Attachment, Availability, Listing, Organization, Reviews } from './types';

/** A listing (shared by the page and the first-load prefetch in app/prefetch.ts). */
export function listingQuery(id: string) {
  return queryOptions({
    queryKey: ['listing', id],
    queryFn: () => body<Listing>(api.GET('/api/v1/listings/{id}', { params: { path: { id } } })),
  });
}

export function useListing(id: string) {
  return useQuery(listingQuery(id));
}

export function useOrganization(id: string | undefined) {
  return useQuery({
    queryKey: ['organization', id],
    queryFn: () => body<Organization>(api.GET('/api/v1/organizations/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

export function useAttachments(id: string) {
  return useQuery({
    queryKey: ['listing', id, 'attachments'],
    queryFn: () => body<Attachment[]>(api.GET('/api/v1/listings/{id}/attachments', { params: { path: { id } } })),
  });
}

export function useListingReviews(id: string) {
  return useQuery({
    queryKey: ['listing', id, 'reviews'],
    queryFn: () => body<Reviews>(api.GET('/api/v1/listings/{id}/reviews', { params: { path: { id } } })),
  });
}

export function useOrganizationReviews(id: string | undefined) {
  return useQuery({
    queryKey: ['organization', id, 'reviews'],
    queryFn: () => body<Reviews>(api.GET('/api/v1/organizations/{id}/reviews', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useAvailability(id: string, from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: ['listing', id, 'availability', from, to],
    queryFn: () =>
      body<Availability>(
        api.GET('/api/v1/listings/{id}/availability', { params: { path: { id }, query: { from, to } } }),
      ),
    enabled,
  });
}

export interface CapacityView {
  unit: string;
  per: 'week' | 'month';
  from: string;
  to: string;
  periods: { start: string; end: string; offered: number; remaining: number }[];
}

export function useCapacity(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['listing', id, 'capacity'],
    queryFn: () => body<CapacityView>(api.GET('/api/v1/listings/{id}/capacity', { params: { path: { id } } })),
    enabled,
  });
}

export function attachmentUrl(listingId: string, attachmentId: string): string {
  return `/api/v1/listings/${listingId}/attachments/${attachmentId}`;
}
