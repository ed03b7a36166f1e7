import { useSearchParams } from 'react-router';

/** Sets (or drops) search parameters; any change but the page's starts again at page 1. */
export function useUrlFilters() {
  const [url, setUrl] = useSearchParams();
  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(url);
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in change)) next.delete('page');
    setUrl(next);
  };
  return { url, set, page: Math.max(1, Number(url.get('page')) || 1) };
}
