import type { ListingKind } from '../listings/types';

export type DemandStatus = 'open' | 'matched' | 'fulfilled' | 'closed' | 'expired';
export const DEMAND_STATUSES: DemandStatus[] = ['open', 'matched', 'fulfilled', 'closed', 'expired'];
export type LocationPreference = 'same_park' | 'same_city' | 'same_province' | 'anywhere';
export const LOCATION_PREFERENCES: LocationPreference[] = ['anywhere', 'same_province', 'same_city', 'same_park'];

export interface Demand {
  id: string;
  organizationId: string;
  kind: ListingKind;
  title: string;
  description: string;
  category: string | null;
  regionCode: string | null;
  locationPreference: LocationPreference;
  certifications: string[];
  budgetFen: number | null;
  deadline: string | null;
  details: Record<string, unknown>;
  status: DemandStatus;
  statusReason: string | null;
  version: number;
  createdAt: string;
}

export interface MatchReason {
  factor: string;
  contribution: number;
  text: string;
}

export interface DemandMatch {
  id: string;
  demandId: string;
  listingId: string;
  listing: { title: string; kind: ListingKind; status: string; providerOrganizationId: string } | null;
  score: number;
  reasons: MatchReason[];
  status: 'proposed' | 'accepted' | 'dismissed';
  dismissReason: string | null;
  providerInterestAt: string | null;
  dealId: string | null;
}
