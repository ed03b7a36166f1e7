import type { components } from '../../api/schema';

/** What the API answers, straight from its OpenAPI document. */
export type OwnListing = components['schemas']['ListingDto'];
export type ListingStatus = OwnListing['status'];
export type ListingKind = OwnListing['kind'];
export type ListingAttachment = components['schemas']['AttachmentDto'];
export type AuditEntry = components['schemas']['ListingAuditEntryDto'];
export type Qualification = components['schemas']['QualificationDto'];
export type CapacityDetails = components['schemas']['CapacityDetailsDto'];
export type EquipmentDetails = components['schemas']['EquipmentDetailsDto'] & {
  booking: components['schemas']['BookingRulesDto'] & { horizonDays?: number };
};
export type IpDetails = components['schemas']['IpDetailsDto'];
export type PriceUnit = NonNullable<OwnListing['priceUnit']>;

export const STATUSES: ListingStatus[] = ['draft', 'pending_review', 'published', 'rejected', 'suspended', 'archived'];

/** The units each kind may be priced in (libs/listings PRICE_UNITS_BY_KIND). */
export const PRICE_UNITS_BY_KIND: Record<ListingKind, PriceUnit[]> = {
  capacity: ['machine_hour', 'hour', 'piece'],
  equipment: ['hour', 'sample'],
  ip: ['licence'],
};

/** Statuses in which the owner may change content and files (a live one through a revision). */
export const EDITABLE: ListingStatus[] = ['draft', 'rejected', 'published', 'suspended'];
/** Statuses from which the owner may submit for review. */
export const SUBMITTABLE: ListingStatus[] = ['draft', 'rejected'];
