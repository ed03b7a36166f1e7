import { AttachmentTypeNotAllowedError } from './listings.errors';

export const ATTACHMENT_PURPOSES = ['photo', 'document'] as const;
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];

export function isAttachmentPurpose(value: unknown): value is AttachmentPurpose {
  return ATTACHMENT_PURPOSES.includes(value as AttachmentPurpose);
}

/** The media types we keep, and the extensions a file of each may carry. */
const EXTENSIONS: Record<string, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
};

/**
 * What each purpose accepts, judged by the sniffed type. Documents take scans as images
 * too: a licence or certificate is often photographed rather than exported as PDF. No SVG
 * (it is markup and can carry script), no office formats (macros) and no archives.
 */
export const ALLOWED_ATTACHMENT_TYPES: Record<AttachmentPurpose, readonly string[]> = {
  photo: ['image/jpeg', 'image/png', 'image/webp'],
  document: ['application/pdf', 'image/jpeg', 'image/png'],
};

/**
 * The content type an attachment is stored and served with: the sniffed one, if the
 * purpose allows it. Declared types and extensions play no part; `sniffed` is undefined
 * when the bytes are of no type we recognise (text, HTML, unknown binaries).
 */
export function acceptAttachmentType(purpose: AttachmentPurpose, sniffed: string | undefined): string {
  if (sniffed === undefined || !ALLOWED_ATTACHMENT_TYPES[purpose].includes(sniffed)) {
    throw new AttachmentTypeNotAllowedError(purpose, sniffed, ALLOWED_ATTACHMENT_TYPES[purpose]);
  }
  return sniffed;
}

/** The most bytes an attachment of `purpose` may have. */
export function attachmentSizeLimit(
  purpose: AttachmentPurpose,
  limits: { maxBytes: number; maxPhotoBytes: number },
): number {
  return purpose === 'photo' ? Math.min(limits.maxPhotoBytes, limits.maxBytes) : limits.maxBytes;
}

const MAX_FILENAME_LENGTH = 120;
// Control characters, and bidirectional overrides that make `gpj.exe` read as `exe.jpg`.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Reserved on Windows, where a downloaded file is saved under this name.
const RESERVED = /[<>:"|?*]/g;

/**
 * The name an attachment is shown and downloaded under: the uploader's name without any
 * directories or characters that could mislead or break a file system, its extension set
 * to one that matches the content (a JPEG sent as `photo.png` becomes `photo.jpg`). It is
 * only ever a label: files are stored under generated keys.
 */
export function attachmentFilename(uploaded: string | undefined, contentType: string): string {
  const extensions = EXTENSIONS[contentType] ?? [];
  const base = (uploaded ?? '').split(/[/\\]/).pop()!.replace(INVISIBLE, '').replace(RESERVED, '_');
  const cleaned = base.replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  let stem = dot > 0 ? cleaned.slice(0, dot).replace(/[\s.]+$/, '') : cleaned;
  const keep = extensions.includes(ext) ? ext : (extensions[0] ?? '');
  stem = [...stem].slice(0, MAX_FILENAME_LENGTH).join('').trim() || 'attachment';
  return keep ? `${stem}.${keep}` : stem;
}
