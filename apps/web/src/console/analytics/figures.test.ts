import { describe, expect, it } from 'vitest';
import { byIndustrySection, dealsByMonth, equipmentByWeek } from './figures';
import type { ParkAnalytics } from './queries';

const industry = (section: string | null, division: string | null = null) => ({ section, division });

const analytics = {
  deals: [
    { month: '2026-01', kind: 'booking', state: 'confirmed', inside: true, count: 2, ...industry('C', 'C34') },
    { month: '2026-01', kind: 'licence', state: 'requested', inside: false, count: 1, ...industry('C', 'C35') },
    { month: '2026-03', kind: 'reservation', state: 'accepted', inside: false, count: 4, ...industry(null) },
    { month: '2025-12', kind: 'booking', state: 'confirmed', inside: true, count: 9, ...industry('C', 'C34') },
  ],
  listings: [{ month: '2026-01', kind: 'equipment', status: 'published', count: 3, ...industry('M', 'M74') }],
  equipment: {
    offered: [],
    weeks: [
      { week: '2026-01-12', bookings: 1, bookedHours: 4, offeredHours: 40, utilisation: 0.1, ...industry('C', 'C34') },
      { week: '2026-01-05', bookings: 0, bookedHours: 0, offeredHours: 0, utilisation: null, ...industry('C', 'C34') },
      { week: '2026-01-12', bookings: 2, bookedHours: 6, offeredHours: 10, utilisation: 0.6, ...industry('M', 'M74') },
    ],
  },
  enterprises: {
    byIndustry: [
      { smes: 2, large: 1, ...industry('C', 'C34') },
      { smes: 1, large: 0, ...industry('C', 'C35') },
    ],
  },
} as unknown as ParkAnalytics;

describe('the dashboard breakdowns', () => {
  it('counts deals by month of the period and kind, inside and outside the park', () => {
    expect(dealsByMonth(analytics, ['2026-01', '2026-02', '2026-03'])).toEqual([
      { month: '2026-01', booking: 2, sample_test: 0, reservation: 0, licence: 1, total: 3, inside: 2, outside: 1 },
      { month: '2026-02', booking: 0, sample_test: 0, reservation: 0, licence: 0, total: 0, inside: 0, outside: 0 },
      { month: '2026-03', booking: 0, sample_test: 0, reservation: 4, licence: 0, total: 4, inside: 0, outside: 4 },
    ]);
  });

  it('adds up the industries of a week and takes utilisation from the sums', () => {
    expect(equipmentByWeek(analytics)).toEqual([
      { week: '2026-01-05', bookings: 0, bookedHours: 0, offeredHours: 0, utilisation: null },
      { week: '2026-01-12', bookings: 3, bookedHours: 10, offeredHours: 50, utilisation: 0.2 },
    ]);
  });

  it('adds the divisions of a section up, the unstated industry apart', () => {
    expect(byIndustrySection(analytics)).toEqual([
      { section: 'C', deals: 12, smes: 3, large: 1, listings: 0 },
      { section: null, deals: 4, smes: 0, large: 0, listings: 0 },
      { section: 'M', deals: 0, smes: 0, large: 0, listings: 3 },
    ]);
  });
});
