import type { OutboxWriter } from '@rongtong/platform';
import type { DealKind } from '../domain';
import type { DealRepository } from '../persistence/deal.repository';
import { type DealEffects, DealWorkflow } from './deal-workflow';

const effectsOf = (...kinds: DealKind[]): DealEffects[] =>
  kinds.map((kind) => ({ kind, apply: () => Promise.resolve() }));
const workflow = (effects: DealEffects[]) => new DealWorkflow({} as DealRepository, {} as OutboxWriter, effects);

describe('DealWorkflow', () => {
  it('starts when every deal kind has its effects', () => {
    const all = effectsOf('booking', 'sample_test', 'reservation', 'licence', 'order');
    expect(workflow(all).effectsOf('licence')).toBe(all[3]);
  });

  it('refuses to start when a kind has no effects, naming it', () => {
    expect(() => workflow(effectsOf('booking', 'sample_test', 'reservation', 'order'))).toThrow(
      'Every deal kind needs exactly one DealEffects; not so for: licence',
    );
  });

  it('refuses to start when a kind has two', () => {
    expect(() => workflow(effectsOf('booking', 'booking', 'sample_test', 'reservation', 'licence', 'order'))).toThrow(
      'not so for: booking',
    );
  });
});
