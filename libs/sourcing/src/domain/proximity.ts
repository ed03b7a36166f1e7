/** How close a supplier is to where the buyer wants delivery, by GB/T 2260 codes alone. */
export type Proximity = 'same_county' | 'same_city' | 'same_province' | 'other_province' | 'unknown';

/** Same county (6 digits), city (first 4) or province (first 2), else another province; unknown without a code. */
export function regionProximity(supplierRegion: string | null, deliveryRegion: string): Proximity {
  if (!supplierRegion) return 'unknown';
  if (supplierRegion === deliveryRegion) return 'same_county';
  if (supplierRegion.slice(0, 4) === deliveryRegion.slice(0, 4)) return 'same_city';
  if (supplierRegion.slice(0, 2) === deliveryRegion.slice(0, 2)) return 'same_province';
  return 'other_province';
}
