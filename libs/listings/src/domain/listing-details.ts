import { FieldReader, INVALID } from '@rongtong/kernel';
import { type CapacityDetails, validateCapacityDetails } from './capacity-details';
import { type EquipmentDetails, validateEquipmentDetails } from './equipment-details';
import { type IpDetails, type IpValidationOptions, validateIpDetails } from './ip-details';
import type { ListingKind } from './listing-kind';
import { PRICE_UNITS, type PriceUnit } from './money';
import { listingValidationError } from './listings.errors';

// A listing's kind-specific `details` (CONTRACT.md, "Listing bodies") are validated by
// kind in capacity-details.ts, equipment-details.ts and ip-details.ts; this is the entry
// point, with the price rules every kind shares.

export type ListingDetails = CapacityDetails | EquipmentDetails | IpDetails;

export interface DetailsByKind {
  capacity: CapacityDetails;
  equipment: EquipmentDetails;
  ip: IpDetails;
}

/** Validates `details` for the listing's kind (see the per-kind functions). */
export function validateListingDetails<K extends ListingKind>(
  kind: K,
  details: unknown,
  options: IpValidationOptions = {},
): DetailsByKind[K] {
  const validators: { [P in ListingKind]: (d: unknown) => DetailsByKind[P] } = {
    capacity: validateCapacityDetails,
    equipment: validateEquipmentDetails,
    ip: (d) => validateIpDetails(d, options),
  };
  return validators[kind](details);
}

/**
 * The units a kind may be priced in: capacity by machine-hour, labour hour or piece;
 * equipment by the hour or per sample; a patent per licence.
 */
export const PRICE_UNITS_BY_KIND: Record<ListingKind, readonly PriceUnit[]> = {
  capacity: ['machine_hour', 'hour', 'piece'],
  equipment: ['hour', 'sample'],
  ip: ['licence'],
};

export interface ListingPrice {
  /** Null with a null unit: negotiable (面议). */
  priceFen: number | null;
  priceUnit: PriceUnit | null;
}

/** A price is an amount with a unit the kind allows, or neither (negotiable). */
export function validateListingPrice(kind: ListingKind, priceFen: unknown, priceUnit: unknown): ListingPrice {
  const c = new FieldReader(listingValidationError);
  const fen = c.orNull(priceFen, (v) => c.fen(v, 'priceFen'));
  const unit = c.orNull(priceUnit, (v) => {
    const u = c.oneOf(v, 'priceUnit', PRICE_UNITS);
    return u === INVALID || PRICE_UNITS_BY_KIND[kind].includes(u)
      ? u
      : c.fail('priceUnit', `must be one of ${PRICE_UNITS_BY_KIND[kind].join(', ')} for ${kind}`);
  });
  if (fen !== null && unit === null) c.fail('priceUnit', 'is required with a price');
  if (fen === null && unit !== null) c.fail('priceFen', 'is required with a unit');
  return c.finish(c.all({ priceFen: fen, priceUnit: unit }));
}
