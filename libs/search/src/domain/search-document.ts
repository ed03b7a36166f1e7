import type { ListingKind } from '@rongtong/listings';

/**
 * A published listing as both engines index it: flat, denormalised, built by the pure
 * `toSearchDocument` mapping. Engines store it; nothing else reads their stores.
 */
export interface SearchDocument {
  id: string;
  kind: ListingKind;
  title: string;
  titleEn: string | null;
  description: string;
  descriptionEn: string | null;
  tags: string[];
  /** Category name (Chinese), its English name and stable slug. */
  category: string;
  categoryEn: string | null;
  categorySlug: string;
  provider: { id: string; name: string; verified: boolean };
  regionCode: string;
  /** Place names for the region (city, district, province), searchable as text. */
  regionNames: string[];
  /** Parks the provider belongs to: filters, and who may see park-only listings. */
  parkIds: string[];
  visibility: 'public' | 'park_members';
  priceFen: number | null;
  priceUnit: string | null;
  certifications: string[];
  serviceModes: string[];
  patentType: string | null;
  transactionTypes: string[];
  openLicence: boolean;
  /** Extra searchable text from the kind details (process, materials, manufacturer, model, IPC …). */
  detailsText: string[];
  geo: { lat: number; lng: number } | null;
  publishedAt: string;
  updatedAt: string;
}
