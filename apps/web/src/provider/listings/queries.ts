import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, body } from '../../api/client';
import type { AuditEntry, ListingAttachment, OwnListing, Qualification } from './types';

const KEY = 'myListings';

/** Every listing of the enterprise, in every status (members see them all). */
export function useMyListings(organizationId: string | undefined) {
  return useQuery({
    queryKey: [KEY, 'org', organizationId],
    queryFn: () =>
      body<OwnListing[]>(
        api.GET('/api/v1/organizations/{id}/listings', { params: { path: { id: organizationId ?? '' } } }),
      ),
    enabled: Boolean(organizationId),
  });
}

/** One listing as its owner sees it: status reason and pending revision included. */
export function useOwnListing(id: string) {
  return useQuery({
    queryKey: [KEY, 'one', id],
    queryFn: () => body<OwnListing>(api.GET('/api/v1/listings/{id}', { params: { path: { id } } })),
  });
}

export function useListingFiles(id: string) {
  return useQuery({
    queryKey: [KEY, 'one', id, 'attachments'],
    queryFn: () =>
      body<ListingAttachment[]>(api.GET('/api/v1/listings/{id}/attachments', { params: { path: { id } } })),
  });
}

export function useListingAudit(id: string) {
  return useQuery({
    queryKey: [KEY, 'one', id, 'audit'],
    queryFn: () => body<AuditEntry[]>(api.GET('/api/v1/listings/{id}/audit', { params: { path: { id } } })),
  });
}

export function useQualifications(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [KEY, 'one', id, 'qualifications'],
    queryFn: () =>
      body<{ items: Qualification[] }>(api.GET('/api/v1/listings/{id}/qualifications', { params: { path: { id } } })),
    enabled,
  });
}

/** Requesters of this listing's deals: whom the owner may have trained. */
export function useListingRequesters(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [KEY, 'one', id, 'requesters'],
    queryFn: async () => {
      const page = await body<{ items: { requesterUserId: string; createdAt: string }[] }>(
        api.GET('/api/v1/deals', { params: { query: { role: 'provider', listingId: id, limit: 100 } } }),
      );
      return [...new Set(page.items.map((d) => d.requesterUserId))];
    },
    enabled,
  });
}

/** Drops what is cached about a listing (ours and the public page's), and the list. */
export function useRefreshListing() {
  const queryClient = useQueryClient();
  return (id?: string) => {
    void queryClient.invalidateQueries({ queryKey: [KEY] });
    if (id) void queryClient.invalidateQueries({ queryKey: ['listing', id] });
  };
}

type Step = 'submit' | 'archive';

/** Submit for review, or archive: the owner's two lifecycle steps. */
export function useListingStep(id: string) {
  const refresh = useRefreshListing();
  return useMutation({
    mutationFn: (step: Step) =>
      body<OwnListing>(
        step === 'submit'
          ? api.POST('/api/v1/listings/{id}/submit', { params: { path: { id } } })
          : api.POST('/api/v1/listings/{id}/archive', { params: { path: { id } } }),
      ),
    onSuccess: () => refresh(id),
  });
}

/**
 * Withdraws the pending revision of a live listing; the live version stays. The version
 * the owner saw goes as If-Match, so a revision edited meanwhile (elsewhere) is not
 * withdrawn unseen (409).
 */
export function useWithdrawRevision(id: string) {
  const refresh = useRefreshListing();
  return useMutation({
    mutationFn: (version: number) =>
      body<OwnListing>(
        api.POST('/api/v1/listings/{id}/withdraw-revision', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
        }),
      ),
    onSettled: () => refresh(id),
  });
}
