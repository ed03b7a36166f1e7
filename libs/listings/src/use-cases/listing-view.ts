import { findCategory } from '../domain';
import type { RevisionRecord } from '../persistence/listing-revision.repository';
import type { ListingRecord } from '../persistence/listing.repository';

/** A listing as the API shows it; owners and moderators also see status reasons and pending edits. */
export function listingView(
  listing: ListingRecord,
  options: { privileged: boolean; pendingRevision?: RevisionRecord },
) {
  const category = findCategory(listing.kind, listing.category);
  const view = {
    id: listing.id,
    kind: listing.kind,
    status: listing.status,
    ownerOrganizationId: listing.ownerOrganizationId,
    title: listing.title,
    titleEn: listing.titleEn,
    description: listing.description,
    descriptionEn: listing.descriptionEn,
    tags: listing.tags,
    category: category?.name ?? listing.category,
    categorySlug: listing.category,
    categoryEn: category?.nameEn ?? null,
    industryDivision: listing.industryDivision,
    parkId: listing.parkId,
    regionCode: listing.regionCode,
    address: listing.address,
    latitude: listing.latitude,
    longitude: listing.longitude,
    priceFen: listing.priceFen,
    priceUnit: listing.priceUnit,
    visibility: listing.visibility,
    details: listing.details,
    version: listing.version,
    publishedAt: listing.publishedAt,
    createdAt: listing.createdAt,
    updatedAt: listing.updatedAt,
  };
  if (!options.privileged) return view;
  return {
    ...view,
    statusReason: listing.statusReason,
    externalRef: listing.externalRef,
    pendingRevision: options.pendingRevision
      ? {
          id: options.pendingRevision.id,
          createdAt: options.pendingRevision.createdAt,
          content: options.pendingRevision.content,
        }
      : null,
  };
}

/** The fields an owner writes, as stored: the content of a listing or of a revision. */
export function contentOf(listing: ListingRecord) {
  const {
    title,
    titleEn,
    description,
    descriptionEn,
    tags,
    category,
    industryDivision,
    parkId,
    regionCode,
    address,
    latitude,
    longitude,
    priceFen,
    priceUnit,
    visibility,
    details,
  } = listing;
  return {
    title,
    titleEn,
    description,
    descriptionEn,
    tags,
    category,
    industryDivision,
    parkId,
    regionCode,
    address,
    latitude,
    longitude,
    priceFen,
    priceUnit,
    visibility,
    details,
  };
}
