import { Alert, Button, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { Paragraph } from '../components/Text';
import type { useOpenDeal } from '../deals/queries';
import { currentLanguage } from '../i18n';
import { formatMoney } from '../i18n/format';
import type { Listing, ServiceMode } from './types';

export interface Slot {
  start: Dayjs;
  end: Dayjs;
}

/** The booking request under the week (signed-in people): the slot chosen, its length, service mode and a note. */
export default function BookingForm({
  listing,
  modes,
  slot,
  minutes,
  durations,
  rate,
  book,
  onDuration,
}: {
  listing: Listing;
  modes: ServiceMode[];
  slot: Slot | undefined;
  minutes: number | undefined;
  durations: number[];
  rate: number | undefined;
  book: ReturnType<typeof useOpenDeal<'/api/v1/bookings'>>;
  onDuration: (minutes: number) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const navigate = useNavigate();
  const [form] = Form.useForm();

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
            rate && minutes ? t('booking.estimate', { fee: formatMoney(Math.round((rate * minutes) / 60)) }) : undefined
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
          onChange={(m: number) => onDuration(m)}
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
  );
}
