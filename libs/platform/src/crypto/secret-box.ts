import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed value that cannot be opened: unknown key, or altered. */
export class SecretBoxError extends Error {
  constructor(reason: string) {
    super(`Cannot open sealed secret: ${reason}`);
    this.name = 'SecretBoxError';
  }
}

interface Key {
  id: string;
  bytes: Buffer;
}

function deriveKey(material: string): Key {
  const bytes = Buffer.from(hkdfSync('sha256', material, 'rongtong', 'secret-box v1', 32));
  return { id: createHash('sha256').update(bytes).digest('hex').slice(0, 8), bytes };
}

/**
 * Secrets the platform must keep and use again (webhook signing secrets), sealed at rest
 * with AES-256-GCM under `SECRETS_KEY`: a database dump or backup alone reveals none of
 * them. Sealed text is `v1.<key id>.<iv>.<ciphertext + tag>` (base64url); the purpose is
 * authenticated with it, so a value moved to another column does not open. Older keys
 * (`SECRETS_OLD_KEYS`) still open what they sealed, for rotation.
 */
@Injectable()
export class SecretBox {
  private readonly current: Key;
  private readonly keys: Map<string, Key>;

  constructor(config: AppConfig) {
    this.current = deriveKey(config.secrets.key);
    this.keys = new Map([this.current, ...config.secrets.oldKeys.map(deriveKey)].map((k) => [k.id, k]));
  }

  seal(plaintext: string, purpose: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.bytes, iv).setAAD(Buffer.from(purpose));
    const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [VERSION, this.current.id, iv.toString('base64url'), sealed.toString('base64url')].join('.');
  }

  /** Whether `value` was sealed by this box's format (rows written before sealing began are not). */
  static isSealed(value: string): boolean {
    return value.startsWith(`${VERSION}.`);
  }

  /** How every value sealed under the current key begins (what others are due for re-sealing). */
  get currentPrefix(): string {
    return `${VERSION}.${this.current.id}.`;
  }

  /** Whether `sealed` is sealed under the current key (else it is due for re-sealing). */
  isCurrent(sealed: string): boolean {
    return sealed.startsWith(this.currentPrefix);
  }

  open(sealed: string, purpose: string): string {
    const [version, keyId, iv, body] = sealed.split('.');
    if (version !== VERSION || !keyId || !iv || !body) throw new SecretBoxError('not sealed text');
    const key = this.keys.get(keyId);
    if (!key) throw new SecretBoxError(`key ${keyId} is neither SECRETS_KEY nor one of SECRETS_OLD_KEYS`);
    const bytes = Buffer.from(body, 'base64url');
    if (bytes.length < TAG_BYTES) throw new SecretBoxError('truncated');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.bytes, Buffer.from(iv, 'base64url'))
        .setAAD(Buffer.from(purpose))
        .setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new SecretBoxError('altered, or sealed for another purpose');
    }
  }
}
