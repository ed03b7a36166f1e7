import type { ListingKind, PatentType, ServiceMode } from '../listings/types';

export interface SearchDocument {
  id: string;
  kind: ListingKind;
  title: string;
  titleEn: string | null;
  description: string;
  descriptionEn: string | null;
  category: string;
  categoryEn: string | null;
  tags: string[];
  regionCode: string | null;
  priceFen: number | null;
  priceUnit: string | null;
  provider: { id: string; name: string; verified: boolean };
  certifications: string[];
  serviceModes: ServiceMode[];
  patentType: PatentType | null;
  openLicence: boolean;
}

export interface SearchHit {
  id: string;
  score: number;
  highlights: { title?: string; description?: string };
  document: SearchDocument;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  limit: number;
  facets: Record<string, Record<string, number>>;
  engine: string;
  /** No listing has every word: the words dropped, and those the results are for. */
  relaxed?: { dropped: string[]; kept: string[] };
  /** Nothing found: terms to try instead. */
  suggestions?: string[];
}

/** Everything a search can ask, as it appears in the address (`/search?q=…&kind=…`). */
export interface SearchParams {
  q?: string;
  kind?: ListingKind;
  category?: string;
  region?: string;
  priceMin?: number;
  priceMax?: number;
  certifications?: string;
  serviceMode?: string;
  patentType?: string;
  licenceType?: string;
  openLicence?: boolean;
  freeHours?: number;
  freeFrom?: string;
  freeTo?: string;
  sort?: string;
  page?: number;
}
