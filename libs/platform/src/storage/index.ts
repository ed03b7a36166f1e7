export * from './local-disk.storage';
export * from './object-storage';
export * from './s3.storage';
export * from './sniff-content-type';
export * from './storage.module';
export * from './upload-inspector';
