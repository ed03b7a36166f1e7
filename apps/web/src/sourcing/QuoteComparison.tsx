import { LockOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, data } from '../api/client';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { QueryState } from '../components/QueryState';
import { TONE } from '../components/tones';
import { currentLanguage } from '../i18n';
import { formatDate, formatDateTime, formatMoney } from '../i18n/format';
import { useRegionName } from '../search/regions';
import { useQuotes } from './queries';
import { type AwardRow, awardLines } from './quotes';
import { useUnitName } from './RfqList';
import { BreaksText } from './SupplierQuote';
import type { Quote, Quotes, Rfq } from './types';

interface AwardValues {
  awards: { quantity?: number | null }[];
  reason?: string;
}

/** The quotes side by side (cheapest at the requested quantity first, as the API orders them) and the award. */
function Comparison({ rfq, quotes }: { rfq: Rfq; quotes: Quotes }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const queryClient = useQueryClient();
  const unitName = useUnitName();
  const regionName = useRegionName();
  const [form] = Form.useForm<AwardValues>();
  const rows = Form.useWatch('awards', form) as AwardValues['awards'] | undefined;
  const awarding = rfq.actions.includes('award');
  const unit = unitName(rfq.unit);
  // The form holds each row's quantity only (its quote is the table's row of that index).
  const rowsOf = (values: { quantity?: number | null }[] | undefined): AwardRow[] =>
    quotes.items.map((q, i) => ({ quoteId: q.id, quantity: values?.[i]?.quantity }));
  const award = useMutation({
    mutationFn: (v: AwardValues) => {
      const { awards } = awardLines(rowsOf(v.awards));
      return data(
        api.POST('/api/v1/rfqs/{id}/award', {
          params: { path: { id: rfq.id } },
          body: { awards, reason: v.reason?.trim() || undefined },
        }),
      );
    },
    onSuccess: (result) => {
      queryClient.setQueryData(['rfqs', 'one', rfq.id], result.rfq);
      void queryClient.invalidateQueries({ queryKey: ['rfqs'] });
      void queryClient.invalidateQueries({ queryKey: ['deals'] });
      message.success(t('sourcing.award.done', { count: result.awards.length }));
    },
    onError: (error) =>
      showProblem(
        error,
        (text) => void message.error(text),
        form,
        t('common.requestFailed'),
        awardLines(rowsOf(form.getFieldValue('awards') as AwardValues['awards'] | undefined)).aliases,
      ),
  });
  const sum = awardLines(rowsOf(rows)).sum;
  const nameOf = (q: Quote) => q.supplier?.name ?? q.organizationId.slice(0, 8);

  const table = (
    <Table<Quote>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={quotes.items}
      columns={[
        {
          key: 'supplier',
          title: t('sourcing.compare.supplier'),
          render: (_, q) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{nameOf(q)}</Typography.Text>
              {q.supplier?.regionCode && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {regionName(q.supplier.regionCode, language)}
                </Typography.Text>
              )}
            </Space>
          ),
        },
        {
          key: 'price',
          title: t('sourcing.compare.priceAtQuantity', { quantity: rfq.quantity.toLocaleString('en-US'), unit }),
          render: (_, q) =>
            q.unitPriceAtQuantityFen !== undefined && q.unitPriceAtQuantityFen !== null
              ? formatMoney(q.unitPriceAtQuantityFen)
              : '—',
        },
        {
          key: 'total',
          title: t('sourcing.compare.total'),
          render: (_, q) => (q.totalFen !== undefined && q.totalFen !== null ? formatMoney(q.totalFen) : '—'),
        },
        { key: 'breaks', title: t('sourcing.compare.breaks'), render: (_, q) => <BreaksText quote={q} /> },
        {
          key: 'lead',
          title: t('sourcing.compare.leadTime'),
          render: (_, q) => t('sourcing.compare.days', { count: q.leadTimeDays }),
        },
        {
          key: 'valid',
          title: t('sourcing.compare.validUntil'),
          render: (_, q) => formatDate(q.validUntil, language),
        },
        {
          key: 'certs',
          title: t('sourcing.compare.certifications'),
          render: (_, q) => (
            <Space wrap size={[4, 4]}>
              {(q.supplier?.certifications ?? []).map((c) => (
                <Tag key={c}>{c}</Tag>
              ))}
              {(q.supplier?.missingCertifications.length ?? 0) > 0 && (
                <Tag color={TONE.red}>
                  {t('sourcing.compare.missing', { certs: q.supplier!.missingCertifications.join('、') })}
                </Tag>
              )}
            </Space>
          ),
        },
        {
          key: 'distance',
          title: t('sourcing.compare.distance'),
          render: (_, q) => t(`sourcing.compare.proximity.${q.supplier?.proximity ?? 'unknown'}`),
        },
        {
          key: 'tier',
          title: t('sourcing.compare.tier'),
          render: (_, q) => (q.supplier?.specialisedTier ? t(`badge.${q.supplier.specialisedTier}`) : '—'),
        },
        {
          key: 'rating',
          title: t('sourcing.compare.rating'),
          render: (_, q) =>
            q.supplier?.averageRating !== null && q.supplier?.averageRating !== undefined
              ? t('sourcing.compare.ratingOf', {
                  rating: q.supplier.averageRating.toFixed(1),
                  count: q.supplier.ratingCount,
                })
              : t('sourcing.compare.noRating'),
        },
        {
          key: 'status',
          title: t('sourcing.compare.status'),
          render: (_, q) => (
            <Space orientation="vertical" size={0}>
              <Tag>{t(`sourcing.quote.status.${q.status}`)}</Tag>
              {q.awardedQuantity !== null && (
                <span>{t('sourcing.quote.awardedQuantity', { quantity: q.awardedQuantity })}</span>
              )}
              {q.dealId && <Link to={`/deals/${q.dealId}`}>{t('sourcing.quote.openOrder')}</Link>}
            </Space>
          ),
        },
        ...(awarding
          ? [
              {
                key: 'award',
                title: t('sourcing.compare.awardQuantity'),
                render: (_: unknown, q: Quote, index: number) =>
                  q.status === 'live' ? (
                    <Form.Item name={[index, 'quantity']} style={{ margin: 0 }}>
                      <InputNumber
                        min={0}
                        max={rfq.quantity}
                        precision={0}
                        style={{ width: 130 }}
                        aria-label={t('sourcing.compare.awardQuantityFor', { name: nameOf(q) })}
                      />
                    </Form.Item>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );

  if (!awarding) return table;
  return (
    <Form<AwardValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ awards: quotes.items.map(() => ({})) }}
      onFinish={(v) => {
        if (awardLines(rowsOf(v.awards)).awards.length === 0) message.error(t('sourcing.award.nothing'));
        else award.mutate(v);
      }}
    >
      <Form.List name="awards">
        {(_fields, _ops, { errors }) => (
          <>
            {table}
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
      <section aria-label={t('sourcing.award.title')} style={{ marginTop: 16 }}>
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          {t('sourcing.award.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t('sourcing.award.intro', { quantity: rfq.quantity.toLocaleString('en-US'), unit })}
        </Typography.Paragraph>
        <Typography.Paragraph role="status">
          {t('sourcing.award.sum', {
            sum: sum.toLocaleString('en-US'),
            quantity: rfq.quantity.toLocaleString('en-US'),
          })}
        </Typography.Paragraph>
        <Form.Item name="reason" label={t('sourcing.award.reason')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={award.isPending}>
          {t('sourcing.award.submit')}
        </Button>
      </section>
    </Form>
  );
}

/** The buyer's view of the quotes: sealed until the deadline or closing, then compared and awarded. */
export function QuoteComparison({ rfq }: { rfq: Rfq }) {
  const { t } = useTranslation();
  const quotes = useQuotes(rfq.id, !rfq.sealed && rfq.status !== 'draft');
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('sourcing.compare.title')}</h2>}>
      {rfq.sealed || rfq.status === 'draft' ? (
        <div className="state-message" role="status">
          <LockOutlined aria-hidden className="state-icon" />
          <div className="state-title">{t('sourcing.compare.sealedTitle')}</div>
          <div className="state-subtitle">
            {t('sourcing.compare.sealed', { when: formatDateTime(rfq.quoteDeadline) })}
          </div>
        </div>
      ) : (
        <QueryState
          query={quotes}
          isEmpty={(d) => d.items.length === 0}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sourcing.compare.empty')} />}
        >
          {(d) => <Comparison rfq={rfq} quotes={d} />}
        </QueryState>
      )}
    </Card>
  );
}
