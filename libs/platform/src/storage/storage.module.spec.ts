import { ConfigError, loadConfig } from '../config';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';
import { createObjectStorage } from './storage.module';

describe('object storage selection (STORAGE_DRIVER)', () => {
  it('keeps files on local disk by default', () => {
    const config = loadConfig({ UPLOAD_DIR: '/tmp/rongtong-uploads' });
    expect(config.storage).toEqual({ driver: 'local' });
    const storage = createObjectStorage(config);
    expect(storage).toBeInstanceOf(LocalDiskStorage);
    expect((storage as LocalDiskStorage).root).toBe('/tmp/rongtong-uploads');
  });

  it('uses an S3-compatible bucket when asked, path-style when an endpoint is given', () => {
    const config = loadConfig({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'rongtong-uploads',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.storage).toEqual({
      driver: 's3',
      endpoint: 'http://minio:9000',
      bucket: 'rongtong-uploads',
      region: 'us-east-1',
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      forcePathStyle: true,
    });
    const storage = createObjectStorage(config);
    expect(storage).toBeInstanceOf(S3Storage);
    (storage as S3Storage).close();
  });

  it('on AWS itself: virtual-hosted URLs and the default credential chain', () => {
    const config = loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'rongtong-uploads', S3_REGION: 'cn-north-1' });
    expect(config.storage).toMatchObject({ driver: 's3', region: 'cn-north-1', forcePathStyle: false });
    expect(config.storage).not.toHaveProperty('credentials.accessKeyId');
  });

  it.each([
    [{ STORAGE_DRIVER: 's3' }, 'S3_BUCKET'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'key' }, 'S3_BUCKET'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'uploads', S3_ACCESS_KEY_ID: 'key' }, 'S3_SECRET_ACCESS_KEY'],
    [{ STORAGE_DRIVER: 'nfs' }, 'STORAGE_DRIVER'],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'uploads', S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });
});
