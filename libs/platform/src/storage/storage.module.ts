import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config';
import { LocalDiskStorage } from './local-disk.storage';
import { ObjectStorage } from './object-storage';

/** The process's `ObjectStorage`: local disk under UPLOAD_DIR. */
@Global()
@Module({
  providers: [
    {
      provide: ObjectStorage,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new LocalDiskStorage(config.uploads.dir),
    },
  ],
  exports: [ObjectStorage],
})
export class StorageModule {}
