import { Button, DatePicker, Form, Input, InputNumber, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { type ReservationInput, useOpenDeal } from '../deals/queries';
import { currentLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import type { Listing } from './types';

interface Values {
  quantity: number;
  window: [Dayjs, Dayjs];
  note?: string;
}

/**
 * The reservation request for a window of dates. Its own chunk (the date picker and the
 * form are most of the panel's weight), loaded for signed-in users only.
 */
export default function CapacityReservationForm({
  listing,
  prefill,
  noticeDays,
  earliest,
  quantityLabel,
}: {
  listing: Listing;
  prefill?: Partial<ReservationInput>;
  /** The listing's booking notice in days, and the first day it lets a reservation start (`YYYY-MM-DD`, China). */
  noticeDays: number;
  earliest: string;
  quantityLabel: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const reserve = useOpenDeal('/api/v1/reservations');

  const submit = async (values: Values) => {
    try {
      const deal = await reserve.mutateAsync({
        listingId: listing.id,
        quantity: values.quantity,
        from: values.window[0].format('YYYY-MM-DD'),
        to: values.window[1].format('YYYY-MM-DD'),
        note: values.note || undefined,
      });
      message.success(t('reservation.sent'));
      void navigate(`/deals/${deal.id}`);
    } catch (error) {
      showProblem(error, (text) => void message.error(text), form, t('common.requestFailed'), {
        from: 'window',
        to: 'window',
      });
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      style={{ marginTop: 16 }}
      requiredMark={false}
      initialValues={{
        quantity: prefill?.quantity,
        window: prefill?.from && prefill.to ? [dayjs(prefill.from), dayjs(prefill.to)] : undefined,
      }}
      onValuesChange={() => reserve.newAttempt()}
      onFinish={(v) => void submit(v)}
    >
      <Form.Item name="quantity" label={quantityLabel} rules={[{ required: true, message: t('form.required') }]}>
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="window"
        label={t('reservation.window')}
        rules={[{ required: true, message: t('form.required') }]}
        extra={
          noticeDays > 0
            ? t('reservation.notice', { count: noticeDays, date: formatDate(earliest, language) })
            : undefined
        }
      >
        {/* The picker's days are calendar dates: compared as such with China's earliest day. */}
        <DatePicker.RangePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < earliest} />
      </Form.Item>
      <Form.Item name="note" label={t('booking.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={reserve.isPending}>
        {t('reservation.submit')}
      </Button>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        {t('reservation.hint')}
      </Typography.Paragraph>
    </Form>
  );
}
