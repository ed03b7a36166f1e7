/** A search filter's question: free for `minutes` in one stretch within `[from, to)`. */
export interface FreeTimeWanted {
  from: Date;
  to: Date;
  minutes: number;
}

/**
 * The port search asks the free-time filter through. Free time is kept beside the
 * listings by the context that books them, not in the engines; search resolves the filter
 * to listing ids first. The app wires in the adapter (deals' free-time table), so search
 * depends on no context that books.
 */
export abstract class FreeTimeFinder {
  /** The ids of the listings with such a stretch, from now on, as last computed. */
  abstract listingsFreeFor(wanted: FreeTimeWanted): Promise<string[]>;
}
