import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

export interface UploadInspection {
  /** More bytes than this and the stream fails with `tooLarge()`, without reading further. */
  maxBytes: number;
  /** How many leading bytes `inspectHead` needs (fewer when the upload is shorter). */
  headBytes: number;
  /** Decides on the upload from its first bytes (by content, e.g. magic numbers); throw to refuse. */
  inspectHead(head: Buffer): void | Promise<void>;
  tooLarge(): Error;
}

/**
 * A pass-through for an upload on its way to storage: it enforces the size limit while
 * the bytes flow, holds everything back until the head has been inspected (so a refused
 * file never reaches the storage), and hashes what passes.
 */
export class UploadInspector extends Transform {
  private readonly hash = createHash('sha256');
  private held: Buffer[] = [];
  private heldBytes = 0;
  private inspected = false;
  private bytes = 0;
  private digest?: string;

  constructor(private readonly inspection: UploadInspection) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.inspection.maxBytes) return callback(this.inspection.tooLarge());
    this.hash.update(chunk);
    if (this.inspected) return callback(null, chunk);
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.heldBytes < this.inspection.headBytes) return callback();
    this.release(callback);
  }

  override _flush(callback: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    if (this.inspected) return callback();
    this.release(callback);
  }

  /** Size and SHA-256 (hex) of what passed; only once the stream has finished. */
  get result(): { sizeBytes: number; sha256: string } {
    if (this.digest === undefined) throw new Error('The upload has not been read to its end');
    return { sizeBytes: this.bytes, sha256: this.digest };
  }

  private release(callback: TransformCallback): void {
    const held = Buffer.concat(this.held);
    this.held = [];
    Promise.resolve()
      .then(() => this.inspection.inspectHead(held.subarray(0, this.inspection.headBytes)))
      .then(
        () => {
          this.inspected = true;
          callback(null, held);
        },
        (error: unknown) => callback(error as Error),
      );
  }
}
