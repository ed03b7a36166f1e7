import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  DatePicker,
  Modal,
  Radio,
  Row,
  Space,
  Timeline,
  Typography,
} from 'antd';
import { useMessage } from '../components/feedback';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, data } from '../api/client';
import { showProblem } from '../components/formProblem';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { formatDateTime, yuanToFen } from '../i18n/format';
import { LicenceTermsFields } from '../listings/LicenceRequest';
import type { LicenceType } from '../listings/types';
import { DealMessages } from './DealMessages';
import { DealStateTag } from './DealStateTag';
import { AddToCalendar } from './AddToCalendar';
import { DealTerms } from './DealTerms';
import { useDeal } from './queries';
import type { Deal, DealAction } from './types';

type Step =
  | 'accept'
  | 'decline'
  | 'cancel'
  | 'complete'
  | 'no-show'
  | 'receive-samples'
  | 'start-production'
  | 'ship'
  | 'receive';
const STEPS: Step[] = [
  'accept',
  'start-production',
  'ship',
  'receive',
  'decline',
  'cancel',
  'complete',
  'no-show',
  'receive-samples',
];
const NEEDS_REASON: Step[] = ['decline', 'cancel'];
/** The API's name of each step in a deal's `actions` (its paths and our texts use hyphens). */
const STEP_ACTIONS: Record<Step, DealAction> = {
  accept: 'accept',
  decline: 'decline',
  cancel: 'cancel',
  complete: 'complete',
  'no-show': 'no_show',
  'receive-samples': 'receive_samples',
  'start-production': 'start_production',
  ship: 'ship',
  receive: 'receive',
};
const LICENCE_TYPES: LicenceType[] = ['exclusive_licence', 'sole_licence', 'ordinary_licence', 'assignment'];

/** The licence types the patent offers (kept in the deal's terms), else every type. */
function offeredTypes(terms: Record<string, unknown>): LicenceType[] {
  const patent = terms.patent as { transactionTypes?: string[] } | undefined;
  return LICENCE_TYPES.filter((l) => patent?.transactionTypes?.includes(l) ?? true);
}

const STEP_PATHS = {
  accept: '/api/v1/deals/{id}/accept',
  decline: '/api/v1/deals/{id}/decline',
  cancel: '/api/v1/deals/{id}/cancel',
  complete: '/api/v1/deals/{id}/complete',
  'no-show': '/api/v1/deals/{id}/no-show',
  'receive-samples': '/api/v1/deals/{id}/receive-samples',
  'start-production': '/api/v1/deals/{id}/start-production',
  ship: '/api/v1/deals/{id}/ship',
  receive: '/api/v1/deals/{id}/receive',
} as const;

