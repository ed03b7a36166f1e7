import type { Readable } from 'node:stream';

/**
 * Where uploaded files live, by key: local disk (`LocalDiskStorage`) or an S3-compatible
 * bucket (`S3Storage`), chosen by configuration without touching the contexts that use it. Keys are made by the caller from UUIDs
 * (`listings/<listing id>/<uuid>`), never from what a user typed: see `isStorageKey`.
 */
export abstract class ObjectStorage {
  /** Stores `content` under `key` atomically: readers see the whole object or none. */
  abstract put(key: string, content: Readable | Uint8Array): Promise<void>;
  /** The object's bytes; a `StorageObjectNotFoundError` when there is none. */
  abstract get(key: string): Promise<Readable>;
  /** Removes the object; removing one that is not there is not an error. */
  abstract delete(key: string): Promise<void>;
}

/** 1–8 `/`-separated segments of letters, digits, `-` and `_`: no dots, so no `..`. */
const KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}(\/[A-Za-z0-9][A-Za-z0-9_-]{0,127}){0,7}$/;

export function isStorageKey(key: string): boolean {
  return KEY.test(key);
}

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Not a storage key: ${JSON.stringify(key.slice(0, 200))}`);
    this.name = 'InvalidStorageKeyError';
  }
}

export class StorageObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object under ${key}`);
    this.name = 'StorageObjectNotFoundError';
  }
}
