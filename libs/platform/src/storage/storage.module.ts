import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config';
import { LocalDiskStorage } from './local-disk.storage';
import { ObjectStorage } from './object-storage';
import { S3Storage } from './s3.storage';

/** The process's `ObjectStorage`: local disk under UPLOAD_DIR, or an S3-compatible bucket (STORAGE_DRIVER=s3). */
export function createObjectStorage(config: AppConfig): ObjectStorage {
  const storage = config.storage;
  if (storage.driver === 's3') {
    return new S3Storage({
      bucket: storage.bucket,
      region: storage.region,
      endpoint: storage.endpoint,
      credentials: storage.credentials,
      forcePathStyle: storage.forcePathStyle,
    });
  }
  return new LocalDiskStorage(config.uploads.dir);
}

@Global()
@Module({
  providers: [{ provide: ObjectStorage, inject: [AppConfig], useFactory: createObjectStorage }],
  exports: [ObjectStorage],
})
export class StorageModule {}
