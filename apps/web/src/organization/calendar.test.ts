import { describe, expect, it } from 'vitest';
import '../i18n';
import { layoutWeek, slotStatus, visibleHours, weekDays, weekOf } from './calendar';

const ZONE = 'Asia/Shanghai';
const booking = (dealId: string, start: string, end: string, state = 'confirmed') => ({ dealId, state, start, end });

describe('the bookings calendar', () => {
  it('starts weeks on Monday in the listing’s zone', () => {
    expect(weekOf('2026-12-09', ZONE)).toBe('2026-12-07'); // a Wednesday
    expect(weekOf('2026-12-13', ZONE)).toBe('2026-12-07'); // the Sunday after
    expect(weekOf('2026-12-14', ZONE)).toBe('2026-12-14');
    expect(weekOf('not a day', ZONE)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const days = weekDays('2026-12-07', ZONE);
    expect(days.map((d) => d.format())).toEqual([
      '2026-12-07T00:00:00+08:00',
      '2026-12-08T00:00:00+08:00',
      '2026-12-09T00:00:00+08:00',
      '2026-12-10T00:00:00+08:00',
      '2026-12-11T00:00:00+08:00',
      '2026-12-12T00:00:00+08:00',
      '2026-12-13T00:00:00+08:00',
    ]);
  });

  it('shows requests as held, accepted bookings as booked, and drops those that gave their time back', () => {
    expect(slotStatus('requested')).toBe('held');
    expect(slotStatus('countered')).toBe('held');
    expect(slotStatus('confirmed')).toBe('booked');
    expect(slotStatus('completed')).toBe('booked');
    for (const gone of ['declined', 'expired', 'cancelled']) expect(slotStatus(gone)).toBeUndefined();
  });

  it('places a slot in China time on its day, as a share of the visible hours', () => {
    const days = weekDays('2026-12-07', ZONE);
    // 01:00–03:00 UTC is 09:00–11:00 in Shanghai, on Tuesday.
    const week = layoutWeek([booking('a', '2026-12-08T01:00:00Z', '2026-12-08T03:00:00Z')], days, ZONE, {
      from: 8,
      to: 20,
    });
    expect(week.get('2026-12-07')).toEqual([]);
    const [slot] = week.get('2026-12-08')!;
    expect(slot.start.format('HH:mm')).toBe('09:00');
    expect(slot.end.format('HH:mm')).toBe('11:00');
    expect(slot.top).toBeCloseTo((60 / 720) * 100);
    expect(slot.height).toBeCloseTo((120 / 720) * 100);
    expect(slot.status).toBe('booked');
  });

  it('splits a booking across midnight and widens the hours to show it', () => {
    const days = weekDays('2026-12-07', ZONE);
    const night = [booking('n', '2026-12-08T22:00:00+08:00', '2026-12-09T02:00:00+08:00', 'requested')];
    const hours = visibleHours(night, days, ZONE);
    expect(hours).toEqual({ from: 0, to: 24 });
    const week = layoutWeek(night, days, ZONE, hours);
    const [late] = week.get('2026-12-08')!;
    const [early] = week.get('2026-12-09')!;
    expect([late.start.format('HH:mm'), late.end.format('HH:mm')]).toEqual(['22:00', '00:00']);
    expect([early.start.format('HH:mm'), early.end.format('HH:mm')]).toEqual(['00:00', '02:00']);
    expect(late.top + late.height).toBeCloseTo(100);
    expect(early.top).toBe(0);
    expect(late.status).toBe('held');
  });

  it('leaves out other weeks and cancelled bookings, and puts overlaps side by side', () => {
    const days = weekDays('2026-12-07', ZONE);
    const week = layoutWeek(
      [
        booking('x', '2026-12-10T09:00:00+08:00', '2026-12-10T12:00:00+08:00'),
        booking('y', '2026-12-10T11:00:00+08:00', '2026-12-10T13:00:00+08:00', 'requested'),
        booking('z', '2026-12-10T14:00:00+08:00', '2026-12-10T15:00:00+08:00'),
        booking('gone', '2026-12-10T09:00:00+08:00', '2026-12-10T10:00:00+08:00', 'cancelled'),
        booking('next', '2026-12-15T09:00:00+08:00', '2026-12-15T10:00:00+08:00'),
      ],
      days,
      ZONE,
      { from: 8, to: 20 },
    );
    const thursday = week.get('2026-12-10')!;
    expect(thursday.map((s) => [s.dealId, s.lane, s.lanes])).toEqual([
      ['x', 0, 2],
      ['y', 1, 2],
      ['z', 0, 1],
    ]);
    expect([...week.values()].flat().map((s) => s.dealId)).toEqual(['x', 'y', 'z']);
  });

  it('uses the listing’s own zone when it has one', () => {
    const days = weekDays('2026-12-07', 'Europe/Berlin');
    const week = layoutWeek([booking('b', '2026-12-07T08:00:00Z', '2026-12-07T09:00:00Z')], days, 'Europe/Berlin', {
      from: 8,
      to: 20,
    });
    expect(week.get('2026-12-07')![0].start.format('HH:mm')).toBe('09:00');
  });
});
