import { downloadName } from '@rongtong/kernel';
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

/**
 * The name an attachment is shown and downloaded under: the uploader's name without any
 * directories or characters that could mislead or break a file system, its extension set
 * to one that matches the content (a JPEG sent as `photo.png` becomes `photo.jpg`). It is
 * only ever a label: files are stored under generated keys.
 */
export function attachmentFilename(uploaded: string | undefined, contentType: string): string {
  return downloadName(uploaded, EXTENSIONS[contentType] ?? [], 'attachment');
}
