import { FieldReader, INVALID } from '@rongtong/kernel';
import { type DetailsByKind, type ListingPrice, validateListingDetails, validateListingPrice } from './listing-details';
import type { ListingKind } from './listing-kind';
import { findCategory } from './taxonomy';
import { listingValidationError } from './listings.errors';

export const VISIBILITIES = ['public', 'park_members'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** What an owner writes; every field but `details` is common to all kinds. */
export interface ListingContentInput {
  title?: unknown;
  titleEn?: unknown;
  description?: unknown;
  descriptionEn?: unknown;
  tags?: unknown;
  category?: unknown;
  industryDivision?: unknown;
  parkId?: unknown;
  regionCode?: unknown;
  address?: unknown;
  latitude?: unknown;
  longitude?: unknown;
  priceFen?: unknown;
  priceUnit?: unknown;
  visibility?: unknown;
  details?: unknown;
}

export interface ListingContent<K extends ListingKind = ListingKind> extends ListingPrice {
  title: string;
  titleEn: string | null;
  description: string;
  descriptionEn: string | null;
  tags: string[];
  /** The taxonomy slug; its names come from the taxonomy. */
  category: string;
  industryDivision: string | null;
  parkId: string | null;
  regionCode: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  visibility: Visibility;
  details: DetailsByKind[K];
}

export const MAX_TAGS = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Validates a whole listing body for its kind and normalises it, collecting every
 * violation (common fields, price, kind details) into one `ListingValidationError`.
 * `regionCode` defaults to the owner's (from its credit code) when not given.
 */
export function validateListingContent<K extends ListingKind>(
  kind: K,
  input: ListingContentInput,
  defaults: { regionCode: string | null; today?: string },
): ListingContent<K> {
  const c = new FieldReader(listingValidationError);
  const optionalText = (value: unknown, field: string, max: number) =>
    value === undefined || value === null || value === '' ? null : c.text(value, field, max);

  const title = c.text(input.title, 'title', 200);
  const description = c.text(input.description, 'description', 10_000);
  const tags =
    input.tags === undefined || input.tags === null ? [] : c.texts(input.tags, 'tags', (t) => t.slice(0, 40));
  if (tags !== INVALID && tags.length > MAX_TAGS) c.fail('tags', `at most ${MAX_TAGS} tags`);

  const category = (() => {
    const name = c.text(input.category, 'category', 100);
    if (name === INVALID) return INVALID;
    const found = findCategory(kind, name);
    return found ? found.slug : c.fail('category', `is not a ${kind} category`, 'CATEGORY_UNKNOWN');
  })();

  const industryDivision = (() => {
    const value = optionalText(input.industryDivision, 'industryDivision', 3);
    if (value === null || value === INVALID) return value;
    const code = value.toUpperCase();
    return /^[A-T]\d{2}$/.test(code) ? code : c.fail('industryDivision', 'must be a GB/T 4754 division such as C34');
  })();

  const parkId = (() => {
    if (input.parkId === undefined || input.parkId === null) return null;
    return typeof input.parkId === 'string' && UUID.test(input.parkId)
      ? input.parkId.toLowerCase()
      : c.fail('parkId', 'must be a park id');
  })();

  const regionCode = (() => {
    const value = input.regionCode ?? defaults.regionCode;
    if (value === null || value === undefined) return c.fail('regionCode', 'is required');
    return typeof value === 'string' && /^\d{6}$/.test(value)
      ? value
      : c.fail('regionCode', 'must be a six-digit GB/T 2260 code');
  })();

  const latitude =
    input.latitude === undefined || input.latitude === null
      ? null
      : c.number(input.latitude, 'latitude', { min: -90, max: 90 });
  const longitude =
    input.longitude === undefined || input.longitude === null
      ? null
      : c.number(input.longitude, 'longitude', { min: -180, max: 180 });
  if ((latitude === null) !== (longitude === null))
    c.fail(latitude === null ? 'latitude' : 'longitude', 'is required with its pair');

  const visibility =
    input.visibility === undefined || input.visibility === null
      ? 'public'
      : c.oneOf(input.visibility, 'visibility', VISIBILITIES);

  let price: ListingPrice | typeof INVALID = INVALID;
  let details: DetailsByKind[K] | typeof INVALID = INVALID;
  for (const [read, assign] of [
    [
      () => validateListingPrice(kind, input.priceFen ?? null, input.priceUnit ?? null),
      (v: unknown) => (price = v as ListingPrice),
    ],
    [
      () => validateListingDetails(kind, input.details, { today: defaults.today }),
      (v: unknown) => (details = v as DetailsByKind[K]),
    ],
  ] as const) {
    try {
      assign(read());
    } catch (error) {
      const violations = (error as { violations?: FieldReader['violations'] }).violations;
      if (!violations) throw error;
      c.violations.push(...violations);
    }
  }

  const content = c.all({
    title,
    titleEn: optionalText(input.titleEn, 'titleEn', 200),
    description,
    descriptionEn: optionalText(input.descriptionEn, 'descriptionEn', 10_000),
    tags,
    category,
    industryDivision,
    parkId,
    regionCode,
    address: optionalText(input.address, 'address', 300),
    latitude,
    longitude,
    visibility,
  });
  const checked = c.finish(content);
  return { ...checked, ...(price as unknown as ListingPrice), details: details as unknown as DetailsByKind[K] };
}
