import { useQuery } from '@tanstack/react-query';
import { useSession } from '../account/session';
import { api, body } from '../api/client';
import type { components } from '../api/schema';

type Schemas = components['schemas'];
export type Organization = Schemas['OrganizationDto'];
export type Member = Schemas['MemberDto'];
export type Park = Schemas['ParkDto'];
export type Webhook = Schemas['WebhookDto'];
export type CreatedWebhook = Schemas['CreatedWebhookDto'];
export type WebhookDelivery = Schemas['WebhookDeliveryDto'];
export type MatchedDemand = Schemas['MatchedDemandDto'];
export type MatchedDemandPage = Schemas['MatchedDemandPageDto'];
export type ProviderListing = Schemas['ListingDto'];
export type BookingDeal = Schemas['DealDto'];
export type CreatedInvitation = Schemas['CreatedInvitationDto'];
export type Invitation = Schemas['InvitationListItemDto'];
export type InvitationPage = Schemas['InvitationPageDto'];

/** The enterprise the signed-in user acts for, and whether they may run it (owner or admin). */
export function useMyOrganization() {
  const { me, organizationId } = useSession();
  const role = me?.memberships.find((m) => m.organization.id === organizationId)?.role;
  return {
    organizationId,
    role,
    canAdmin: role === 'owner' || role === 'admin',
    emailVerified: me?.emailVerified ?? false,
  };
}

/** The organization as a member sees it (private fields too); the same cache entry as the provider card. */
export function useOrganizationProfile(id: string | undefined) {
  return useQuery({
    queryKey: ['organization', id],
    queryFn: () => body<Organization>(api.GET('/api/v1/organizations/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
    staleTime: 0,
  });
}

export function useMembers(id: string | undefined) {
  return useQuery({
    queryKey: ['organization', id, 'members'],
    queryFn: () =>
      body<Member[]>(api.GET('/api/v1/organizations/{id}/members', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
    staleTime: 0,
  });
}

/** One page of the organization's invitations, newest first (owners and admins). */
export function useInvitations(id: string | undefined, page: number, enabled = true) {
  return useQuery({
    queryKey: ['organization', id, 'invitations', page],
    queryFn: () =>
      body<InvitationPage>(
        api.GET('/api/v1/organizations/{id}/invitations', {
          params: { path: { id: id ?? '' }, query: { page, limit: 10 } },
        }),
      ),
    enabled: Boolean(id) && enabled,
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}

export function useParks() {
  return useQuery({
    queryKey: ['parks'],
    queryFn: () => body<Park[]>(api.GET('/api/v1/parks', {})),
    staleTime: 5 * 60_000,
  });
}

export function useWebhooks(id: string | undefined) {
  return useQuery({
    queryKey: ['organization', id, 'webhooks'],
    queryFn: () =>
      body<Webhook[]>(api.GET('/api/v1/organizations/{id}/webhooks', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

/** The newest `limit` deliveries of one endpoint (the API pages by a growing limit, up to 200). */
export function useDeliveries(id: string, webhookId: string, limit: number) {
  return useQuery({
    queryKey: ['organization', id, 'webhooks', webhookId, 'deliveries', limit],
    queryFn: () =>
      body<WebhookDelivery[]>(
        api.GET('/api/v1/organizations/{id}/webhooks/{webhookId}/deliveries', {
          params: { path: { id, webhookId }, query: { limit } },
        }),
      ),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}

/** Every listing of the organization, in every status (members see them all). */
export function useOrganizationListings(id: string | undefined) {
  return useQuery({
    queryKey: ['organization', id, 'listings'],
    queryFn: () =>
      body<ProviderListing[]>(api.GET('/api/v1/organizations/{id}/listings', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

const PAGE = 100;

/** Every booking of one listing on the provider's side, all pages (a listing has a few hundred at most). */
export function useListingBookings(listingId: string | undefined) {
  return useQuery({
    queryKey: ['deals', 'provider', 'bookings', listingId],
    enabled: Boolean(listingId),
    staleTime: 0,
    queryFn: async () => {
      const all: BookingDeal[] = [];
      for (let page = 1; page <= 50; page++) {
        const result = await body<Schemas['DealPageDto']>(
          api.GET('/api/v1/deals', {
            params: { query: { role: 'provider', kind: 'booking', listingId, page, limit: PAGE } },
          }),
        );
        all.push(...result.items);
        if (all.length >= result.total || result.items.length < PAGE) break;
      }
      return all;
    },
  });
}

export function useMatchedDemands(query: { page: number; listingId?: string; includeClosed: boolean }) {
  return useQuery({
    queryKey: ['matched-demands', query],
    queryFn: () =>
      body<MatchedDemandPage>(
        api.GET('/api/v1/matched-demands', {
          params: {
            query: { page: query.page, limit: 10, listingId: query.listingId, includeClosed: query.includeClosed },
          },
        }),
      ),
    staleTime: 0,
  });
}
