import { TextDecoder } from 'node:util';

/**
 * What a spreadsheet upload is, judged by its first bytes (never by its name or the type
 * the client claims): an XLSX workbook (a ZIP), or text that is CSV in UTF-8 or in GBK
 * (GB18030, what Excel on a Chinese Windows saves as "CSV"). Anything else is refused.
 */
export type TableFormat = 'csv' | 'xlsx';
export type TextEncoding = 'utf-8' | 'gb18030';

export type TableSniff =
  | { format: 'xlsx' }
  | { format: 'csv'; encoding: TextEncoding }
  | { refused: 'type'; detected: string }
  | { refused: 'encoding'; detected: 'broken-utf-8' | 'utf-16' | 'unknown' };

/** How many leading bytes `sniffTable` looks at. */
export const TABLE_SNIFF_BYTES = 64 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(head: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

/** The head without a multi-byte character cut off at its end (the head stops mid-file). */
function completeUtf8(head: Uint8Array, whole: boolean): Uint8Array {
  if (whole) return head;
  let end = head.length;
  // Back over continuation bytes to the last lead byte, and drop it with them.
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const byte = head[end - i];
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) end -= i;
    break;
  }
  return head.subarray(0, end);
}

function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decides what a file is from its head. `whole` says the head is the entire file (so a
 * character cut at its end is a broken one, not a cut).
 */
export function sniffTable(head: Uint8Array, whole: boolean): TableSniff {
  if (startsWith(head, ZIP)) return { format: 'xlsx' };
  if (startsWith(head, OLE2)) return { refused: 'type', detected: 'application/vnd.ms-excel' };
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
    return { refused: 'encoding', detected: 'utf-16' };
  }
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return { refused: 'type', detected: 'application/pdf' };
  if (head.includes(0)) return { refused: 'type', detected: 'application/octet-stream' };
  if (startsWith(head, UTF8_BOM) || decodes('utf-8', completeUtf8(head, whole))) {
    return { format: 'csv', encoding: 'utf-8' };
  }
  // Not UTF-8. Mostly well-formed UTF-8 with a few bad bytes is broken UTF-8; text that
  // reads as GBK throughout (where UTF-8 sees mostly garbage) is GBK.
  const lenient = new TextDecoder('utf-8').decode(completeUtf8(head, whole));
  const bad = lenient.match(/\uFFFD/g)?.length ?? 0;
  const good = lenient.match(/[\u0080-\uFFFC\uFFFE-\uFFFF]/g)?.length ?? 0;
  if (good > bad * 4) return { refused: 'encoding', detected: 'broken-utf-8' };
  const trimmed = whole ? head : head.subarray(0, Math.max(0, head.length - 1));
  if (decodes('gb18030', head) || decodes('gb18030', trimmed)) return { format: 'csv', encoding: 'gb18030' };
  return { refused: 'encoding', detected: 'unknown' };
}
