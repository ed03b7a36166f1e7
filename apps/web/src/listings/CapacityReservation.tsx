import { Button, Card, DatePicker, Form, Input, InputNumber, Progress, Skeleton, Table, Typography } from 'antd';
import { useMessage } from '../components/feedback';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../account/session';
import { showProblem } from '../components/formProblem';
import { ErrorResult } from '../components/QueryState';
import { type ReservationInput, useOpenDeal } from '../deals/queries';
import { currentLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import { SignInToAct } from './SignInToAct';
import { useCapacity } from './queries';
import type { Listing } from './types';

interface Values {
  quantity: number;
  window: [Dayjs, Dayjs];
  note?: string;
}

/** Capacity: what remains in each period, and a reservation request for a window. */
export function CapacityReservation({ listing, prefill }: { listing: Listing; prefill?: Partial<ReservationInput> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const navigate = useNavigate();
  const { status } = useSession();
  const [form] = Form.useForm<Values>();
  const capacity = useCapacity(listing.id, true);
  const reserve = useOpenDeal<ReservationInput>('/api/v1/reservations');
  const unitKey = (['machine_hour', 'piece', 'tonne'] as const).find((u) => u === capacity.data?.unit);
  const unit = unitKey ? t(`capacityUnit.${unitKey}`) : (capacity.data?.unit ?? '');

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
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('reservation.title')}</h2>}>
      {capacity.isPending ? (
        <Skeleton active />
      ) : capacity.isError ? (
        <ErrorResult error={capacity.error} onRetry={() => void capacity.refetch()} />
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="start"
          dataSource={capacity.data.periods}
          scroll={{ x: true }}
          columns={[
            {
              title: t('reservation.period'),
              key: 'period',
              render: (_, p) => `${formatDate(p.start, language)} – ${formatDate(p.end, language)}`,
            },
            {
              title: t('reservation.remaining'),
              key: 'remaining',
              render: (_, p) => (
                <div style={{ minWidth: 120 }}>
                  {p.remaining} / {p.offered} {unit}
                  <Progress
                    percent={p.offered ? Math.round((p.remaining / p.offered) * 100) : 0}
                    showInfo={false}
                    size="small"
                    aria-label={t('reservation.remainingOf', { remaining: p.remaining, offered: p.offered })}
                  />
                </div>
              ),
            },
          ]}
        />
      )}
      {status !== 'signedIn' ? (
        <SignInToAct text={t('reservation.signIn')} />
      ) : (
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
          <Form.Item
            name="quantity"
            label={t('reservation.quantity', { unit, per: t(`reservation.per.${capacity.data?.per ?? 'month'}`) })}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="window"
            label={t('reservation.window')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
            />
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
      )}
    </Card>
  );
}
