import { readFileSync } from 'node:fs';
import { CORPUS_PATH } from '../../../../test/support/corpus';
import { validateListingDetails, validateListingPrice } from './listing-details';
import { isListingKind, LISTING_KINDS, type ListingKind } from './listing-kind';
import { findCategory } from './taxonomy';

// The demo data and search relevance corpus (data/demo/corpus.jsonl): every listing in it
// must be accepted as it is, so the demo loads and the evaluation means something.

interface CorpusListing {
  ref: string;
  kind: ListingKind;
  category: string;
  priceFen: unknown;
  priceUnit: unknown;
  details: unknown;
}

function load(): CorpusListing[] {
  return readFileSync(CORPUS_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const listing = JSON.parse(line) as CorpusListing;
      if (!isListingKind(listing.kind)) throw new Error(`${listing.ref}: unknown kind`);
      return listing;
    });
}

const listings = load();
// A fixed day, so the "term has ended" rule is exercised without the test aging.
const TODAY = '2026-11-26';

describe('demo corpus', () => {
  it('holds 240 listings, 80 of each kind', () => {
    expect(listings).toHaveLength(240);
    for (const kind of LISTING_KINDS) {
      expect(listings.filter((l) => l.kind === kind)).toHaveLength(80);
    }
  });

  it.each(listings.map((l) => [l.ref, l] as const))('%s is a valid listing', (_, listing) => {
    const details = validateListingDetails(listing.kind, listing.details, { today: TODAY });
    // Normalising is idempotent: validated details validate to themselves.
    expect(validateListingDetails(listing.kind, details, { today: TODAY })).toEqual(details);
    expect(findCategory(listing.kind, listing.category)?.name).toBe(listing.category);
    expect(() => validateListingPrice(listing.kind, listing.priceFen, listing.priceUnit)).not.toThrow();
  });

  it('keeps what the corpus states: patent numbers, types and open licences', () => {
    for (const listing of listings.filter((l) => l.kind === 'ip')) {
      const raw = listing.details as {
        patentNumber: string;
        patentType: string;
        openLicence: boolean;
      };
      const details = validateListingDetails('ip', listing.details);
      expect(details.patentNumber).toBe(raw.patentNumber);
      expect(details.patentType).toBe(raw.patentType);
      expect(details.openLicence.declared).toBe(raw.openLicence);
    }
  });
});
