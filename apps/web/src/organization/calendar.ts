import dayjs, { type Dayjs } from 'dayjs';

/** A booking as the calendar needs it: the deal, its state and its slot. */
export interface CalendarBooking {
  dealId: string;
  state: string;
  start: string;
  end: string;
}

export type SlotStatus = 'booked' | 'held';

/** A booking's part within one day, placed on that day's visible hours. */
export interface PlacedSlot {
  dealId: string;
  state: string;
  status: SlotStatus;
  /** This day's part of the booking (a booking past midnight shows on both days). */
  start: Dayjs;
  end: Dayjs;
  /** Where it sits in the day's column, as percentages of the visible hours. */
  top: number;
  height: number;
  /** Side by side when parts overlap (they should not, but a held and a booked one could). */
  lane: number;
  lanes: number;
}

// Requests still waiting hold their slot; these have it for good; the rest gave it back.
const HELD = new Set(['requested', 'countered']);
const GONE = new Set(['declined', 'expired', 'cancelled']);

/** Whether a booking in this state shows as held, as booked, or not at all. */
export function slotStatus(state: string): SlotStatus | undefined {
  if (GONE.has(state)) return undefined;
  return HELD.has(state) ? 'held' : 'booked';
}

/** The Monday (local midnight in `zone`) of the week holding `day` (YYYY-MM-DD, or now). */
export function weekOf(day: string | undefined, zone: string): string {
  const base = day && /^\d{4}-\d{2}-\d{2}$/.test(day) && dayjs(day).isValid() ? dayjs(day) : dayjs().tz(zone);
  const date = dayjs(base.format('YYYY-MM-DD'));
  return date.subtract((date.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

/** The seven days of the week starting `monday`, each as local midnight in `zone`. */
export function weekDays(monday: string, zone: string): Dayjs[] {
  const first = dayjs(monday);
  return Array.from({ length: 7 }, (_, i) => dayjs.tz(first.add(i, 'day').format('YYYY-MM-DD'), zone));
}

/**
 * The hours the week's columns show: 08:00–20:00, widened to whole hours so that every
 * booking of the week fits (a night shift shows the night).
 */
export function visibleHours(bookings: CalendarBooking[], days: Dayjs[], zone: string): { from: number; to: number } {
  let from = 8;
  let to = 20;
  for (const day of days) {
    const dayEnd = day.add(1, 'day');
    for (const b of bookings) {
      if (!slotStatus(b.state)) continue;
      const start = dayjs(b.start).tz(zone);
      const end = dayjs(b.end).tz(zone);
      if (!end.isAfter(day) || !start.isBefore(dayEnd)) continue;
      const s = start.isBefore(day) ? 0 : start.diff(day, 'minute') / 60;
      const e = end.isAfter(dayEnd) ? 24 : end.diff(day, 'minute') / 60;
      from = Math.min(from, Math.floor(s));
      to = Math.max(to, Math.ceil(e));
    }
  }
  return { from, to };
}

/**
 * Places each booking that holds time on the days of the week it touches, in the listing's
 * zone: its part of each day, where it sits within `hours`, and lanes for overlaps.
 * Keys are the days as YYYY-MM-DD.
 */
export function layoutWeek(
  bookings: CalendarBooking[],
  days: Dayjs[],
  zone: string,
  hours: { from: number; to: number },
): Map<string, PlacedSlot[]> {
  const span = (hours.to - hours.from) * 60;
  const out = new Map<string, PlacedSlot[]>();
  for (const day of days) {
    const dayEnd = day.add(1, 'day');
    const viewStart = day.add(hours.from, 'hour');
    const parts: PlacedSlot[] = [];
    for (const b of bookings) {
      const status = slotStatus(b.state);
      if (!status) continue;
      const start = dayjs(b.start).tz(zone);
      const end = dayjs(b.end).tz(zone);
      if (!end.isAfter(day) || !start.isBefore(dayEnd)) continue;
      const partStart = start.isBefore(day) ? day : start;
      const partEnd = end.isAfter(dayEnd) ? dayEnd : end;
      const top = Math.max(0, partStart.diff(viewStart, 'minute'));
      const bottom = Math.min(span, partEnd.diff(viewStart, 'minute'));
      parts.push({
        dealId: b.dealId,
        state: b.state,
        status,
        start: partStart,
        end: partEnd,
        top: (top / span) * 100,
        height: (Math.max(0, bottom - top) / span) * 100,
        lane: 0,
        lanes: 1,
      });
    }
    parts.sort((a, b) => a.start.valueOf() - b.start.valueOf() || b.end.valueOf() - a.end.valueOf());
    assignLanes(parts);
    out.set(day.format('YYYY-MM-DD'), parts);
  }
  return out;
}

/** Greedy lanes: each part takes the first lane free at its start; a cluster of overlaps shares its lane count. */
function assignLanes(parts: PlacedSlot[]): void {
  let cluster: PlacedSlot[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -Infinity;
  const close = () => {
    for (const p of cluster) p.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const part of parts) {
    if (part.start.valueOf() >= clusterEnd) {
      close();
      clusterEnd = -Infinity;
    }
    let lane = laneEnds.findIndex((end) => end <= part.start.valueOf());
    if (lane === -1) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = part.end.valueOf();
    part.lane = lane;
    cluster.push(part);
    clusterEnd = Math.max(clusterEnd, part.end.valueOf());
  }
  close();
}
