import { randomBytes } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { InvalidStorageKeyError, S3Storage, StorageObjectNotFoundError } from '@rongtong/platform';

/**
 * The S3 adapter against a real S3-compatible server (MinIO, Ceph, a cloud's, or any
 * server speaking the S3 API). None runs on the project's machines, so this suite runs
 * only where S3_TEST_ENDPOINT points at one, with S3_TEST_ACCESS_KEY_ID and
 * S3_TEST_SECRET_ACCESS_KEY (and S3_TEST_BUCKET, default `rongtong-test`, created if
 * missing; S3_TEST_REGION, default `us-east-1`). Each run writes under a prefix of its own.
 */
const ENDPOINT = process.env.S3_TEST_ENDPOINT;
const BUCKET = process.env.S3_TEST_BUCKET ?? 'rongtong-test';
const REGION = process.env.S3_TEST_REGION ?? 'us-east-1';
const credentials = {
  accessKeyId: process.env.S3_TEST_ACCESS_KEY_ID ?? 'S3RVER',
  secretAccessKey: process.env.S3_TEST_SECRET_ACCESS_KEY ?? 'S3RVER',
};

if (!ENDPOINT) {
  console.warn(
    'S3 storage adapter tests skipped: S3_TEST_ENDPOINT is not set (point it at an S3-compatible server, with S3_TEST_ACCESS_KEY_ID and S3_TEST_SECRET_ACCESS_KEY, to run them).',
  );
}

const describeS3 = ENDPOINT ? describe : describe.skip;

describeS3('S3Storage against an S3-compatible server', () => {
  const prefix = `test-${randomBytes(6).toString('hex')}`;
  let client: S3Client;
  let storage: S3Storage;

  beforeAll(async () => {
    client = new S3Client({ endpoint: ENDPOINT, region: REGION, credentials, forcePathStyle: true });
    await client.send(new CreateBucketCommand({ Bucket: BUCKET })).catch((error: { name?: string }) => {
      if (error.name !== 'BucketAlreadyOwnedByYou' && error.name !== 'BucketAlreadyExists') throw error;
    });
    storage = new S3Storage({
      endpoint: ENDPOINT,
      bucket: BUCKET,
      region: REGION,
      credentials,
      forcePathStyle: true,
      prefix,
    });
  });

  afterAll(() => {
    storage?.close();
    client?.destroy();
  });

  /** The keys stored under this run's prefix. */
  async function keys(): Promise<string[]> {
    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${prefix}/` }));
    return (listed.Contents ?? []).map((o) => o.Key!.slice(prefix.length + 1)).sort();
  }

  it('stores bytes and streams them back, then deletes them', async () => {
    await storage.put('listings/abc/1f0e', Buffer.from('营业执照'));
    expect(await text(await storage.get('listings/abc/1f0e'))).toBe('营业执照');
    await storage.delete('listings/abc/1f0e');
    await expect(storage.get('listings/abc/1f0e')).rejects.toBeInstanceOf(StorageObjectNotFoundError);
    await expect(storage.delete('listings/abc/1f0e')).resolves.toBeUndefined();
  });

  it('streams a file of unknown length larger than one part (multipart)', async () => {
    const content = randomBytes(6 * 1024 * 1024 + 123);
    const source = new PassThrough();
    const writing = storage.put('deals/big/file', source);
    for (let offset = 0; offset < content.length; offset += 256 * 1024) {
      source.write(content.subarray(offset, offset + 256 * 1024));
    }
    source.end();
    await writing;
    expect((await buffer(await storage.get('deals/big/file'))).equals(content)).toBe(true);
    await storage.delete('deals/big/file');
  });

  it('leaves nothing under the key when the source fails, and keeps what the key held', async () => {
    await storage.put('kept', Buffer.from('old'));
    const failing = new Readable({
      read() {
        this.push(randomBytes(1024));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(storage.put('failed', failing)).rejects.toThrow();
    const failingOverwrite = new Readable({
      read() {
        this.destroy(new Error('no'));
      },
    });
    await expect(storage.put('kept', failingOverwrite)).rejects.toThrow();
    expect(await keys()).toEqual(['kept']);
    expect(await text(await storage.get('kept'))).toBe('old');
    await storage.delete('kept');
  });

  it.each(['../escaped', '/etc/passwd', 'a/./b', '.hidden', 'a//b', '', 'photo.png'])(
    'refuses the key %j, for every operation',
    async (key) => {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    },
  );
});
