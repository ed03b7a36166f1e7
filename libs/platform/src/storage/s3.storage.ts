import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  S3Client,
  type S3ClientConfig,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { InvalidStorageKeyError, isStorageKey, ObjectStorage, StorageObjectNotFoundError } from './object-storage';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible server (MinIO, Ceph, a cloud's object store); unset, AWS itself. */
  endpoint?: string;
  /** Unset, the SDK's default chain (environment, instance role …) provides them. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle?: boolean;
  /** Prepended to every key (`<prefix>/<key>`), so deployments or tests can share a bucket. */
  prefix?: string;
}

/**
 * Objects in an S3-compatible bucket, for api processes that share their files. A put
 * streams the content (multipart above 5 MiB, so its length need not be known) and is
 * atomic as S3 makes it: the object appears whole when the upload completes, and a failed
 * upload is aborted, leaving nothing under the key.
 */
export class S3Storage extends ObjectStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: S3StorageOptions, client?: S3Client) {
    super();
    this.bucket = options.bucket;
    this.prefix = options.prefix ? `${options.prefix.replace(/\/+$/, '')}/` : '';
    const config: S3ClientConfig = {
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? false,
      credentials: options.credentials,
      maxAttempts: 3,
    };
    this.client = client ?? new S3Client(config);
  }

  async put(key: string, content: Readable | Uint8Array): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: this.objectKey(key), Body: content },
      queueSize: 2,
      leavePartsOnError: false,
    });
    await upload.done();
  }

  async get(key: string): Promise<Readable> {
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      if (!Body) throw new StorageObjectNotFoundError(key);
      return Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404))
        throw new StorageObjectNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  /** Lets go of the client's sockets. */
  close(): void {
    this.client.destroy();
  }

  private objectKey(key: string): string {
    if (!isStorageKey(key)) throw new InvalidStorageKeyError(key);
    return this.prefix + key;
  }
}
