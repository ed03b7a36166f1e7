import { describe, expect, it } from 'vitest';
import { usccProblem } from './uscc';

describe('usccProblem (GB 32100-2015)', () => {
  it.each([
    '91350200776049653A',
    '91440101MA5CJQ4N59',
    '91320594MA1N2K5B77',
    '91310115MA1H7L3Q1H',
    '91440300MA5FUX2T39',
    '91330100MA27WQ8C1X',
    '91110108MA01ABCD5T',
    ' 91350200776049653a ',
  ])('accepts %s', (code) => expect(usccProblem(code)).toBeUndefined());

  it.each([
    ['91350200776049653B', 'check'],
    ['9135020077604965', 'length'],
    ['91350200776O49653A', 'character'],
    ['91350200776049654A', 'organizationCheck'],
  ])('refuses %s (%s)', (code, problem) => expect(usccProblem(code)).toBe(problem));
});
