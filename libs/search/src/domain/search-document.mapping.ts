import type { IndexableListing } from '@rongtong/listings';
import { regionNames } from './regions';
import type { SearchDocument } from './search-document';

export interface ProviderFacts {
  id: string;
  name: string;
  verified: boolean;
  parkIds: string[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const string = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** A published listing and its provider as the engines index them. Pure. */
export function toSearchDocument(listing: IndexableListing, provider: ProviderFacts): SearchDocument {
  const details = listing.details as unknown as Record<string, unknown>;
  const openLicence = details.openLicence as { declared?: boolean } | undefined;
  const detailsText = [
    string(details.process),
    ...strings(details.materials),
    string(details.manufacturer),
    string(details.model),
    string(details.patentNumber),
    ...strings(details.ipc),
    string(details.locarno),
  ].filter((v): v is string => v !== null);
  return {
    id: listing.id,
    kind: listing.kind,
    title: listing.title,
    titleEn: listing.titleEn,
    description: listing.description,
    descriptionEn: listing.descriptionEn,
    tags: listing.tags,
    category: listing.category,
    categoryEn: listing.categoryEn,
    categorySlug: listing.categorySlug,
    provider: { id: provider.id, name: provider.name, verified: provider.verified },
    regionCode: listing.regionCode,
    regionNames: regionNames(listing.regionCode),
    parkIds: provider.parkIds,
    visibility: listing.visibility,
    priceFen: listing.priceFen,
    priceUnit: listing.priceUnit,
    certifications: strings(details.certifications),
    serviceModes: strings(details.serviceModes),
    patentType: string(details.patentType),
    transactionTypes: strings(details.transactionTypes),
    openLicence: openLicence?.declared === true,
    detailsText,
    geo:
      listing.latitude !== null && listing.longitude !== null
        ? { lat: listing.latitude, lng: listing.longitude }
        : null,
    publishedAt: (listing.publishedAt ?? listing.updatedAt).toISOString(),
    updatedAt: listing.updatedAt.toISOString(),
  };
}
