import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { LocalDiskStorage } from './local-disk.storage';
import { InvalidStorageKeyError, StorageObjectNotFoundError } from './object-storage';

let parent: string;
let root: string;
let storage: LocalDiskStorage;

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The one staging file, once it holds something; polls until a deadline. */
async function stagedFile(deadline = Date.now() + 5_000): Promise<string> {
  for (;;) {
    const [staged] = filesUnder(root).filter((file) => file.startsWith('.staging/'));
    if (staged && readFileSync(path.join(root, staged)).length > 0) return staged;
    if (Date.now() > deadline) throw new Error('nothing was staged');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

beforeEach(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'rongtong-storage-'));
  root = path.join(parent, 'uploads');
  storage = new LocalDiskStorage(root);
});

afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('LocalDiskStorage', () => {
  it('stores bytes and streams them back, then deletes them', async () => {
    await storage.put('listings/abc/1f0e', Buffer.from('营业执照'));
    expect(readFileSync(path.join(root, 'listings', 'abc', '1f0e'), 'utf8')).toBe('营业执照');
    expect(await text(await storage.get('listings/abc/1f0e'))).toBe('营业执照');
    await storage.delete('listings/abc/1f0e');
    await expect(storage.get('listings/abc/1f0e')).rejects.toBeInstanceOf(StorageObjectNotFoundError);
    await expect(storage.delete('listings/abc/1f0e')).resolves.toBeUndefined();
  });

  it('stores a stream', async () => {
    await storage.put('k', Readable.from(['a', 'b', 'c']));
    expect(await text(await storage.get('k'))).toBe('abc');
  });

  it('writes atomically: nothing under the key until the write is complete', async () => {
    const source = new PassThrough();
    const writing = storage.put('listings/x/y', source);
    source.write('first half ');
    // Wait (with a deadline) until the first half has reached the staging file.
    const staged = await stagedFile();
    expect(readFileSync(path.join(root, staged), 'utf8')).toBe('first half ');
    expect(existsSync(path.join(root, 'listings', 'x', 'y'))).toBe(false);
    expect(filesUnder(root)).toEqual([expect.stringMatching(/^\.staging\/[0-9a-f-]+\.part$/)]);
    source.end('second half');
    await writing;
    expect(filesUnder(root)).toEqual(['listings/x/y']);
    expect(readFileSync(path.join(root, 'listings', 'x', 'y'), 'utf8')).toBe('first half second half');
  });

  it('leaves nothing behind when the source fails, and keeps what the key held', async () => {
    await storage.put('kept', Buffer.from('old'));
    const failing = new Readable({
      read() {
        this.push('partial');
        this.destroy(new Error('client went away'));
      },
    });
    await expect(storage.put('failed', failing)).rejects.toThrow('client went away');
    const failingOverwrite = new Readable({
      read() {
        this.destroy(new Error('no'));
      },
    });
    await expect(storage.put('kept', failingOverwrite)).rejects.toThrow('no');
    expect(filesUnder(root)).toEqual(['kept']);
    expect(readFileSync(path.join(root, 'kept'), 'utf8')).toBe('old');
  });

  it.each([
    '../escaped',
    '../../etc/passwd',
    'listings/../../escaped',
    '/etc/passwd',
    'a/./b',
    '.staging/x',
    '.hidden',
    'a\\..\\..\\b',
    'a//b',
    'a/',
    '',
    'a\0b',
    'photo.png',
    '照片',
    'x'.repeat(129),
  ])('refuses the key %j, for every operation', async (key) => {
    await expect(storage.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(filesUnder(parent)).toEqual([]);
  });
});
