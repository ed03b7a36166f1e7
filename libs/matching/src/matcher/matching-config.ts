import { Injectable } from '@nestjs/common';
import { AppConfig, ConfigError } from '@rongtong/platform';
import {
  MatchingWeightsError,
  type MatchingSettings,
  type MatchingWeights,
  resolveMatchingWeights,
} from '../domain/matching-weights';

/**
 * The matcher's settings from the validated app config: the default weights with
 * `MATCHING_WEIGHTS` over them, the lowest score proposed and the most matches a demand
 * gets. Unknown factor names fail the boot like any other bad variable.
 */
@Injectable()
export class MatchingConfig implements MatchingSettings {
  readonly weights: MatchingWeights;
  readonly minScore: number;
  readonly maxMatches: number;

  constructor(config: AppConfig) {
    try {
      this.weights = resolveMatchingWeights(config.matching.weights);
    } catch (error) {
      if (error instanceof MatchingWeightsError) {
        throw new ConfigError('MATCHING_WEIGHTS', error.message.replace(/^MATCHING_WEIGHTS: /, ''));
      }
      throw error;
    }
    this.minScore = config.matching.minScore;
    this.maxMatches = config.matching.maxMatches;
  }
}
