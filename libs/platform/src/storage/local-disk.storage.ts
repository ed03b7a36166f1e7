import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InvalidStorageKeyError, isStorageKey, ObjectStorage, StorageObjectNotFoundError } from './object-storage';

/**
 * Objects as files under one directory, a key's segments as sub-directories. A write goes
 * to `.staging/` first and is renamed into place once complete and flushed, so a reader
 * never sees half a file and a failed write leaves nothing under its key. `.staging` is on
 * the same file system (rename is atomic) and can never be a key (keys have no dots).
 */
export class LocalDiskStorage extends ObjectStorage {
  readonly root: string;
  private readonly staging: string;

  constructor(root: string) {
    super();
    this.root = path.resolve(root);
    this.staging = path.join(this.root, '.staging');
  }

  async put(key: string, content: Readable | Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(this.staging, { recursive: true });
    await mkdir(path.dirname(target), { recursive: true });
    const temp = path.join(this.staging, `${randomUUID()}.part`);
    // Opened before the copy starts: a stream that opens its file itself may still create it
    // after a failing source has ended the pipeline and the clean-up below has run.
    const file = await open(temp, 'wx', 0o640);
    try {
      const source = content instanceof Uint8Array ? Readable.from([content]) : content;
      await pipeline(source, file.createWriteStream({ flush: true }));
      await rename(temp, target);
    } catch (error) {
      await file.close().catch(() => undefined);
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      // Opened here, not lazily by the stream, so a missing file is an error now.
      const handle = await open(file, 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StorageObjectNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** The file of `key`; the key's shape already rules out escaping the root, this checks again. */
  private pathOf(key: string): string {
    if (!isStorageKey(key)) throw new InvalidStorageKeyError(key);
    const file = path.join(this.root, ...key.split('/'));
    if (!file.startsWith(this.root + path.sep)) throw new InvalidStorageKeyError(key);
    return file;
  }
}
