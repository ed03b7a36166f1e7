/**
 * What a match is scored on. Each factor's contribution is its weight × how well the
 * candidate fits (0–1); the score is their sum.
 */
export const MATCH_FACTORS = [
  'text',
  'category',
  'capacity',
  'certifications',
  'price',
  'distance',
  'responsiveness',
  'rating',
  'verification',
  'badge',
] as const;
export type MatchFactor = (typeof MATCH_FACTORS)[number];

export type MatchingWeights = Readonly<Record<MatchFactor, number>>;

/**
 * The default weights; they sum to 1. What the SME asked for in words and category, and
 * whether the provider can take it on (capacity, certificates, budget), outweigh who the
 * provider is (track record, verification, badge).
 */
export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = {
  text: 0.2,
  category: 0.1,
  capacity: 0.15,
  certifications: 0.12,
  price: 0.1,
  distance: 0.1,
  responsiveness: 0.06,
  rating: 0.07,
  verification: 0.05,
  badge: 0.05,
};

export interface MatchingSettings {
  weights: MatchingWeights;
  /** Candidates scoring below this are not proposed. */
  minScore: number;
  /** Matches proposed per demand at most (the best). */
  maxMatches: number;
}

export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = {
  weights: DEFAULT_MATCHING_WEIGHTS,
  minScore: 0.35,
  maxMatches: 20,
};

export class MatchingWeightsError extends Error {
  constructor(message: string) {
    super(`MATCHING_WEIGHTS: ${message}`);
    this.name = 'MatchingWeightsError';
  }
}

/**
 * The defaults with `override`'s factors replaced, scaled back to sum 1 so that a partial
 * override (`{"distance": 0.3}`) shifts emphasis without changing the score's scale.
 * Unknown factor names and weights outside 0–1 are refused.
 */
export function resolveMatchingWeights(override: Readonly<Record<string, number>> = {}): MatchingWeights {
  const merged: Record<string, number> = { ...DEFAULT_MATCHING_WEIGHTS };
  for (const [factor, weight] of Object.entries(override)) {
    if (!(MATCH_FACTORS as readonly string[]).includes(factor)) {
      throw new MatchingWeightsError(`unknown factor '${factor}': one of ${MATCH_FACTORS.join(', ')}`);
    }
    if (!Number.isFinite(weight) || weight < 0 || weight > 1) {
      throw new MatchingWeightsError(`'${factor}' must be a number from 0 to 1`);
    }
    merged[factor] = weight;
  }
  const sum = MATCH_FACTORS.reduce((total, factor) => total + merged[factor], 0);
  if (sum <= 0) throw new MatchingWeightsError('at least one factor needs a weight above 0');
  return Object.fromEntries(MATCH_FACTORS.map((f) => [f, merged[f] / sum])) as Record<MatchFactor, number>;
}
