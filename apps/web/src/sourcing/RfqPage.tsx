import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Input, Modal, Popconfirm, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, data } from '../api/client';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { formatDate, formatDateTime, formatMoney } from '../i18n/format';
import { useRegionName } from '../search/regions';
import { useRfq } from './queries';
import { QuoteComparison } from './QuoteComparison';
import { RfqAttachments } from './RfqAttachments';
import { RfqHistory } from './RfqHistory';
import { useUnitName } from './RfqList';
import { RfqQuestions } from './RfqQuestions';
import { RfqStatusTag } from './RfqStatusTag';
import { SuggestedSuppliers } from './SuggestedSuppliers';
import { SupplierQuote } from './SupplierQuote';
import type { Rfq } from './types';

type Step = 'publish' | 'close' | 'cancel';

/** The buyer's steps the API offers now: publish a draft, close quoting early, cancel (with a reason). */
function BuyerActions({ rfq }: { rfq: Rfq }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const step = useMutation({
    mutationFn: ({ action, why }: { action: Step; why?: string }) => {
      const path = { params: { path: { id: rfq.id } } };
      if (action === 'publish') return data(api.POST('/api/v1/rfqs/{id}/publish', path));
      if (action === 'close') return data(api.POST('/api/v1/rfqs/{id}/close', path));
      return data(api.POST('/api/v1/rfqs/{id}/cancel', { ...path, body: why ? { reason: why } : {} }));
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(['rfqs', 'one', rfq.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['rfqs'] });
      setCancelling(false);
      setReason('');
      message.success(t('sourcing.rfq.done'));
    },
    onError: (error) => showProblem(error, (text) => void message.error(text), undefined, t('common.requestFailed')),
  });
  const busy = (action: Step) => step.isPending && step.variables?.action === action;
  return (
    <>
      {rfq.actions.includes('edit') && (
        <LinkButton icon={<EditOutlined />} to={`/rfqs/${rfq.id}/edit`}>
          {t('sourcing.rfq.actions.edit')}
        </LinkButton>
      )}
      {rfq.actions.includes('publish') && (
        <Button type="primary" loading={busy('publish')} onClick={() => step.mutate({ action: 'publish' })}>
          {t('sourcing.rfq.actions.publish')}
        </Button>
      )}
      {rfq.actions.includes('close') && (
        <Popconfirm
          title={t('sourcing.rfq.actions.close')}
          description={<div style={{ maxWidth: 320 }}>{t('sourcing.rfq.closeConfirm')}</div>}
          okText={t('common.confirm')}
          cancelText={t('common.back')}
          onConfirm={() => step.mutate({ action: 'close' })}
        >
          <Button loading={busy('close')}>{t('sourcing.rfq.actions.close')}</Button>
        </Popconfirm>
      )}
      {rfq.actions.includes('cancel') && (
        <Button danger onClick={() => setCancelling(true)}>
          {t('sourcing.rfq.actions.cancel')}
        </Button>
      )}
      <Modal
        open={cancelling}
        title={t('sourcing.rfq.actions.cancel')}
        okText={t('common.confirm')}
        cancelText={t('common.back')}
        confirmLoading={busy('cancel')}
        onOk={() => step.mutate({ action: 'cancel', why: reason.trim() || undefined })}
        onCancel={() => setCancelling(false)}
      >
        <label htmlFor="rfq-cancel-reason">{t('sourcing.rfq.cancelReason')}</label>
        <Input.TextArea
          id="rfq-cancel-reason"
          rows={3}
          value={reason}
          maxLength={2000}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}

function RfqDetails({ rfq }: { rfq: Rfq }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const unitName = useUnitName();
  const regionName = useRegionName();
  const target =
    rfq.targetUnitPriceFen !== null
      ? `${formatMoney(rfq.targetUnitPriceFen)}${rfq.yourSide === 'buyer' && !rfq.showTarget ? ` (${t('sourcing.rfq.noTarget')})` : ''}`
      : t('sourcing.rfq.noTarget');
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('sourcing.rfq.details')}</h2>}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{rfq.description}</Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'buyer', label: t('sourcing.fields.buyer'), children: rfq.organizationName ?? '—' },
          { key: 'category', label: t('sourcing.fields.category'), children: rfq.category },
          { key: 'process', label: t('sourcing.fields.process'), children: rfq.process ?? '—' },
          { key: 'materials', label: t('sourcing.fields.materials'), children: rfq.materials.join('、') || '—' },
          {
            key: 'quantity',
            label: t('sourcing.fields.quantity'),
            children: t('sourcing.rfq.quantityOf', {
              quantity: rfq.quantity.toLocaleString('en-US'),
              unit: unitName(rfq.unit),
            }),
          },
          {
            key: 'delivery',
            label: t('sourcing.fields.deliveryDate'),
            children: formatDate(rfq.deliveryDate, language),
          },
          {
            key: 'region',
            label: t('sourcing.fields.deliveryRegion'),
            children: regionName(rfq.deliveryRegionCode, language) ?? rfq.deliveryRegionCode,
          },
          {
            key: 'certs',
            label: t('sourcing.fields.certifications'),
            children: rfq.certifications.join('、') || '—',
          },
          { key: 'target', label: t('sourcing.fields.targetPrice'), children: target },
          {
            key: 'deadline',
            label: t('sourcing.fields.quoteDeadline'),
            children: formatDateTime(rfq.quoteDeadline),
          },
          {
            key: 'visibility',
            label: t('sourcing.fields.visibility'),
            children:
              t(`sourcing.visibility.${rfq.visibility}`) +
              (rfq.invitedOrganizationIds?.length ? ` (${rfq.invitedOrganizationIds.length})` : ''),
          },
        ]}
      />
    </Card>
  );
}

