import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, data } from '../api/client';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { QueryState } from '../components/QueryState';
import { currentLanguage } from '../i18n';
import { formatDate, formatDateTime, formatMoney } from '../i18n/format';
import { useQuotes } from './queries';
import { type PriceBreakInput, priceBreaksToFen, priceBreaksToYuan, quoteFieldAliases } from './quotes';
import type { Quote, Rfq } from './types';

interface Values {
  priceBreaks: PriceBreakInput[];
  leadTimeDays: number;
  validUntil: Dayjs;
  notes?: string;
}

/** A quote's price breaks as a line: ≥1,000: ¥11.50 · ≥10,000: ¥11.00. */
export function BreaksText({ quote }: { quote: Pick<Quote, 'priceBreaks'> }) {
  const { t } = useTranslation();
  return (
    <>
      {[...quote.priceBreaks]
        .sort((a, b) => a.minQuantity - b.minQuantity)
        .map((b) =>
          t('sourcing.quote.fromQuantity', {
            quantity: b.minQuantity.toLocaleString('en-US'),
            price: formatMoney(b.unitPriceFen),
          }),
        )
        .join(' · ')}
    </>
  );
}

function QuoteForm({ rfq, live }: { rfq: Rfq; live: Quote | undefined }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['rfqs', 'one', rfq.id, 'quotes'] });
  const onError = (error: unknown) =>
    showProblem(
      error,
      (text) => void message.error(text),
      form,
      t('common.requestFailed'),
      quoteFieldAliases((form.getFieldValue('priceBreaks') as PriceBreakInput[] | undefined)?.length ?? 0),
    );
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        priceBreaks: priceBreaksToFen(v.priceBreaks),
        leadTimeDays: v.leadTimeDays,
        validUntil: v.validUntil?.format('YYYY-MM-DD'),
        notes: v.notes?.trim() || null,
      };
      return live
        ? data(
            api.PUT('/api/v1/rfqs/{id}/quotes/{quoteId}', { params: { path: { id: rfq.id, quoteId: live.id } }, body }),
          )
        : data(api.POST('/api/v1/rfqs/{id}/quotes', { params: { path: { id: rfq.id } }, body }));
    },
    onSuccess: () => {
      refresh();
      message.success(t(live ? 'sourcing.quote.revised' : 'sourcing.quote.submitted'));
    },
    onError,
  });
  const withdraw = useMutation({
    mutationFn: (quote: Quote) =>
      api.DELETE('/api/v1/rfqs/{id}/quotes/{quoteId}', { params: { path: { id: rfq.id, quoteId: quote.id } } }),
    onSuccess: () => {
      refresh();
      form.resetFields();
      message.success(t('sourcing.quote.withdrawn'));
    },
    onError,
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      // The live quote's rows to revise, else one break from a single unit on.
      key={live?.id ?? 'new'}
      initialValues={
        live
          ? {
              priceBreaks: priceBreaksToYuan(live.priceBreaks),
              leadTimeDays: live.leadTimeDays,
              validUntil: dayjs(live.validUntil),
              notes: live.notes ?? undefined,
            }
          : { priceBreaks: [{ minQuantity: 1 }] }
      }
      onFinish={(v) => save.mutate(v)}
    >
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('sourcing.quote.breaks')}</legend>
        <Form.List name="priceBreaks">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space
                  key={field.key}
                  align="start"
                  wrap
                  role="group"
                  aria-label={t('sourcing.quote.breakLabel', { n: index + 1 })}
                >
                  <Form.Item
                    name={[field.name, 'minQuantity']}
                    label={t('sourcing.quote.minQuantity')}
                    rules={[{ required: true, message: t('form.required') }]}
                  >
                    <InputNumber min={1} precision={0} style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'unitPriceYuan']}
                    label={t('sourcing.quote.unitPrice')}
                    rules={[{ required: true, message: t('form.required') }]}
                  >
                    <InputNumber min={0} precision={2} prefix="¥" style={{ width: 160 }} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      style={{ marginTop: 30 }}
                      aria-label={t('sourcing.quote.removeBreak', { n: index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Space>
              ))}
              {fields.length < 20 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
                  {t('sourcing.quote.addBreak')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </fieldset>
      <Space wrap size={16} align="start">
        <Form.Item
          name="leadTimeDays"
          label={t('sourcing.quote.leadTime')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber min={0} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="validUntil"
          label={t('sourcing.quote.validUntil')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker style={{ width: 180 }} disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} />
        </Form.Item>
      </Space>
      <Form.Item name="notes" label={t('sourcing.quote.notes')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t(live ? 'sourcing.quote.revise' : 'sourcing.quote.submit')}
        </Button>
        {live && (
          <Popconfirm
            title={t('sourcing.quote.withdrawConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.back')}
            onConfirm={() => withdraw.mutate(live)}
          >
            <Button danger loading={withdraw.isPending}>
              {t('sourcing.quote.withdraw')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </Form>
  );
}

/** A quote as it stands: price breaks, lead time, validity, its status and history. */
function QuoteSummary({ quote }: { quote: Quote }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap>
        <Tag>{t(`sourcing.quote.status.${quote.status}`)}</Tag>
        <Typography.Text type="secondary">{t('sourcing.quote.revision', { n: quote.revision })}</Typography.Text>
        {quote.awardedQuantity !== null && (
          <Typography.Text>{t('sourcing.quote.awardedQuantity', { quantity: quote.awardedQuantity })}</Typography.Text>
        )}
        {quote.dealId && <Link to={`/deals/${quote.dealId}`}>{t('sourcing.quote.openOrder')}</Link>}
      </Space>
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'breaks', label: t('sourcing.quote.breaks'), children: <BreaksText quote={quote} /> },
          { key: 'lead', label: t('sourcing.quote.leadTime'), children: quote.leadTimeDays },
          { key: 'valid', label: t('sourcing.quote.validUntil'), children: formatDate(quote.validUntil, language) },
          ...(quote.notes ? [{ key: 'notes', label: t('sourcing.quote.notes'), children: quote.notes }] : []),
        ]}
      />
      {quote.history.length > 1 && (
        <details>
          <summary>{t('sourcing.quote.history')}</summary>
          <ol style={{ paddingInlineStart: 20, margin: '4px 0' }}>
            {quote.history.map((h) => (
              <li key={h.revision + h.action}>
                {t(`sourcing.quote.historyAction.${h.action}`)} · {formatDateTime(h.at)} · <BreaksText quote={h} /> ·{' '}
                {t('sourcing.compare.days', { count: h.leadTimeDays })}
              </li>
            ))}
          </ol>
        </details>
      )}
    </Space>
  );
}

/** The supplier's own quote on the RFQ: submit, revise, withdraw while open; its outcome after. */
export function SupplierQuote({ rfq }: { rfq: Rfq }) {
  const { t } = useTranslation();
  const quotes = useQuotes(rfq.id);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('sourcing.quote.title')}</h2>}>
      <QueryState query={quotes}>
        {(d) => {
          const live = d.items.find((q) => q.status === 'live');
          const latest =
            live ?? d.items.find((q) => q.status === 'awarded' || q.status === 'not_awarded') ?? d.items[0];
          if (rfq.status === 'open')
            return (
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {t('sourcing.quote.intro')}
                </Typography.Paragraph>
                {live && <QuoteSummary quote={live} />}
                <QuoteForm rfq={rfq} live={live} />
              </Space>
            );
          return (
            <Space orientation="vertical" size={12} style={{ width: '100%' }}>
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                {t('sourcing.quote.closed')}
              </Typography.Paragraph>
              {latest && <QuoteSummary quote={latest} />}
            </Space>
          );
        }}
      </QueryState>
    </Card>
  );
}
