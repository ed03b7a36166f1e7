import type { AppConfig } from '../config';
import { SecretBox, SecretBoxError } from './secret-box';

const box = (key: string, oldKeys: string[] = []) =>
  new SecretBox({ secrets: { key, oldKeys } } as unknown as AppConfig);
const KEY = 'k'.repeat(40);
const PURPOSE = 'webhook_endpoints.secret';

describe('SecretBox', () => {
  it('seals to versioned text that opens to the same secret, fresh each time', () => {
    const secrets = box(KEY);
    const sealed = secrets.seal('whsec-中文-🔑', PURPOSE);
    expect(sealed).toMatch(/^v1\.[0-9a-f]{8}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('whsec');
    expect(secrets.open(sealed, PURPOSE)).toBe('whsec-中文-🔑');
    expect(secrets.seal('whsec-中文-🔑', PURPOSE)).not.toBe(sealed);
    expect(SecretBox.isSealed(sealed)).toBe(true);
    expect(SecretBox.isSealed('a-plain-base64url-secret')).toBe(false);
  });

  it('refuses altered text, another purpose and another key', () => {
    const secrets = box(KEY);
    const sealed = secrets.seal('secret', PURPOSE);
    const [v, id, iv, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => secrets.open([v, id, iv, flipped.toString('base64url')].join('.'), PURPOSE)).toThrow(SecretBoxError);
    expect(() => secrets.open(sealed, 'other.column')).toThrow(/another purpose/);
    expect(() => box('m'.repeat(40)).open(sealed, PURPOSE)).toThrow(/neither SECRETS_KEY nor one of SECRETS_OLD_KEYS/);
    expect(() => secrets.open('v1.abc', PURPOSE)).toThrow(/not sealed text/);
    expect(() => secrets.open(`v1.${id}.${iv}.AAAA`, PURPOSE)).toThrow(/truncated/);
  });

  it('opens what an old key sealed after rotation, and tells it is due for re-sealing', () => {
    const before = box(KEY).seal('secret', PURPOSE);
    const rotated = box('n'.repeat(40), [KEY]);
    expect(rotated.open(before, PURPOSE)).toBe('secret');
    expect(rotated.isCurrent(before)).toBe(false);
    expect(rotated.isCurrent(rotated.seal('secret', PURPOSE))).toBe(true);
  });
});
