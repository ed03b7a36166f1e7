const MAX_LENGTH = 120;
// Control characters, and bidirectional overrides that make `gpj.exe` read as `exe.jpg`.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Reserved on Windows, where a downloaded file is saved under this name.
const RESERVED = /[<>:"|?*]/g;

/**
 * The name an uploaded file is listed and downloaded under: the uploader's, without
 * directories or characters that mislead or break a file system, with an extension that
 * matches the content (the first of `extensions` unless the uploader's is one of them).
 * Only ever a label: files are stored under generated keys.
 */
export function downloadName(uploaded: string | undefined, extensions: readonly string[], fallback: string): string {
  const base = (uploaded ?? '').split(/[/\\]/).pop()!.replace(INVISIBLE, '').replace(RESERVED, '_');
  const cleaned = base.replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  const stem = dot > 0 ? cleaned.slice(0, dot).replace(/[\s.]+$/, '') : cleaned;
  const keep = extensions.includes(ext) ? ext : (extensions[0] ?? '');
  const label = [...stem].slice(0, MAX_LENGTH).join('').trim() || fallback;
  return keep ? `${label}.${keep}` : label;
}
