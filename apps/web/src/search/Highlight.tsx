import { Fragment } from 'react';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * The API's highlighted text (escaped HTML whose matches are wrapped in <em>) as parts,
 * marked or not. Nothing is ever handed to the browser as HTML: any other tag stays text.
 */
export function parseHighlight(html: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  const pattern = /<em>(.*?)<\/em>/gs;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(html.slice(last, match.index)), marked: false });
    parts.push({ text: decode(match[1]), marked: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: decode(html.slice(last)), marked: false });
  return parts.filter((p) => p.text.length > 0);
}

export function Highlight({ html, fallback }: { html?: string; fallback: string }) {
  if (!html) return <>{fallback}</>;
  return (
    <span className="snippet">
      {parseHighlight(html).map((part, i) =>
        part.marked ? <em key={i}>{part.text}</em> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </span>
  );
}
