import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Checkbox,
  Descriptions,
  Empty,
  Flex,
  Input,
  List,
  Modal,
  Progress,
  Space,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, body } from '../api/client';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { Deal } from '../deals/types';
import { currentLanguage } from '../i18n';
import { formatDate, formatMoney } from '../i18n/format';
import { MatchReasons } from './MatchReasons';
import { useDemand, useMatches } from './queries';
import type { Demand, DemandMatch } from './types';
import { TONE } from '../components/tones';

function Matches({ demand }: { demand: Demand }) {
  const { t } = useTranslation();
  const message = useMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [showDismissed, setShowDismissed] = useState(false);
  const matches = useMatches(demand.id, showDismissed);
  const [dismissing, setDismissing] = useState<DemandMatch>();
  const [reason, setReason] = useState('');
  const accept = useMutation({
    mutationFn: (match: DemandMatch) =>
      body<{ deal: Deal }>(
        api.POST('/api/v1/demands/{id}/matches/{matchId}/accept', {
          params: { path: { id: demand.id, matchId: match.id } },
        }),
      ),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ['demands'] });
      void queryClient.invalidateQueries({ queryKey: ['deals'] });
      message.success(t('demands.accepted'));
      void navigate(`/deals/${result.deal.id}`);
    },
    onError: (error) => showProblem(error, (text) => void message.error(text), undefined, t('common.requestFailed')),
  });
  const dismiss = useMutation({
    mutationFn: ({ match, why }: { match: DemandMatch; why: string }) =>
      api.POST('/api/v1/demands/{id}/matches/{matchId}/dismiss', {
        params: { path: { id: demand.id, matchId: match.id } },
        body: { reason: why },
      }),
    onSuccess: () => {
      setDismissing(undefined);
      setReason('');
      void queryClient.invalidateQueries({ queryKey: ['demands', 'one', demand.id] });
    },
    onError: (error) => showProblem(error, (text) => void message.error(text), undefined, t('common.requestFailed')),
  });

  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('demands.matches')}</h2>}
      extra={
        <Checkbox checked={showDismissed} onChange={(e) => setShowDismissed(e.target.checked)}>
          {t('demands.showDismissed')}
        </Checkbox>
      }
    >
      <QueryState
        query={matches}
        isEmpty={(m) => m.items.length === 0}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('demands.noMatches')} />}
      >
        {(m) => (
          <List
            dataSource={m.items}
            renderItem={(match) => (
              <List.Item key={match.id}>
                <article style={{ width: '100%' }}>
                  <Flex justify="space-between" align="center" wrap gap={8}>
                    <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
                      <Link to={`/listings/${match.listingId}`}>{match.listing?.title ?? match.listingId}</Link>
                    </Typography.Title>
                    <Space>
                      {match.status !== 'proposed' && <Tag>{t(`matchStatus.${match.status}`)}</Tag>}
                      {match.providerInterestAt && <Tag color={TONE.green}>{t('demands.providerInterested')}</Tag>}
                    </Space>
                  </Flex>
                  <Flex align="center" gap={8} style={{ margin: '8px 0' }}>
                    <Typography.Text>{t('demands.score')}</Typography.Text>
                    <Progress
                      percent={Math.round(match.score * 100)}
                      size="small"
                      style={{ maxWidth: 240, margin: 0 }}
                      aria-label={t('demands.scoreOf', { score: Math.round(match.score * 100) })}
                    />
                  </Flex>
                  <MatchReasons reasons={match.reasons} />
                  {match.dismissReason && (
                    <Typography.Paragraph>
                      {t('deal.reasonGiven', { reason: match.dismissReason })}
                    </Typography.Paragraph>
                  )}
                  {match.status === 'proposed' && (
                    <Space wrap>
                      <Button
                        type="primary"
                        loading={accept.isPending && accept.variables?.id === match.id}
                        disabled={accept.isPending}
                        onClick={() => accept.mutate(match)}
                      >
                        {t(`demands.accept.${demand.kind}`)}
                      </Button>
                      <Button onClick={() => setDismissing(match)}>{t('demands.dismiss')}</Button>
                    </Space>
                  )}
                  {match.dealId && <Link to={`/deals/${match.dealId}`}>{t('demands.openDeal')}</Link>}
                </article>
              </List.Item>
            )}
          />
        )}
      </QueryState>
      <Modal
        open={dismissing !== undefined}
        title={t('demands.dismiss')}
        okText={t('common.confirm')}
        cancelText={t('common.back')}
        okButtonProps={{ disabled: reason.trim() === '' }}
        confirmLoading={dismiss.isPending}
        onOk={() => dismissing && dismiss.mutate({ match: dismissing, why: reason.trim() })}
        onCancel={() => setDismissing(undefined)}
      >
        <label htmlFor="dismiss-reason">{t('demands.dismissReason')}</label>
        <Input.TextArea
          id="dismiss-reason"
          rows={3}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Card>
  );
}

