import type { ListingKind } from '../listings/types';
import type { SearchParams } from './types';

const NUMBERS = ['priceMin', 'priceMax', 'freeHours', 'page'] as const;
const STRINGS = [
  'q',
  'category',
  'region',
  'certifications',
  'serviceMode',
  'patentType',
  'licenceType',
  'freeFrom',
  'freeTo',
  'sort',
] as const;
const KINDS: ListingKind[] = ['capacity', 'equipment', 'ip'];

/** The search the address describes; anything unreadable is left out rather than sent. */
export function readSearchParams(url: URLSearchParams): SearchParams {
  const params: SearchParams = {};
  for (const key of STRINGS) {
    const value = url.get(key)?.trim();
    if (value) params[key] = value;
  }
  for (const key of NUMBERS) {
    const value = Number(url.get(key));
    if (url.get(key) && Number.isFinite(value) && value >= 0) params[key] = value;
  }
  const kind = url.get('kind');
  if (kind && (KINDS as string[]).includes(kind)) params.kind = kind as ListingKind;
  if (url.get('openLicence') === 'true') params.openLicence = true;
  return params;
}

/** The address of a search: empty values dropped, page 1 implied. */
export function writeSearchParams(params: SearchParams): URLSearchParams {
  const url = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || value === false || (key === 'page' && value === 1)) continue;
    url.set(key, String(value));
  }
  return url;
}

/** A change of filter starts again at page 1; kind-specific filters go when the kind changes. */
export function changeSearch(current: SearchParams, change: Partial<SearchParams>): SearchParams {
  const next: SearchParams = { ...current, ...change, page: change.page ?? 1 };
  if ('kind' in change && change.kind !== current.kind) {
    delete next.category;
    delete next.serviceMode;
    delete next.patentType;
    delete next.licenceType;
    delete next.openLicence;
    delete next.freeHours;
    delete next.freeFrom;
    delete next.freeTo;
    delete next.certifications;
  }
  return next;
}