function RfqView({ rfq }: { rfq: Rfq }) {
  const { t } = useTranslation();
  useDocumentTitle(rfq.title);
  const buyer = rfq.yourSide === 'buyer';
  return (
    <>
      <PageHeader
        breadcrumb={[
          buyer
            ? { title: t('sourcing.mine.title'), to: '/my/rfqs' }
            : { title: t('sourcing.board.title'), to: '/rfqs' },
          { title: rfq.title },
        ]}
        title={rfq.title}
        subTitle={
          <Space wrap>
            <RfqStatusTag status={rfq.status} />
            <span>{t('sourcing.rfq.deadlineAt', { when: formatDateTime(rfq.quoteDeadline) })}</span>
          </Space>
        }
        extra={buyer && <BuyerActions rfq={rfq} />}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {rfq.takenDown && (
          <Alert type="warning" showIcon title={t('sourcing.rfq.takenDown', { reason: rfq.takenDownReason ?? '' })} />
        )}
        {rfq.statusReason && (
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('sourcing.rfq.reasonGiven', { reason: rfq.statusReason })}
          </Typography.Paragraph>
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <RfqDetails rfq={rfq} />
              {rfq.yourSide === 'supplier' && <SupplierQuote rfq={rfq} />}
              <RfqQuestions rfq={rfq} />
            </Space>
          </Col>
          <Col xs={24} lg={10}>
            <RfqAttachments rfq={rfq} />
          </Col>
        </Row>
        {buyer && <QuoteComparison rfq={rfq} />}
        {buyer && (rfq.status === 'draft' || rfq.status === 'open') && <SuggestedSuppliers rfq={rfq} />}
        {(buyer || rfq.yourSide === 'moderator') && <RfqHistory rfqId={rfq.id} />}
      </Space>
    </>
  );
}

/** One RFQ: the buyer's (actions, questions to answer, sealed quotes then comparison and award, suggested suppliers) or a supplier's (NDA, attachments, questions, its quote). */
export default function RfqPage() {
  const { id = '' } = useParams();
  const rfq = useRfq(id);
  return <QueryState query={rfq}>{(r) => <RfqView rfq={r} />}</QueryState>;
}
