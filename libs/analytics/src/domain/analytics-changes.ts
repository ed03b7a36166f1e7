/** What changed, as events name it: the facts of these entities are derived again. */
export interface AnalyticsChanges {
  listingIds?: readonly string[];
  dealIds?: readonly string[];
  /** An organization whose industry, size, badge or parks changed: all its listings and deals. */
  organizationIds?: readonly string[];
}

/** The part of an outbox event analytics reads. */
export interface AnalyticsEvent {
  type: string;
  payload: object;
}

function idIn(payload: object, key: string): string | undefined {
  const value = (payload as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The entities a batch of events asks to derive again, each once: listing events name
 * their listing, deal events their deal, and membership and organization events the
 * organization (whose listings and deals then count elsewhere or under other dimensions).
 */
export function changesOf(events: readonly AnalyticsEvent[]): Required<AnalyticsChanges> {
  const listingIds = new Set<string>();
  const dealIds = new Set<string>();
  const organizationIds = new Set<string>();
  for (const event of events) {
    const [aggregate] = event.type.split('.');
    const id =
      aggregate === 'listing'
        ? idIn(event.payload, 'listingId')
        : aggregate === 'deal'
          ? idIn(event.payload, 'dealId')
          : idIn(event.payload, 'organizationId');
    if (id === undefined) continue;
    if (aggregate === 'listing') listingIds.add(id);
    else if (aggregate === 'deal') dealIds.add(id);
    else if (aggregate === 'park_membership' || aggregate === 'organization') organizationIds.add(id);
  }
  return { listingIds: [...listingIds], dealIds: [...dealIds], organizationIds: [...organizationIds] };
}