function Actions({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [reasonFor, setReasonFor] = useState<Step>();
  const [reason, setReason] = useState('');
  const step = useMutation({
    mutationFn: ({ action, why }: { action: Step; why?: string }) =>
      data(
        api.POST(STEP_PATHS[action], {
          params: { path: { id: deal.id } },
          body: why ? { reason: why } : {},
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(['deals', 'one', deal.id], (old: Deal | undefined) => ({ ...old, ...updated }));
      void queryClient.invalidateQueries({ queryKey: ['deals'] });
      setReasonFor(undefined);
      setReason('');
      message.success(t('deal.stepDone'));
    },
    onError: (error) => showProblem(error, (text) => void message.error(text), undefined, t('common.requestFailed')),
  });
  const steps = STEPS.filter((s) => deal.actions.includes(STEP_ACTIONS[s]));
  if (steps.length === 0) return null;
  return (
    <>
      <Space wrap>
        {steps.map((s) => (
          <Button
            key={s}
            type={s === 'accept' || s === 'complete' ? 'primary' : 'default'}
            danger={s === 'decline' || s === 'cancel'}
            loading={step.isPending && step.variables?.action === s}
            disabled={step.isPending}
            onClick={() => (NEEDS_REASON.includes(s) ? setReasonFor(s) : step.mutate({ action: s }))}
          >
            {t(`deal.actions.${s}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={reasonFor !== undefined}
        title={reasonFor && t(`deal.actions.${reasonFor}`)}
        okText={t('common.confirm')}
        cancelText={t('common.back')}
        confirmLoading={step.isPending}
        onOk={() => reasonFor && step.mutate({ action: reasonFor, why: reason.trim() || undefined })}
        onCancel={() => setReasonFor(undefined)}
      >
        {/* An order is cancelled with a reason (the API refuses one without). */}
        <label htmlFor="deal-reason">
          {deal.kind === 'order' && reasonFor === 'cancel' ? t('deal.reasonRequired') : t('deal.reason')}
        </label>
        <Input.TextArea
          id="deal-reason"
          rows={3}
          value={reason}
          maxLength={2000}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}

interface OfferValues {
  licenceType?: LicenceType;
  territory?: string;
  fieldOfUse?: string;
  termMonths?: number;
  upfrontFeeYuan?: number;
  royaltyPercent?: number;
  quantity?: number;
  window?: [Dayjs, Dayjs];
}

function CounterOffer({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<OfferValues>();
  const terms = deal.terms;
  const offer = useMutation({
    mutationFn: (v: OfferValues) => {
      const payload =
        deal.kind === 'licence'
          ? {
              licenceType: v.licenceType,
              territory: v.territory,
              fieldOfUse: v.fieldOfUse,
              termMonths: v.termMonths,
              upfrontFeeFen: yuanToFen(v.upfrontFeeYuan),
              royaltyPercent: v.royaltyPercent,
            }
          : { quantity: v.quantity, from: v.window?.[0].format('YYYY-MM-DD'), to: v.window?.[1].format('YYYY-MM-DD') };
      return data(api.POST('/api/v1/deals/{id}/offers', { params: { path: { id: deal.id } }, body: payload }));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['deals'] });
      message.success(t('deal.offerSent'));
    },
    onError: (error) =>
      showProblem(error, (text) => void message.error(text), form, t('common.requestFailed'), {
        upfrontFeeFen: 'upfrontFeeYuan',
        from: 'window',
        to: 'window',
      }),
  });
  if (!deal.actions.includes('counter')) return null;
  const royalty =
    typeof terms.royaltyPercent === 'number'
      ? terms.royaltyPercent
      : typeof terms.royaltyBasisPoints === 'number'
        ? terms.royaltyBasisPoints / 100
        : undefined;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('deal.counterOffer')}</h2>}>
      <Form<OfferValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          licenceType: terms.licenceType as LicenceType | undefined,
          territory: terms.territory as string | undefined,
          fieldOfUse: terms.fieldOfUse as string | undefined,
          termMonths: terms.termMonths as number | undefined,
          upfrontFeeYuan: typeof terms.upfrontFeeFen === 'number' ? terms.upfrontFeeFen / 100 : undefined,
          royaltyPercent: royalty,
          quantity: terms.quantity as number | undefined,
        }}
        onFinish={(v) => offer.mutate(v)}
      >
        {deal.kind === 'licence' ? (
          <LicenceTermsFields types={offeredTypes(terms)} />
        ) : (
          <>
            <Form.Item
              name="quantity"
              label={t('terms.quantity')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="window"
              label={t('reservation.window')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        <Button htmlType="submit" loading={offer.isPending}>
          {t('deal.sendOffer')}
        </Button>
      </Form>
    </Card>
  );
}

function ReviewForm({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<{ rating: number; body?: string }>();
  const review = useMutation({
    mutationFn: (v: { rating: number; body?: string }) =>
      api.POST('/api/v1/deals/{id}/reviews', { params: { path: { id: deal.id } }, body: v }),
    onSuccess: () => message.success(t('review.done')),
    onError: (error) => showProblem(error, (text) => void message.error(text), form, t('common.requestFailed')),
  });
  const reviewable = deal.state === 'completed' || (deal.kind === 'licence' && deal.state === 'accepted');
  if (!reviewable) return null;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('review.title')}</h2>}>
      {review.isSuccess ? (
        <Typography.Paragraph>{t('review.done')}</Typography.Paragraph>
      ) : (
        // Named: its `body` field would otherwise share the id "body" with the message form's, and the
        // label 评价内容 would point at the message box.
        <Form form={form} name="review" layout="vertical" requiredMark={false} onFinish={(v) => review.mutate(v)}>
          <Form.Item name="rating" label={t('review.rating')} rules={[{ required: true, message: t('form.required') }]}>
            {/* Radio buttons rather than Rate: its list markup carries ARIA attributes its role does not allow. */}
            <Radio.Group
              optionType="button"
              options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: t('reviews.stars', { rating: n }) }))}
            />
          </Form.Item>
          <Form.Item name="body" label={t('review.body')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={review.isPending}>
            {t('review.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

function DealView({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t(`dealKind.${deal.kind}`)} · ${deal.listing.title}`);
  const side = deal.yourSides[0];
  return (
    <>
      <PageHeader
        breadcrumb={[
          { title: t('deals.title'), to: side === 'provider' ? '/deals?role=provider' : '/deals' },
          { title: deal.listing.title },
        ]}
        title={
          <Space wrap>
            {t(`dealKind.${deal.kind}`)}
            <DealStateTag state={deal.state} />
          </Space>
        }
        subTitle={
          deal.listing.id ? (
            <Link to={`/listings/${deal.listing.id}`}>{deal.listing.title}</Link>
          ) : deal.kind === 'order' && typeof deal.terms.rfqId === 'string' ? (
            // An order has no listing: it came from an RFQ's award.
            <Link to={`/rfqs/${deal.terms.rfqId}`}>{t('deal.fromRfq', { title: deal.listing.title })}</Link>
          ) : (
            deal.listing.title
          )
        }
        extra={<Actions deal={deal} />}
      />
      {deal.turn && (
        <Typography.Paragraph type="secondary">
          {deal.yourSides.includes(deal.turn) ? t('deal.yourTurn') : t('deal.theirTurn')}
          {deal.holdExpiresAt && ` · ${t('deal.holdUntil', { when: formatDateTime(deal.holdExpiresAt) })}`}
        </Typography.Paragraph>
      )}
      {deal.stateReason && (
        <Typography.Paragraph>{t('deal.reasonGiven', { reason: deal.stateReason })}</Typography.Paragraph>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card
              title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('deal.terms')}</h2>}
              extra={
                deal.kind === 'booking' &&
                (deal.state === 'confirmed' || deal.state === 'completed') && <AddToCalendar dealId={deal.id} />
              }
            >
              <DealTerms kind={deal.kind} terms={deal.terms} />
            </Card>
            <CounterOffer deal={deal} />
            {(deal.offers?.length ?? 0) > 1 && (
              <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('deal.offers')}</h2>}>
                <Space direction="vertical" size={12} style={{ width: '100%' }}>
                  {[...(deal.offers ?? [])].reverse().map((offer, i) => (
                    <section
                      key={offer.id ?? i}
                      aria-label={t('deal.offerBy', {
                        side: t(`side.${offer.side ?? 'requester'}`),
                        version: offer.version ?? i + 1,
                      })}
                    >
                      <Typography.Text strong>
                        {t('deal.offerBy', {
                          side: t(`side.${offer.side ?? 'requester'}`),
                          version: offer.version ?? i + 1,
                        })}
                      </Typography.Text>
                      <Typography.Text type="secondary"> · {formatDateTime(offer.createdAt)}</Typography.Text>
                      <DealTerms kind={deal.kind} terms={offer.terms} />
                    </section>
                  ))}
                </Space>
              </Card>
            )}
            <DealMessages deal={deal} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('deal.timeline')}</h2>}>
              <Timeline
                items={(deal.events ?? []).map((e) => ({
                  key: e.id,
                  children: (
                    <>
                      <Typography.Text strong>{t(`side.${e.actorSide}`)}</Typography.Text>{' '}
                      {/* The first row opens the deal (no state before it): it reads as such, not as a change. */}
                      {e.fromState === null || e.action === 'create'
                        ? t(`deal.opened.${deal.kind}`)
                        : t('deal.event', { state: t(`dealState.${e.toState}`) })}
                      <br />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(e.createdAt)}
                      </Typography.Text>
                    </>
                  ),
                }))}
              />
            </Card>
            <ReviewForm deal={deal} />
          </Space>
        </Col>
      </Row>
    </>
  );
}

export default function DealPage() {
  const { id = '' } = useParams();
  const deal = useDeal(id);
  return <QueryState query={deal}>{(d) => <DealView deal={d} />}</QueryState>;
}
