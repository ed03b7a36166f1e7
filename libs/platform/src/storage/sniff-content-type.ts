import { fileTypeFromBuffer } from 'file-type/core';

/** Enough leading bytes for `sniffContentType` to recognise every type it knows. */
export const SNIFF_BYTES = 4100;

export interface SniffedType {
  /** The media type the bytes are, e.g. `image/png`. */
  mime: string;
  /** Its usual file extension, without the dot. */
  ext: string;
}

/**
 * What a file is, from its leading bytes (magic numbers), whatever its name or declared
 * type say: `undefined` for text, unknown formats and empty input. file-type knows a few
 * hundred binary formats, so executables and archives are named, not just unrecognised.
 */
export async function sniffContentType(head: Uint8Array): Promise<SniffedType | undefined> {
  if (head.length === 0) return undefined;
  const found = await fileTypeFromBuffer(head);
  return found && { mime: found.mime, ext: found.ext };
}
