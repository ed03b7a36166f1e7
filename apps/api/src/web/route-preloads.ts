/** The fields of Vite's build manifest (`.vite/manifest.json`) used here. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

/** The page modules of the app's public routes (apps/web/src/app/routes.tsx), by path. */
const ROUTES: { pattern: RegExp; module: string }[] = [
  { pattern: /^\/$/, module: 'src/search/HomePage.tsx' },
  { pattern: /^\/search$/, module: 'src/search/SearchPage.tsx' },
  { pattern: /^\/listings\/[^/]+$/, module: 'src/listings/ListingPage.tsx' },
];

/** Each kind's panel on a listing page, loaded by the page once it knows the kind. */
export const LISTING_PANELS: Record<string, string> = {
  equipment: 'src/listings/EquipmentBooking.tsx',
  capacity: 'src/listings/CapacityReservation.tsx',
  ip: 'src/listings/LicencePanel.tsx',
};

function closure(manifest: Manifest, key: string, into: Set<string>): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(key)) return into;
  into.add(key);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, into);
  return into;
}

/**
 * The files a page needs beyond what the entry's own tags already name: the page's chunk
 * and its static imports (plus `extra` modules, e.g. the listing's kind panel). Named in
 * the HTML, the browser fetches them alongside the entry rather than after it has run and
 * the router has asked for them, one round trip after another.
 */
export function routePreloads(manifest: Manifest, pathname: string, extra: string[] = []): string[] {
  const route = ROUTES.find((r) => r.pattern.test(pathname));
  if (!route) return [];
  const loadedByEntry = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) closure(manifest, key, loadedByEntry);
  const wanted = new Set<string>();
  for (const module of [route.module, ...extra]) closure(manifest, module, wanted);
  return [...wanted].filter((key) => !loadedByEntry.has(key)).map((key) => `/${manifest[key].file}`);
}

/**
 * The built HTML with its stylesheets first in the head: they are all a first paint waits
 * for, so they go ahead of the many script preloads that would otherwise be asked first.
 */
export function stylesFirst(html: string): string {
  const sheets = html.match(/<link\s+rel="stylesheet"[^>]*>\s*/gi);
  if (!sheets) return html;
  let rest = html;
  for (const sheet of sheets) rest = rest.replace(sheet, '');
  const anchor = /<meta\s+name="viewport"[^>]*>/i.exec(rest) ?? /<meta\s+charset=[^>]*>/i.exec(rest);
  if (!anchor) return html;
  const at = anchor.index + anchor[0].length;
  return `${rest.slice(0, at)}\n    ${sheets.map((s) => s.trim()).join('\n    ')}${rest.slice(at)}`;
}

/** The HTML with `<link rel="modulepreload">` for `files` and `<link rel="preload">` for data, at the end of its head. */
export function withPreloads(html: string, files: string[], data: string[] = []): string {
  if (files.length === 0 && data.length === 0) return html;
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const links = [
    ...files.map((f) => `<link rel="modulepreload" crossorigin href="${attr(f)}">`),
    // Fetched as the app will (credentials included), so the app's request finds it ready.
    ...data.map((d) => `<link rel="preload" as="fetch" crossorigin="use-credentials" href="${attr(d)}">`),
  ].join('\n    ');
  const at = html.search(/<\/head>/i);
  return at < 0 ? html : `${html.slice(0, at)}  ${links}\n  ${html.slice(at)}`;
}
