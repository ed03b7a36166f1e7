import { Injectable } from '@nestjs/common';
import { SlotTakenError } from '../domain';

/** The time a booking blocks: `[start, blockedUntil)`, buffer included. */
export interface BlockedTime {
  start: Date;
  blockedUntil: Date;
}

interface Waiter {
  time: BlockedTime;
  /** Set when a booking this process committed while the waiter queued overlaps its time. */
  taken: boolean;
}

interface Lane {
  tail: Promise<void>;
  waiters: Set<Waiter>;
}

const overlaps = (a: BlockedTime, b: BlockedTime) => a.start < b.blockedUntil && b.start < a.blockedUntil;

/**
 * One booking transaction per piece of equipment at a time in this process.
 *
 * When many requests for the same equipment arrive together (a popular slot released),
 * they would otherwise all open transactions and queue inside PostgreSQL on the listing's
 * advisory lock, each holding a connection while the winner commits. Here they queue in
 * memory instead, and once a booking commits, every request that was already waiting for
 * an overlapping time is refused at once, without a transaction: it was in flight while
 * that time was taken, so `SLOT_TAKEN` is a true answer. Requests for other times go on
 * in turn. Other processes are not coordinated here: the advisory lock and the
 * exclusion constraint still decide between them.
 */
@Injectable()
export class BookingLanes {
  private readonly lanes = new Map<string, Lane>();

  async run<T>(listingId: string, time: BlockedTime, open: () => Promise<T>): Promise<T> {
    let lane = this.lanes.get(listingId);
    if (!lane) {
      lane = { tail: Promise.resolve(), waiters: new Set() };
      this.lanes.set(listingId, lane);
    }
    const waiter: Waiter = { time, taken: false };
    lane.waiters.add(waiter);
    const turn = lane.tail;
    let done!: () => void;
    lane.tail = new Promise<void>((resolve) => (done = resolve));
    try {
      await turn;
      lane.waiters.delete(waiter);
      if (waiter.taken) throw new SlotTakenError();
      const result = await open();
      for (const other of lane.waiters) {
        if (overlaps(other.time, time)) other.taken = true;
      }
      return result;
    } finally {
      lane.waiters.delete(waiter);
      done();
      if (lane.waiters.size === 0 && this.lanes.get(listingId) === lane) this.lanes.delete(listingId);
    }
  }
}
