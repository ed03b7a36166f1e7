import type { Side } from './deal';

export const MESSAGE_BODY_MAX_LENGTH = 5000;
/** How many documents one message may point at. */
export const MESSAGE_DOCUMENTS_MAX = 10;
export const MESSAGE_EXCERPT_LENGTH = 140;

/**
 * The side a caller speaks for in a deal's thread and reviews. A user in both
 * enterprises speaks as the requester: the side that opened the deal, and the one whose
 * review of the provider the marketplace shows.
 */
export function ownSide(sides: readonly Side[]): Side {
  return sides.includes('requester') ? 'requester' : 'provider';
}

/** A message's first characters for a notification, cut on a character, never mid-surrogate. */
export function messageExcerpt(body: string, length = MESSAGE_EXCERPT_LENGTH): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= length ? flat : `${chars.slice(0, length - 1).join('')}…`;
}
