import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { CalendarFeedCard } from './CalendarFeedCard';
import { ErrorResult, QueryState } from '../components/QueryState';
import { TONE } from '../components/tones';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { CHINA_TIME_ZONE } from '../i18n/format';
import { type CalendarBooking, layoutWeek, type PlacedSlot, visibleHours, weekDays, weekOf } from './calendar';
import { NoOrganization, OrganizationNav } from './OrganizationNav';
import { type ProviderListing, useListingBookings, useMyOrganization, useOrganizationListings } from './queries';

const HOUR_PX = 28;
const SLOT_STYLE = {
  booked: { background: TONE.blue, color: '#fff', border: `1px solid ${TONE.blue}` },
  held: { background: '#fff7e6', color: '#873800', border: `1px dashed ${TONE.orange}` },
} as const;

function zoneOf(listing: ProviderListing): string {
  return (listing.details as { booking?: { timeZone?: string } }).booking?.timeZone ?? CHINA_TIME_ZONE;
}

function Legend() {
  const { t } = useTranslation();
  return (
    <Space wrap size={16} style={{ marginBottom: 8 }}>
      {(['booked', 'held'] as const).map((s) => (
        <Space key={s} size={6}>
          <span
            aria-hidden
            style={{ display: 'inline-block', width: 14, height: 14, borderRadius: 3, ...SLOT_STYLE[s] }}
          />
          <span>{s === 'booked' ? t('org.calendar.legendBooked') : t('org.calendar.legendHeld')}</span>
        </Space>
      ))}
    </Space>
  );
}

function Slot({ slot, zone }: { slot: PlacedSlot; zone: string }) {
  const { t } = useTranslation();
  const start = slot.start.tz(zone).format('HH:mm');
  const end = slot.end.tz(zone).format('HH:mm');
  // A part ending at midnight runs to the end of its day.
  const endText = end === '00:00' ? '24:00' : end;
  const status = slot.status === 'booked' ? t('org.calendar.legendBooked') : t('org.calendar.legendHeld');
  const state = t(`dealState.${slot.state as 'requested'}`);
  const width = 100 / slot.lanes;
  return (
    <li
      style={{
        position: 'absolute',
        top: `${slot.top}%`,
        height: `${slot.height}%`,
        minHeight: 22,
        left: `${slot.lane * width}%`,
        width: `calc(${width}% - 2px)`,
        listStyle: 'none',
      }}
    >
      <Link
        to={`/deals/${slot.dealId}`}
        style={{
          display: 'block',
          height: '100%',
          boxSizing: 'border-box',
          borderRadius: 4,
          padding: '1px 4px',
          fontSize: 11,
          lineHeight: 1.4,
          overflow: 'hidden',
          textDecoration: 'none',
          ...SLOT_STYLE[slot.status],
        }}
      >
        {/* Read out as one sentence with the status the colour shows; seen as two short lines. */}
        <span aria-hidden>
          {start}–{endText}
          <br />
          {state}
        </span>
        <span className="sr-only">{t('org.calendar.slot', { start, end: endText, status, state })}</span>
      </Link>
    </li>
  );
}

function Week({ listing, week }: { listing: ProviderListing; week: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const zone = zoneOf(listing);
  const bookings = useListingBookings(listing.id);
  const days = useMemo(() => weekDays(week, zone), [week, zone]);
  const calendar = useMemo(() => {
    // The list answers each booking's slot in its terms (the single deal adds `booking`).
    const items: CalendarBooking[] = (bookings.data ?? []).flatMap((d) => {
      const start = d.booking?.start ?? d.terms.start;
      const end = d.booking?.end ?? d.terms.end;
      return typeof start === 'string' && typeof end === 'string' ? [{ dealId: d.id, state: d.state, start, end }] : [];
    });
    const hours = visibleHours(items, days, zone);
    return { hours, byDay: layoutWeek(items, days, zone, hours) };
  }, [bookings.data, days, zone]);

  if (bookings.isPending) return <QueryState query={bookings}>{() => null}</QueryState>;
  if (bookings.isError) return <ErrorResult error={bookings.error} onRetry={() => void bookings.refetch()} />;
  const { hours, byDay } = calendar;
  const height = (hours.to - hours.from) * HOUR_PX;
  const count = [...byDay.values()].reduce((n, slots) => n + slots.length, 0);
  return (
    <>
      <Typography.Paragraph type="secondary" role="status" style={{ marginBottom: 8 }}>
        {t('org.calendar.count', { count })}
      </Typography.Paragraph>
      <div className="week-grid" role="group" aria-label={t('org.calendar.week')}>
        {days.map((day) => {
          const key = day.format('YYYY-MM-DD');
          const slots = byDay.get(key) ?? [];
          return (
            <section
              key={key}
              aria-labelledby={`day-${key}`}
              style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: 6, minWidth: 0 }}
            >
              <h3 id={`day-${key}`} style={{ fontSize: 13, margin: '0 0 4px' }}>
                {day.locale(language === 'en' ? 'en' : 'zh-cn').format(language === 'en' ? 'ddd D MMM' : 'M/D ddd')}
              </h3>
              {slots.length === 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('org.calendar.noBookings')}
                </Typography.Text>
              )}
              <div
                style={{
                  position: 'relative',
                  height: slots.length === 0 ? Math.min(height, 4 * HOUR_PX) : height,
                  background: `repeating-linear-gradient(to bottom, #fafafa 0, #fafafa ${HOUR_PX - 1}px, #f0f0f0 ${HOUR_PX - 1}px, #f0f0f0 ${HOUR_PX}px)`,
                }}
              >
                <span
                  aria-hidden
                  style={{ position: 'absolute', top: 0, right: 2, fontSize: 10, color: 'rgba(0,0,0,0.62)' }}
                >
                  {String(hours.from).padStart(2, '0')}:00
                </span>
                {slots.length > 0 && (
                  <ul style={{ margin: 0, padding: 0, position: 'absolute', inset: 0 }}>
                    {slots.map((slot) => (
                      <Slot key={`${slot.dealId}-${key}`} slot={slot} zone={zone} />
                    ))}
                  </ul>
                )}
              </div>
            </section>
          );
        })}
      </div>
    </>
  );
}

