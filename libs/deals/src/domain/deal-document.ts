import { downloadName } from '@rongtong/kernel';
import { DealDocumentTypeNotAllowedError } from './deals.errors';

/** Why a document is in a deal: shared in the thread, or the sample test's report. */
export const DEAL_DOCUMENT_PURPOSES = ['message', 'report'] as const;
export type DealDocumentPurpose = (typeof DEAL_DOCUMENT_PURPOSES)[number];

const OOXML = 'application/vnd.openxmlformats-officedocument';
const CSV = 'text/csv';

/**
 * The media types a deal document may be, judged by content, and the extensions a file
 * of each may be named with. Office files are the OOXML ones (docx, xlsx, pptx): the
 * macro-enabled variants have types of their own and are refused, and the legacy binary
 * formats (doc, xls) are refused too, because file-type names them only as a compound
 * file, which an installer (msi) also is. A zip keeps the OOXML names as well, since an
 * Office file whose manifest lies beyond the bytes sniffed is recognised only as a zip.
 */
const EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  [`${OOXML}.wordprocessingml.document`]: ['docx'],
  [`${OOXML}.spreadsheetml.sheet`]: ['xlsx'],
  [`${OOXML}.presentationml.presentation`]: ['pptx'],
  'application/zip': ['zip', 'docx', 'xlsx', 'pptx'],
  [CSV]: ['csv'],
};

export const ALLOWED_DEAL_DOCUMENT_TYPES: readonly string[] = Object.keys(EXTENSIONS);

/**
 * True for bytes that can be the start of a CSV file: text with no control characters
 * but tab and line breaks, in UTF-8 or GB18030 (what Excel writes on Chinese Windows;
 * bytes above 0x7f are both), and not markup, which a browser might render.
 */
export function looksLikeCsv(head: Uint8Array): boolean {
  let start = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  let firstVisible: number | undefined;
  for (let i = start; i < head.length; i++) {
    const byte = head[i];
    if (byte === 0x7f || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)) return false;
    if (firstVisible === undefined && byte > 0x20) firstVisible = byte;
  }
  return firstVisible !== undefined && firstVisible !== 0x3c; // '<'
}

/**
 * The content type a deal document is stored and served with. Binary formats are named by
 * their magic bytes (`sniffed`), whatever the file is called; text has none, so a CSV is
 * taken when the bytes are plain text and the uploader called it `.csv`. It is served as
 * `text/csv` for download, never inline, so a mislabelled text file can do no harm.
 */
export function acceptDealDocumentType(sniffed: string | undefined, head: Uint8Array, fileName?: string): string {
  if (sniffed !== undefined && sniffed !== CSV && sniffed in EXTENSIONS) return sniffed;
  if (sniffed === undefined && /\.csv\s*$/i.test(fileName ?? '') && looksLikeCsv(head)) return CSV;
  throw new DealDocumentTypeNotAllowedError(sniffed, ALLOWED_DEAL_DOCUMENT_TYPES);
}

/**
 * The name a document is listed and downloaded under: the uploader's, without
 * directories or characters that mislead or break a file system, with an extension that
 * matches the content (`报告.exe` holding a PDF becomes `报告.pdf`). Only ever a label:
 * the file is stored under a generated key.
 */
export function dealDocumentFileName(uploaded: string | undefined, contentType: string): string {
  return downloadName(uploaded, EXTENSIONS[contentType] ?? [], 'document');
}

/** Images are shown in the page; everything else is saved, never opened in our origin. */
export function isInlineDocument(contentType: string): boolean {
  return contentType.startsWith('image/');
}
