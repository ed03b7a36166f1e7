import type { OrganizationFacts } from '@rongtong/identity';
import { type FactsBook, candidateFacts, type LoadedCandidate } from './candidate-facts';
import type { RecordedMatch } from './match';
import type { MatchingSettings } from './matching-weights';
import { type ScoringDemand, scoreCandidate } from './scoring';
import type { DemandTerms } from './text-relevance';

/**
 * Scores each candidate for the demand and keeps those at or above the minimum score,
 * best first (ties: the listing id, so reruns agree), at most `maxMatches`. Pure.
 */
export function rankCandidates(
  demand: ScoringDemand,
  terms: DemandTerms,
  candidates: readonly LoadedCandidate[],
  book: FactsBook,
  providers: ReadonlyMap<string, Pick<OrganizationFacts, 'verificationState' | 'badge'> & { frozen?: unknown }>,
  settings: MatchingSettings,
  today: string,
  now = new Date(),
): RecordedMatch[] {
  const ranked: RecordedMatch[] = [];
  for (const candidate of candidates) {
    const provider = providers.get(candidate.listing.providerOrganizationId);
    // A frozen provider (its credit code disputed or revoked) takes no requests: not proposed.
    if (!provider || provider.frozen) continue;
    const facts = candidateFacts(demand, terms, candidate, book, provider, today, now);
    const scored = scoreCandidate(demand, facts, settings.weights);
    if (!scored || scored.score < settings.minScore) continue;
    ranked.push({
      listingId: candidate.listing.id,
      providerOrganizationId: candidate.listing.providerOrganizationId,
      listingTitle: candidate.listing.title,
      score: scored.score,
      factors: scored.factors,
    });
  }
  return ranked
    .sort((a, b) => b.score - a.score || a.listingId.localeCompare(b.listingId))
    .slice(0, settings.maxMatches);
}
