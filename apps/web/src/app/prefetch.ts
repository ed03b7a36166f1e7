import type { QueryClient } from '@tanstack/react-query';
import { listingQuery } from '../listings/queries';
import { readSearchParams } from '../search/params';
import { searchQuery } from '../search/queries';

/**
 * Asks for the data of the page being opened as soon as the app starts, while the page's
 * chunk is still loading; the page's own query then finds it on its way (one round trip
 * fewer before the page shows its content). A failure is left for the page to show.
 */
export function prefetchFirstPage(queryClient: QueryClient, location: { pathname: string; search: string }): void {
  const listing = /^\/listings\/([^/]+)\/?$/.exec(location.pathname);
  if (listing) void queryClient.prefetchQuery(listingQuery(decodeURIComponent(listing[1])));
  else if (location.pathname === '/search')
    void queryClient.prefetchQuery(searchQuery(readSearchParams(new URLSearchParams(location.search))));
}
