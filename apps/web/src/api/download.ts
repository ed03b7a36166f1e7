/** The name a Content-Disposition header gives a file (RFC 6266: `filename*` first). */
export function fileNameOf(disposition: string | null | undefined): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/.exec(disposition)?.[1]?.trim();
}

/**
 * Saves a file fetched with the session (a plain link would carry no token) as the browser
 * saves a download: the name the server gave it, else `fallback`. Returns the name used.
 */
export function saveDownload(blob: Blob, response: Response, fallback: string): string {
  const name = fileNameOf(response.headers.get('content-disposition')) ?? fallback;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; the object URL may go later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
