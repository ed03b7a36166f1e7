import type { components } from '../api/schema';

// The kinds come from the API's document (npm run openapi), so a kind the API adds
// reaches the app's tables (`Record<ListingKind, …>`) through the compiler.
export type ListingKind = components['schemas']['ListingDto']['kind'];
/** Every kind, in the order pages list them; a Record so none can be left out. */
const KIND_ORDER: Record<ListingKind, null> = { capacity: null, equipment: null, ip: null };
export const KINDS = Object.keys(KIND_ORDER) as ListingKind[];
export type ServiceMode = 'self_operated' | 'technician_operated' | 'sample_testing';
export type LicenceType = 'exclusive_licence' | 'sole_licence' | 'ordinary_licence' | 'assignment';
export type PatentType = 'invention' | 'utility_model' | 'design';

export interface TimeRange {
  start: string;
  end: string;
}

export interface EquipmentDetails {
  manufacturer?: string;
  model?: string;
  serviceModes: ServiceMode[];
  hourlyRateFen?: number | null;
  turnaroundDays?: number | null;
  requiresTraining?: boolean;
  booking?: {
    timeZone: string;
    slotMinutes: number;
    minMinutes: number;
    maxMinutes: number | null;
    instantBook: boolean;
  };
}

export interface CapacityDetails {
  process?: string;
  materials?: string[];
  capacity?: { quantity: number; unit: string; per: 'week' | 'month' };
  maxPartSizeMm?: number[] | number | null;
  toleranceMm?: number | null;
  certifications?: string[];
  minOrder?: { quantity: number; unit: string } | null;
  leadTimeDays?: number | null;
}

export interface IpDetails {
  patentNumber?: string;
  patentType?: PatentType;
  legalStatus?: 'granted' | 'pending';
  transactionTypes?: LicenceType[];
  openLicence?: boolean | { declared?: boolean; royalty?: unknown; [k: string]: unknown } | null;
  ipc?: string[] | string | null;
  filingDate?: string | null;
  expiry?: string | null;
  expiryYear?: number | null;
  licenceTerms?: Record<string, unknown> | string | null;
  [key: string]: unknown;
}

export interface Listing {
  id: string;
  kind: ListingKind;
  status: 'draft' | 'pending_review' | 'published' | 'rejected' | 'suspended' | 'archived';
  ownerOrganizationId: string;
  title: string;
  titleEn: string | null;
  description: string;
  descriptionEn: string | null;
  tags: string[];
  category: string;
  categoryEn?: string | null;
  regionCode: string | null;
  address: string | null;
  priceFen: number | null;
  priceUnit: string | null;
  details: Record<string, unknown>;
  version: number;
  publishedAt: string | null;
  updatedAt: string;
}

export interface Organization {
  id: string;
  name: string;
  nameEn: string | null;
  regionCode: string | null;
  sizeClass: 'large' | 'medium' | 'small' | 'micro' | null;
  badge: 'innovative_sme' | 'provincial' | 'little_giant' | null;
  verificationState: 'unverified' | 'pending' | 'verified' | 'rejected';
  description: string | null;
  website: string | null;
}

export interface Attachment {
  id: string;
  kind: 'photo' | 'document';
  fileName: string;
  contentType: string;
  size: number;
  url?: string;
}

export interface Review {
  id: string;
  rating: number;
  text: string | null;
  createdAt: string;
  authorOrganizationName?: string;
}

export interface Reviews {
  averageRating: number | null;
  count: number;
  items: Review[];
}

export interface Availability {
  listingId: string;
  from: string;
  to: string;
  timeZone: string;
  slotMinutes: number;
  minMinutes: number;
  maxMinutes: number | null;
  leadTimeHours: number;
  instantBook: boolean;
  serviceModes: ServiceMode[];
  free: TimeRange[];
  busy: TimeRange[];
}

export interface CapacityPeriod {
  periodStart: string;
  periodEnd?: string;
  offered: number;
  remaining: number;
  [key: string]: unknown;
}
