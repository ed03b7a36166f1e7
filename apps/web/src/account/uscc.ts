/** Unified social credit code (GB 32100-2015): both check characters, as the server checks them. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccProblem = 'length' | 'character' | 'organizationCheck' | 'check';

export function normalizeUscc(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** Why a code is not valid, or undefined when it is. */
export function usccProblem(input: string): UsccProblem | undefined {
  const code = normalizeUscc(input);
  if ([...code].some((c) => !ALPHABET.includes(c))) return 'character';
  if (code.length !== 18) return 'length';
  // Organization code (GB 11714), characters 9–17: its own check is the 9th.
  const org = code.slice(8, 17);
  const value = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  let orgSum = 0;
  for (let i = 0; i < 8; i++) orgSum += value(org[i]) * ORG_WEIGHTS[i];
  const orgCheck = 11 - (orgSum % 11);
  const expectedOrg = orgCheck === 10 ? 'X' : orgCheck === 11 ? '0' : String(orgCheck);
  if (org[8] !== expectedOrg) return 'organizationCheck';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(code[i]) * WEIGHTS[i];
  const c = (31 - (sum % 31)) % 31;
  return ALPHABET[c] === code[17] ? undefined : 'check';
}
