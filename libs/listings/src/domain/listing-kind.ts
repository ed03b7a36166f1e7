/** What a listing offers: production capacity, R&D or test equipment time, or a patent. */
export const LISTING_KINDS = ['capacity', 'equipment', 'ip'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

export function isListingKind(value: unknown): value is ListingKind {
  return (LISTING_KINDS as readonly unknown[]).includes(value);
}
