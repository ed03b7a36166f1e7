import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type Park = Schemas['ParkDto'];
export type AdminUser = Schemas['AdminUserDto'];
export type NewPark = Schemas['CreateParkDto'];

/** Where the queue dashboard (bull-board) is served by the API; its pass cookie is sent only there. */
export const QUEUE_BOARD_PATH = '/api/v1/admin/queues/';

export function useParks() {
  return useQuery({
    queryKey: ['console', 'parks'],
    queryFn: () => data(api.GET('/api/v1/parks', {})),
    staleTime: 0,
  });
}

/** A page of users, newest first, matching `q` (platform admins). */
export function useUsers(q: string, page: number) {
  return useQuery({
    queryKey: ['console', 'users', q, page],
    queryFn: () => data(api.GET('/api/v1/users', { params: { query: { q: q || undefined, page, limit: 20 } } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/**
 * Opens the queue dashboard: a browser navigation carries no bearer token, so the app
 * first asks for the dashboard's pass (an httpOnly cookie for that path only, minted for
 * this session), then goes there — in `tab`, the blank tab the click opened (opened within
 * the click, no pop-up blocker stops it), or here when the browser gave none.
 */
export async function openQueueBoard(tab: Window | null): Promise<void> {
  try {
    await api.POST('/api/v1/admin/queue-board-pass', {});
  } catch (error) {
    tab?.close();
    throw error;
  }
  (tab ?? globalThis).location.assign(QUEUE_BOARD_PATH);
}
