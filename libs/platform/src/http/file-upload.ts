import { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import { DomainError, RequestValidationError } from '@rongtong/kernel';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A multipart/form-data upload, read as far as its file: the fields and the file's stream. */
export interface FileUpload {
  fields: Record<string, string>;
  /** The file's name as the client sent it: untrusted, a label at most. */
  filename: string;
  file: Readable;
}

export class MultipartRequiredError extends DomainError {
  readonly code = 'MULTIPART_REQUIRED';
  readonly kind = 'unsupported_media_type';

  constructor() {
    super('Send the file as multipart/form-data');
  }
}

export class MalformedMultipartError extends DomainError {
  readonly code = 'MALFORMED_MULTIPART';
  readonly kind = 'invalid';

  constructor(problem: string) {
    super(`The multipart body could not be read: ${problem}`, undefined, { problem });
  }
}

/** A file bigger than the multipart parser's ceiling (the upload's own limit is checked first). */
export class UploadTooLargeError extends DomainError {
  readonly code = 'UPLOAD_TOO_LARGE';
  readonly kind = 'too_large';

  constructor() {
    super('The file is larger than any upload may be');
  }
}

/**
 * Serves a multipart/form-data request made of text fields and then one file, named
 * `fileField`: `handle` gets the fields and the file as a stream, never buffered. The
 * file comes last, as with S3's browser uploads, because the fields say what to do with
 * it. Errors of a malformed body become 400s rather than 500s. When `handle` fails before
 * reading the whole file (refused, too large, wrong type), the rest of the upload is not
 * read: the connection is closed after the response instead.
 */
export async function withFileUpload<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  handle: (upload: FileUpload) => Promise<T>,
  fileField = 'file',
): Promise<T> {
  const upload = await readFileUpload(request, fileField);
  try {
    return await handle(upload);
  } catch (error) {
    if (!upload.file.readableEnded) void reply.header('connection', 'close');
    throw error;
  } finally {
    upload.file.destroy();
  }
}

async function readFileUpload(request: FastifyRequest, fileField: string): Promise<FileUpload> {
  if (!request.isMultipart()) throw new MultipartRequiredError();
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.valueTruncated) {
          throw new RequestValidationError([{ field: part.fieldname, message: 'is longer than a form field may be' }]);
        }
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== fileField) {
        part.file.resume();
        throw new RequestValidationError([
          { field: part.fieldname, message: `unexpected file; send it as ${fileField}` },
        ]);
      }
      const source = part.file;
      const file = Readable.from(relay(source), { objectMode: false });
      // Also when the relay is destroyed before it was ever read.
      file.once('close', () => {
        if (!source.readableEnded) source.destroy();
      });
      return { fields, filename: part.filename, file };
    }
  } catch (error) {
    throw asClientError(error);
  }
  throw new RequestValidationError([{ field: fileField, message: 'is required' }]);
}

/**
 * The file's bytes, with the parser's errors as client errors. Destroying the relay (a
 * consumer that refuses the file) stops reading the source, so a refused upload is not
 * read to its end.
 */
async function* relay(source: MultipartFile['file']): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of source) yield chunk as Buffer;
  } catch (error) {
    throw asClientError(error);
  }
  if (source.truncated) throw new UploadTooLargeError();
}

function asClientError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return error;
  return new MalformedMultipartError(error instanceof Error ? error.message : String(error));
}
