import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { DealFacts } from '@rongtong/deals';
import { ListingsForIndexUseCase } from '@rongtong/listings';
import { UnitOfWork } from '@rongtong/platform';
import { isSealed, QuotesSealedError, regionProximity, unitPriceAt } from '../domain';
import { type QuoteRecord, type RfqRecord, RfqRepository } from '../persistence/rfq.repository';
import { quoteView } from './rfq-view';
import { SourcingParties } from './sourcing-parties';

/**
 * The quotes of an RFQ. A supplier reads only its own (with their revisions), at any
 * time. The buyer reads none while they are sealed (409 QUOTES_SEALED); after the
 * deadline or closing, all of them side by side: the unit price and total at the
 * requested quantity, lead time, the certifications of the supplier's published
 * listings (and which required ones it lacks), where it is, its 专精特新 tier, ratings.
 */
@Injectable()
export class ListQuotesUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly parties: SourcingParties,
    private readonly facts: DealFacts,
    private readonly listings: ListingsForIndexUseCase,
  ) {}

  async execute(actor: Actor, id: string) {
    const db = this.uow.db;
    const now = new Date();
    const { rfq, side, scope } = await this.parties.standing(db, actor, id);
    if (side === 'supplier') {
      const own = await this.rfqs.quotes(db, id, scope.organizationIds);
      return { sealed: isSealed(rfq, now), items: await this.withHistory(own, (q) => quoteView(q)) };
    }
    if (isSealed(rfq, now)) throw new QuotesSealedError(rfq.quoteDeadline);
    const quotes = (await this.rfqs.quotes(db, id)).filter((q) => q.status !== 'withdrawn');
    const suppliers = [...new Set(quotes.map((q) => q.organizationId))];
    const [facts, ratings, certifications] = await Promise.all([
      this.parties.organizations.factsOfMany(suppliers),
      this.facts.providerRatings(suppliers),
      this.certificationsOf(suppliers),
    ]);
    const items = await this.withHistory(quotes, (q) =>
      this.compared(rfq, q, {
        name: facts.get(q.organizationId)?.name ?? null,
        regionCode: facts.get(q.organizationId)?.regionCode ?? null,
        badge: facts.get(q.organizationId)?.badge ?? null,
        rating: ratings.get(q.organizationId) ?? null,
        certifications: certifications.get(q.organizationId) ?? [],
      }),
    );
    // Cheapest at the requested quantity first; quotes that do not reach it last.
    items.sort(
      (a, b) =>
        (a.totalFen ?? Number.MAX_SAFE_INTEGER) - (b.totalFen ?? Number.MAX_SAFE_INTEGER) ||
        a.leadTimeDays - b.leadTimeDays,
    );
    return { sealed: false, quantity: rfq.quantity, unit: rfq.unit, items };
  }

  private compared(
    rfq: RfqRecord,
    quote: QuoteRecord,
    supplier: {
      name: string | null;
      regionCode: string | null;
      badge: string | null;
      rating: { averageRating: number | null; count: number } | null;
      certifications: string[];
    },
  ) {
    const unitPriceFen = unitPriceAt(quote.priceBreaks, rfq.quantity);
    const held = new Set(supplier.certifications);
    return {
      ...quoteView(quote),
      unitPriceAtQuantityFen: unitPriceFen,
      totalFen: unitPriceFen === null ? null : unitPriceFen * rfq.quantity,
      supplier: {
        organizationId: quote.organizationId,
        name: supplier.name,
        regionCode: supplier.regionCode,
        proximity: regionProximity(supplier.regionCode, rfq.deliveryRegionCode),
        specialisedTier: supplier.badge,
        averageRating: supplier.rating?.averageRating ?? null,
        ratingCount: supplier.rating?.count ?? 0,
        certifications: supplier.certifications,
        missingCertifications: rfq.certifications.filter((c) => !held.has(c)),
      },
    };
  }

  /** The certifications each supplier's published listings state. */
  private async certificationsOf(organizationIds: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    for (const id of organizationIds) {
      const listings = await this.listings.load(await this.listings.publishedIdsOf(id));
      const certs = listings.flatMap((l) => {
        const stated = (l.details as unknown as { certifications?: unknown }).certifications;
        return Array.isArray(stated) ? stated.filter((c): c is string => typeof c === 'string') : [];
      });
      result.set(id, [...new Set(certs)]);
    }
    return result;
  }

  private async withHistory<T extends object>(quotes: QuoteRecord[], view: (q: QuoteRecord) => T) {
    const revisions = await this.rfqs.revisions(
      this.uow.db,
      quotes.map((q) => q.id),
    );
    return quotes.map((q) => ({
      ...view(q),
      history: revisions
        .filter((r) => r.quoteId === q.id)
        .map((r) => ({
          revision: r.revision,
          action: r.action,
          priceBreaks: r.priceBreaks,
          leadTimeDays: r.leadTimeDays,
          validUntil: r.validUntil,
          notes: r.notes,
          at: r.createdAt.toISOString(),
        })),
    }));
  }
}
