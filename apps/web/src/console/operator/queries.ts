import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSession } from '../../account/session';
import { api, body } from '../../api/client';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type VerificationItem = Schemas['VerificationItemDto'];
export type VerificationPage = Schemas['VerificationPageDto'];
export type ModerationItem = Schemas['ModerationItemDto'];
export type ModerationListing = Schemas['ListingDto'];
export type ListingAuditEntry = Schemas['ListingAuditEntryDto'];
export type ParkMembership = Schemas['ParkMembershipDto'];
export type ParkAuditPage = Schemas['ParkAuditPageDto'];
export type ParkAuditEntry = Schemas['ParkAuditEntryDto'];
export type ReasonTemplateList = Schemas['ReasonTemplateListDto'];
export type ReasonTemplate = ReasonTemplateList['templates'][number];
export type ReasonKind = ReasonTemplate['kind'];
export type Park = Schemas['ParkDto'];

export type VerificationState = 'pending' | 'unverified' | 'verified' | 'rejected' | 'all';
export type ModerationFilter = 'pending_review' | 'revision' | 'reported' | 'published' | 'suspended' | 'rejected';
export const AUDIT_ACTIONS = [
  'create',
  'edit',
  'revise',
  'submit',
  'approve',
  'reject',
  'approve_revision',
  'reject_revision',
  'withdraw_revision',
  'suspend',
  'reinstate',
  'archive',
  'report',
  'attach',
  'detach',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The parks the signed-in user operates (platform admins: none of their own). */
export function useOperatedParkIds(): string[] {
  const { me } = useSession();
  return (me as { operatedParkIds?: string[] } | undefined)?.operatedParkIds ?? [];
}

export function usePark(parkId: string) {
  return useQuery({
    queryKey: ['park', parkId],
    queryFn: () => body<Park>(api.GET('/api/v1/parks/{id}', { params: { path: { id: parkId } } })),
    staleTime: 5 * 60_000,
  });
}

export function useVerifications(parkId: string, state: VerificationState, page: number) {
  return useQuery({
    queryKey: ['console', parkId, 'verifications', state, page],
    queryFn: () =>
      body<VerificationPage>(
        api.GET('/api/v1/parks/{id}/verifications', {
          params: { path: { id: parkId }, query: { state, page, limit: 10 } },
        }),
      ),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

/** The park's moderation queue (under review, edits, reports), or its listings of one status. */
export function useModerationQueue(parkId: string, filter: ModerationFilter | undefined) {
  return useQuery({
    queryKey: ['console', 'moderation', parkId, filter ?? 'queue'],
    queryFn: () =>
      body<ModerationItem[]>(
        api.GET('/api/v1/moderation/listings', { params: { query: { park: parkId, status: filter, limit: 100 } } }),
      ),
    staleTime: 0,
  });
}

export function useModeratedListing(id: string) {
  return useQuery({
    queryKey: ['console', 'listing', id],
    queryFn: () => body<ModerationListing>(api.GET('/api/v1/listings/{id}', { params: { path: { id } } })),
    staleTime: 0,
  });
}

export function useListingAudit(id: string) {
  return useQuery({
    queryKey: ['console', 'listing', id, 'audit'],
    queryFn: () => body<ListingAuditEntry[]>(api.GET('/api/v1/listings/{id}/audit', { params: { path: { id } } })),
    staleTime: 0,
  });
}

export function useParkMemberships(parkId: string, status: ParkMembership['status'] | undefined) {
  return useQuery({
    queryKey: ['console', parkId, 'memberships', status ?? 'all'],
    queryFn: () =>
      body<ParkMembership[]>(
        api.GET('/api/v1/parks/{id}/memberships', {
          params: { path: { id: parkId }, query: { status } },
        }),
      ),
    staleTime: 0,
  });
}

export interface AuditQuery {
  q?: string;
  action?: AuditAction;
  actor?: string;
  from?: string;
  to?: string;
  page: number;
}

export function useParkAudit(parkId: string, query: AuditQuery) {
  return useQuery({
    queryKey: ['console', parkId, 'audit', query],
    queryFn: () =>
      body<ParkAuditPage>(
        api.GET('/api/v1/parks/{id}/audit', {
          params: { path: { id: parkId }, query: { ...query, limit: 20 } },
        }),
      ),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

export function useReasonTemplates(parkId: string | undefined) {
  return useQuery({
    queryKey: ['console', parkId, 'reason-templates'],
    queryFn: () =>
      body<ReasonTemplateList>(
        api.GET('/api/v1/parks/{id}/reason-templates', { params: { path: { id: parkId ?? '' } } }),
      ),
    enabled: Boolean(parkId),
    staleTime: 60_000,
  });
}

export type ParkRfqPage = Schemas['RfqPageDto'];
export type ParkRfq = ParkRfqPage['items'][number];
export const PARK_RFQ_FILTERS = ['all', 'open', 'draft', 'closed', 'awarded', 'cancelled', 'taken_down'] as const;
export type ParkRfqFilter = (typeof PARK_RFQ_FILTERS)[number];

export const isParkRfqFilter = (value: string | null): value is ParkRfqFilter =>
  (PARK_RFQ_FILTERS as readonly (string | null)[]).includes(value);

/** The RFQs of the park's enterprises, for its operators to take down the ones that break the rules. */
export function useParkRfqs(parkId: string, filter: ParkRfqFilter, q: string, page: number) {
  return useQuery({
    queryKey: ['console', parkId, 'rfqs', filter, q, page],
    queryFn: () =>
      body<ParkRfqPage>(
        api.GET('/api/v1/parks/{id}/rfqs', {
          params: {
            path: { id: parkId },
            query: { status: filter === 'all' ? undefined : filter, q: q || undefined, page, limit: 20 },
          },
        }),
      ),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}
