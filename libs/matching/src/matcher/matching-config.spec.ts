import { ConfigError, loadConfig } from '@rongtong/platform';
import { MatchingConfig } from './matching-config';
import { DEFAULT_MATCHING_WEIGHTS } from '../domain/matching-weights';

describe('MatchingConfig', () => {
  it('uses the default weights, minimum score and cap without MATCHING_* variables', () => {
    const settings = new MatchingConfig(loadConfig({}));
    expect(settings.weights).toEqual(
      Object.fromEntries(Object.entries(DEFAULT_MATCHING_WEIGHTS).map(([f, w]) => [f, expect.closeTo(w, 10)])),
    );
    expect([settings.minScore, settings.maxMatches]).toEqual([0.35, 20]);
  });

  it('lays a partial override over the defaults', () => {
    const settings = new MatchingConfig(loadConfig({ MATCHING_WEIGHTS: '{"badge": 0}', MATCHING_MAX_MATCHES: '5' }));
    expect(settings.weights.badge).toBe(0);
    expect(settings.weights.text / settings.weights.distance).toBeCloseTo(2, 10);
    expect(settings.maxMatches).toBe(5);
  });

  it('fails the boot on an unknown factor, naming the variable', () => {
    const attempt = () => new MatchingConfig(loadConfig({ MATCHING_WEIGHTS: '{"distanse": 0.2}' }));
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/^Invalid configuration: MATCHING_WEIGHTS unknown factor 'distanse'/);
  });
});