const CAPACITY_UNITS = ['machine_hour', 'piece', 'tonne'] as const;
const SERVICE_MODES = ['self_operated', 'technician_operated', 'sample_testing'] as const;
const LICENCE_TYPES = ['exclusive_licence', 'sole_licence', 'ordinary_licence', 'assignment'] as const;

/** One of `values`, or undefined: the details are untyped JSON. */
function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((v) => v === value);
}

/** What the SME entered for the demand's kind (quantity, window, hours or samples, licence wanted), as rows. */
function useKindRows(demand: Demand) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const d = demand.details;
  const rows: { key: string; label: string; children: ReactNode }[] = [];
  const add = (key: string, label: string, value: ReactNode) => {
    if (value !== undefined && value !== null && value !== '') rows.push({ key, label, children: value });
  };
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  const list = (v: unknown) => (Array.isArray(v) && v.length > 0 ? v.map(String).join('、') : undefined);
  const window =
    typeof d.from === 'string' && typeof d.to === 'string'
      ? t('demands.windowRange', { from: formatDate(d.from, language), to: formatDate(d.to, language) })
      : undefined;
  if (demand.kind === 'capacity') {
    const unit = oneOf(CAPACITY_UNITS, d.unit);
    const per = oneOf(['week', 'month'] as const, d.per);
    if (typeof d.quantity === 'number') {
      const counted = { quantity: d.quantity, unit: unit ? t(`capacityUnit.${unit}`) : (text(d.unit) ?? '') };
      add(
        'quantity',
        t('demands.fields.quantity'),
        per
          ? t('demands.quantityPer', { ...counted, per: t(`reservation.per.${per}`) })
          : t('demands.quantityOf', counted),
      );
    }
    add('window', t('demands.fields.window'), window);
    add('process', t('details.process'), text(d.process));
    add('materials', t('details.materials'), list(d.materials));
  } else if (demand.kind === 'equipment') {
    const mode = oneOf(SERVICE_MODES, d.serviceMode);
    add('serviceMode', t('search.serviceMode'), mode ? t(`serviceMode.${mode}`) : text(d.serviceMode));
    add('hours', t('demands.fields.hours'), text(d.hours));
    add('samples', t('terms.samples'), text(d.samples));
    add('testItems', t('demands.fields.testItems'), list(d.testItems));
    add('window', t('demands.fields.window'), window);
  } else {
    const type = oneOf(LICENCE_TYPES, d.licenceType);
    add('technologyField', t('demands.fields.technologyField'), text(d.technologyField));
    add('licenceType', t('licence.type'), type ? t(`licenceType.${type}`) : text(d.licenceType));
    add('territory', t('licence.territory'), text(d.territory));
    add('fieldOfUse', t('licence.fieldOfUse'), d.fieldOfUse === 'all' ? t('demands.allFields') : text(d.fieldOfUse));
    add('termMonths', t('licence.termMonths'), text(d.termMonths));
  }
  return rows;
}

function DemandView({ demand }: { demand: Demand }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const kindRows = useKindRows(demand);
  useDocumentTitle(demand.title);
  return (
    <>
      <PageHeader
        breadcrumb={[{ title: t('demands.title'), to: '/demands' }, { title: demand.title }]}
        title={demand.title}
        subTitle={
          <Space wrap>
            <Tag>{t(`kind.${demand.kind}`)}</Tag>
            <Tag color={TONE.blue}>{t(`demandStatus.${demand.status}`)}</Tag>
          </Space>
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('demands.details')}</h2>}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{demand.description}</Typography.Paragraph>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'category', label: t('search.category'), children: demand.category ?? '—' },
              {
                key: 'budget',
                label: t('demands.fields.budget'),
                children: demand.budgetFen !== null ? formatMoney(demand.budgetFen) : '—',
              },
              {
                key: 'deadline',
                label: t('demands.fields.deadline'),
                children: demand.deadline ? formatDate(demand.deadline, language) : '—',
              },
              {
                key: 'location',
                label: t('demands.fields.location'),
                children: t(`demands.location.${demand.locationPreference}`),
              },
              { key: 'certs', label: t('search.certifications'), children: demand.certifications.join('、') || '—' },
              ...kindRows,
            ]}
          />
        </Card>
        <Matches demand={demand} />
      </Space>
    </>
  );
}

export default function DemandPage() {
  const { id = '' } = useParams();
  const demand = useDemand(id);
  return <QueryState query={demand}>{(d) => <DemandView demand={d} />}</QueryState>;
}
