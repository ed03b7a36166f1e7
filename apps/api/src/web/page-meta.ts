/** What a link preview shows of a page: the listing's title, description and first photo. */
export interface PageMeta {
  title: string;
  description: string;
  url: string;
  image?: string;
  type: 'website' | 'product';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/** One line of at most `max` characters, for a description people read in a preview. */
export function summary(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The app's index.html with the page's own `<title>`, description and Open Graph tags,
 * written in the head ahead of any script (chat apps and crawlers run none). The built
 * file's own title and description give way; everything else stays as built.
 */
export function withPageMeta(html: string, meta: PageMeta): string {
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}">`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}">`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}">`,
    `<meta property="og:type" content="${meta.type}">`,
    `<meta property="og:url" content="${escapeHtml(meta.url)}">`,
    ...(meta.image ? [`<meta property="og:image" content="${escapeHtml(meta.image)}">`] : []),
  ].join('\n    ');
  const stripped = html
    .replace(/<title>[\s\S]*?<\/title>\s*/i, '')
    .replace(/<meta\s+name=["']description["'][^>]*>\s*/gi, '')
    .replace(/<meta\s+property=["']og:[^>]*>\s*/gi, '');
  // After <meta charset>, which must come within the first 1024 bytes.
  const anchor = /<meta\s+charset=[^>]*>/i.exec(stripped) ?? /<head[^>]*>/i.exec(stripped);
  if (!anchor) return `${tags}\n${stripped}`;
  const at = anchor.index + anchor[0].length;
  return `${stripped.slice(0, at)}\n    ${tags}${stripped.slice(at)}`;
}