export default function BookingCalendarPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('org.calendar.title'));
  const language = currentLanguage();
  const { organizationId } = useMyOrganization();
  const listings = useOrganizationListings(organizationId);
  const [url, setUrl] = useSearchParams();
  const equipment = useMemo(
    () => (listings.data ?? []).filter((l) => l.kind === 'equipment' && l.status !== 'archived'),
    [listings.data],
  );
  const listing = equipment.find((l) => l.id === url.get('listing')) ?? equipment[0];
  const zone = listing ? zoneOf(listing) : CHINA_TIME_ZONE;
  const week = weekOf(url.get('week') ?? undefined, zone);
  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(url);
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setUrl(next);
  };
  const monday = dayjs(week);
  const shown = (d: dayjs.Dayjs, withYear: boolean) =>
    d
      .locale(language === 'en' ? 'en' : 'zh-cn')
      .format(language === 'en' ? (withYear ? 'D MMM YYYY' : 'D MMM') : withYear ? 'YYYY年M月D日' : 'M月D日');

  return (
    <>
      <PageHeader title={t('org.calendar.title')} subTitle={t('org.calendar.subtitle')} />
      <OrganizationNav />
      {!organizationId ? (
        <NoOrganization />
      ) : (
        <QueryState
          query={listings}
          isEmpty={() => equipment.length === 0}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.calendar.noEquipment')} />}
        >
          {() =>
            listing && (
              <Card>
                <Flex gap={12} wrap align="end" style={{ marginBottom: 12 }}>
                  <div style={{ flex: '1 1 260px', minWidth: 0 }}>
                    <label htmlFor="calendar-listing" style={{ display: 'block', marginBottom: 4 }}>
                      {t('org.calendar.listing')}
                    </label>
                    <Select
                      id="calendar-listing"
                      style={{ width: '100%' }}
                      value={listing.id}
                      placeholder={t('org.calendar.pickListing')}
                      onChange={(id: string) => set({ listing: id })}
                      options={equipment.map((l) => ({ value: l.id, label: l.title }))}
                    />
                  </div>
                </Flex>
                <h2 style={{ fontSize: 16, margin: '0 0 8px' }}>
                  <Link to={`/listings/${listing.id}`}>{listing.title}</Link>
                </h2>
                <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
                  <Button
                    icon={<LeftOutlined />}
                    aria-label={t('org.calendar.previousWeek')}
                    onClick={() => set({ week: monday.subtract(7, 'day').format('YYYY-MM-DD') })}
                  />
                  <Space wrap>
                    <Typography.Text strong>
                      {t('org.calendar.weekOf', { from: shown(monday, false), to: shown(monday.add(6, 'day'), true) })}
                    </Typography.Text>
                    <Button size="small" onClick={() => set({ week: undefined })}>
                      {t('org.calendar.thisWeek')}
                    </Button>
                  </Space>
                  <Button
                    icon={<RightOutlined />}
                    aria-label={t('org.calendar.nextWeek')}
                    onClick={() => set({ week: monday.add(7, 'day').format('YYYY-MM-DD') })}
                  />
                </Flex>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
                  {t('org.calendar.zoneNote', { zone })}
                </Typography.Paragraph>
                <Legend />
                <Week listing={listing} week={week} />
              </Card>
            )
          }
        </QueryState>
      )}
      {organizationId && (
        <div style={{ marginTop: 16 }}>
          <CalendarFeedCard owner={{ organizationId }} />
        </div>
      )}
    </>
  );
}
