import { SlotTakenError } from '../domain';
import { BookingLanes } from './booking-lanes';

const at = (hour: number) => new Date(Date.UTC(2026, 11, 7, hour));
const time = (from: number, to: number) => ({ start: at(from), blockedUntil: at(to) });

describe('BookingLanes', () => {
  it('refuses waiters for overlapping time once a booking commits, without opening theirs', async () => {
    const lanes = new BookingLanes();
    const opened: string[] = [];
    const open = (name: string) => async () => {
      opened.push(name);
      await new Promise((resolve) => setImmediate(resolve));
      return name;
    };
    const results = await Promise.allSettled([
      lanes.run('eq', time(9, 11), open('first')),
      lanes.run('eq', time(10, 12), open('overlapping')),
      lanes.run('eq', time(11, 12), open('adjacent')),
      lanes.run('other', time(9, 11), open('other equipment')),
    ]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).constructor.name))).toEqual([
      'first',
      'SlotTakenError',
      'adjacent',
      'other equipment',
    ]);
    expect(opened.sort()).toEqual(['adjacent', 'first', 'other equipment']);
  });

  it('lets waiters try when the booking before them failed', async () => {
    const lanes = new BookingLanes();
    const first = lanes.run('eq', time(9, 11), async () => {
      throw new SlotTakenError();
    });
    const second = lanes.run('eq', time(9, 11), async () => 'second');
    await expect(first).rejects.toBeInstanceOf(SlotTakenError);
    await expect(second).resolves.toBe('second');
  });

  it('runs one booking of an equipment at a time', async () => {
    const lanes = new BookingLanes();
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        lanes.run('eq', time(i, i + 1), async () => {
          most = Math.max(most, ++running);
          await new Promise((resolve) => setImmediate(resolve));
          running--;
        }),
      ),
    );
    expect(most).toBe(1);
  });
});
