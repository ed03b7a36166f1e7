import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Select, Skeleton, Tag } from 'antd';
import { useMessage } from '../components/feedback';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../account/session';
import { showProblem } from '../components/formProblem';
import { ErrorResult } from '../components/QueryState';
import { useOpenDeal } from '../deals/queries';
import { currentLanguage } from '../i18n';
import { formatMoney } from '../i18n/format';
import { SignInToAct } from './SignInToAct';
import { useAvailability } from './queries';
import type { Listing, ServiceMode, TimeRange } from './types';
import { TONE } from '../components/tones';
import { Panel } from '../components/Panel';
import { Paragraph, Text } from '../components/Text';

interface Slot {
  start: Dayjs;
  end: Dayjs;
}

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
  const message = useMessage();
  const navigate = useNavigate();
  const { status } = useSession();
  const [form] = Form.useForm();
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

  const submit = async (values: { serviceMode: ServiceMode; note?: string }) => {
    if (!slot || !minutes) return;
    try {
      const deal = await book.mutateAsync({
        listingId: listing.id,
        serviceMode: values.serviceMode,
        start: slot.start.format(),
        end: slot.start.add(minutes, 'minute').format(),
        note: values.note || undefined,
      });
      message.success(t('booking.sent'));
      void navigate(`/deals/${deal.id}`);
    } catch (error) {
      showProblem(error, (text) => void message.error(text), form, t('common.requestFailed'));
    }
  };

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
        <Form
          form={form}
          layout="vertical"
          onFinish={(v: { serviceMode: ServiceMode; note?: string }) => void submit(v)}
          initialValues={{ serviceMode: modes[0] }}
          style={{ marginTop: 16 }}
          requiredMark={false}
        >
          {slot ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('booking.selected', {
                day: slot.start.format(language === 'en' ? 'D MMM YYYY' : 'YYYY年M月D日'),
                start: slot.start.format('HH:mm'),
                end: slot.start.add(minutes ?? 0, 'minute').format('HH:mm'),
              })}
              description={
                rate && minutes
                  ? t('booking.estimate', { fee: formatMoney(Math.round((rate * minutes) / 60)) })
                  : undefined
              }
            />
          ) : (
            <Paragraph type="secondary">{t('booking.pickHint')}</Paragraph>
          )}
          <Form.Item label={t('booking.duration')} htmlFor="booking-duration">
            <Select
              id="booking-duration"
              disabled={!slot}
              value={minutes}
              onChange={(m: number) => {
                setDuration(m);
                book.newAttempt();
              }}
              options={durations.map((m) => ({
                value: m,
                label: t('booking.minutes', { hours: (m / 60).toString() }),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="serviceMode"
            label={t('booking.serviceMode')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={modes.map((m) => ({ value: m, label: t(`serviceMode.${m}`) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('booking.note')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block disabled={!slot} loading={book.isPending}>
            {t('booking.submit')}
          </Button>
        </Form>
      )}
    </Panel>
  );
}
