import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Skeleton, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../account/session';
import { ErrorResult } from '../components/QueryState';
import { useOpenDeal } from '../deals/queries';
import { currentLanguage } from '../i18n';
import { SignInToAct } from './SignInToAct';
import { useAvailability } from './queries';
import type { Listing, ServiceMode, TimeRange } from './types';
import type { Slot } from './BookingForm';
import { TONE } from '../components/tones';
import { Panel } from '../components/Panel';
import { Paragraph, Text } from '../components/Text';

// The request form is for signed-in people only: visitors see the week and a sign-in prompt,
// without the form library in their first load.
const BookingForm = lazy(() => import('./BookingForm'));

/** Start times on the listing's grid inside each free range, long enough for the minimum. */
export function startTimes(free: TimeRange[], slotMinutes: number, minMinutes: number, zone: string): Dayjs[] {
  const starts: Dayjs[] = [];
  for (const range of free) {
    const end = dayjs(range.end).tz(zone);
    let t = dayjs(range.start).tz(zone);
    const offset = (t.hour() * 60 + t.minute()) % slotMinutes;
    if (offset) t = t.add(slotMinutes - offset, 'minute');
    while (!t.add(minMinutes, 'minute').isAfter(end)) {
      starts.push(t);
      t = t.add(slotMinutes, 'minute');
    }
  }
  return starts;
}

/** Equipment: a week of free and busy time in the listing's zone, a slot picker, and the booking request. */
export function EquipmentBooking({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { status } = useSession();
  const details = listing.details as {
    serviceModes?: ServiceMode[];
    booking?: { timeZone?: string };
    hourlyRateFen?: number;
  };
  const zone = details.booking?.timeZone ?? 'Asia/Shanghai';
  const [weekStart, setWeekStart] = useState(() => dayjs().tz(zone).startOf('day'));
  const from = weekStart.format();
  const to = weekStart.add(7, 'day').format();
  const availability = useAvailability(listing.id, from, to, true);
  const [slot, setSlot] = useState<Slot>();
  const [duration, setDuration] = useState<number>();
  const book = useOpenDeal('/api/v1/bookings');
  const modes = (details.serviceModes ?? []).filter((m) => m !== 'sample_testing');

  const days = Array.from({ length: 7 }, (_, i) => weekStart.add(i, 'day'));
  const a = availability.data;
  const byDay = useMemo(() => {
    const map = new Map<string, { free: TimeRange[]; busy: TimeRange[] }>();
    for (let i = 0; i < 7; i++) map.set(weekStart.add(i, 'day').format('YYYY-MM-DD'), { free: [], busy: [] });
    for (const r of a?.free ?? []) map.get(dayjs(r.start).tz(zone).format('YYYY-MM-DD'))?.free.push(r);
    for (const r of a?.busy ?? []) map.get(dayjs(r.start).tz(zone).format('YYYY-MM-DD'))?.busy.push(r);
    return map;
  }, [a, zone, weekStart]);

  const durations = useMemo(() => {
    if (!a || !slot) return [];
    const range = a.free.find((r) => !slot.start.isBefore(dayjs(r.start)) && slot.start.isBefore(dayjs(r.end)));
    if (!range) return [];
    const room = dayjs(range.end).diff(slot.start, 'minute');
    const max = Math.min(room, a.maxMinutes ?? room);
    const out: number[] = [];
    for (let m = a.minMinutes; m <= max; m += a.slotMinutes) out.push(m);
    return out;
  }, [a, slot]);

  const minutes = duration ?? durations[0];
  const rate = details.hourlyRateFen ?? listing.priceFen ?? undefined;

  return (
    <Panel title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('booking.title')}</h2>}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Button
          icon={<LeftOutlined />}
          aria-label={t('booking.previousWeek')}
          disabled={!weekStart.isAfter(dayjs().tz(zone))}
          onClick={() => setWeekStart(weekStart.subtract(7, 'day'))}
        />
        <Text strong>
          {weekStart.format(language === 'en' ? 'D MMM' : 'M月D日')} –{' '}
          {weekStart.add(6, 'day').format(language === 'en' ? 'D MMM YYYY' : 'M月D日')}
        </Text>
        <Button
          icon={<RightOutlined />}
          aria-label={t('booking.nextWeek')}
          onClick={() => setWeekStart(weekStart.add(7, 'day'))}
        />
      </Flex>
      <Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('booking.zoneNote', { zone })}
      </Paragraph>
      {availability.isPending ? (
        <Skeleton active />
      ) : availability.isError ? (
        <ErrorResult error={availability.error} onRetry={() => void availability.refetch()} />
      ) : (
        <div className="week-grid" role="group" aria-label={t('booking.week')}>
          {days.map((d) => {
            const key = d.format('YYYY-MM-DD');
            const cell = byDay.get(key) ?? { free: [], busy: [] };
            const starts = startTimes(cell.free, a!.slotMinutes, a!.minMinutes, zone);
            return (
              <div key={key} style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: 6, minWidth: 0 }}>
                <Text strong style={{ display: 'block', fontSize: 13 }}>
                  {d.format(language === 'en' ? 'ddd D' : 'M/D ddd')}
                </Text>
                {cell.free.length === 0 && cell.busy.length === 0 && (
                  <Text type="secondary" style={{ fontSize: 12 }}>
                    {t('booking.closed')}
                  </Text>
                )}
                {cell.free.map((r) => (
                  <Tag
                    key={r.start}
                    color={TONE.green}
                    style={{ display: 'block', margin: '4px 0', whiteSpace: 'normal' }}
                  >
                    {t('booking.free')} {dayjs(r.start).tz(zone).format('HH:mm')}–
                    {dayjs(r.end).tz(zone).format('HH:mm')}
                  </Tag>
                ))}
                {cell.busy.map((r) => (
                  <Tag key={r.start} style={{ display: 'block', margin: '4px 0', whiteSpace: 'normal' }}>
                    {t('booking.busy')} {dayjs(r.start).tz(zone).format('HH:mm')}–
                    {dayjs(r.end).tz(zone).format('HH:mm')}
                  </Tag>
                ))}
                {starts.length > 0 && (
                  <Select
                    size="small"
                    style={{ width: '100%', marginTop: 4 }}
                    aria-label={t('booking.startOn', { day: d.format(language === 'en' ? 'D MMM' : 'M月D日') })}
                    placeholder={t('booking.pickStart')}
                    value={slot && slot.start.format('YYYY-MM-DD') === key ? slot.start.format() : undefined}
                    options={starts.map((s) => ({ value: s.format(), label: s.format('HH:mm') }))}
                    onChange={(value: string) => {
                      const start = dayjs(value).tz(zone);
                      setSlot({ start, end: start.add(a!.minMinutes, 'minute') });
                      setDuration(undefined);
                      book.newAttempt();
                    }}
                  />
                )}
              </div>
            );
          })}
        </div>
      )}
      {status !== 'signedIn' ? (
        <SignInToAct text={t('booking.signIn')} />
      ) : (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
          <BookingForm
            listing={listing}
            modes={modes}
            slot={slot}
            minutes={minutes}
            durations={durations}
            rate={rate}
            book={book}
            onDuration={(m) => {
              setDuration(m);
              book.newAttempt();
            }}
          />
        </Suspense>
      )}
    </Panel>
  );
}
