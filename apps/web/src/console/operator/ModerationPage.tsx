import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Flex, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, body } from '../../api/client';
import type { components } from '../../api/schema';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { QueryState } from '../../components/QueryState';
import { Text } from '../../components/Text';
import { KIND_TONE, TONE } from '../../components/tones';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { OperatorPage } from './OperatorPage';
import { type ModerationFilter, type ModerationItem, useModerationQueue } from './queries';
import { ReasonDialog } from './ReasonDialog';

const FILTERS: Array<ModerationFilter | 'queue'> = [
  'queue',
  'pending_review',
  'revision',
  'reported',
  'published',
  'suspended',
  'rejected',
];

/** Whether "approve" (or "reject") applies: a listing under review or a live listing's pending revision. */
const approvable = (item: ModerationItem) => item.status === 'pending_review' || item.hasPendingRevision;

type BulkResults = components['schemas']['BulkListingResultsDto'];

interface BulkOutcome {
  id: string;
  title: string;
  ok: boolean;
  message?: string;
}

/** The listings awaiting a park's moderators, with several approved or rejected (with one reason) at once. */
export default function ModerationPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ModerationFilter | 'queue'>('queue');
  return (
    <OperatorPage title={t('console.operator.moderation.title')} subTitle={t('console.operator.moderation.subtitle')}>
      {(parkId) => (
        <>
          <Flex align="center" gap={8} style={{ marginBottom: 16 }}>
            <label htmlFor="moderation-filter">{t('console.operator.moderation.filter')}</label>
            <Select
              id="moderation-filter"
              style={{ minWidth: 200 }}
              value={filter}
              onChange={setFilter}
              options={FILTERS.map((f) => ({ value: f, label: t(`console.operator.moderation.filters.${f}`) }))}
            />
          </Flex>
          <ModerationList parkId={parkId} filter={filter === 'queue' ? undefined : filter} />
        </>
      )}
    </OperatorPage>
  );
}

function ModerationList({ parkId, filter }: { parkId: string; filter: ModerationFilter | undefined }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const queryClient = useQueryClient();
  const query = useModerationQueue(parkId, filter);
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<BulkOutcome[]>([]);
  const [asking, setAsking] = useState(false);

  // One request for all (POST /listings/bulk): each listing is approved or rejected on its
  // own (an audited step, with the reason for a rejection), and reported so.
  const decideSelected = async (items: ModerationItem[], action: 'approve' | 'reject', reason?: string) => {
    setBusy(true);
    const chosen = items.filter((i) => selected.includes(i.id));
    const titles = new Map(chosen.map((i) => [i.id, i.title]));
    let results: BulkOutcome[];
    try {
      const answer = await body<BulkResults>(
        api.POST('/api/v1/listings/bulk', { body: { action, ids: chosen.map((i) => i.id), reason } }),
      );
      results = answer.results.map((r) => ({
        id: r.id,
        title: titles.get(r.id) ?? r.id,
        ok: r.ok,
        message: r.message ?? r.code,
      }));
    } catch (error) {
      setBusy(false);
      showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed'));
      return;
    }
    setBusy(false);
    setAsking(false);
    setSelected([]);
    setOutcomes(results);
    const ok = results.filter((r) => r.ok).length;
    const note = t(`console.operator.moderation.${action === 'approve' ? 'bulkResult' : 'bulkRejectResult'}`, {
      ok,
      failed: results.length - ok,
    });
    if (ok === results.length) message.success(note);
    else message.warning(note);
    void queryClient.invalidateQueries({ queryKey: ['console', 'moderation'] });
  };

  return (
    <QueryState
      query={query}
      isEmpty={(data) => data.length === 0}
      empty={<p>{t('console.operator.moderation.empty')}</p>}
    >
      {(items) => {
        const candidates = items.filter(approvable).map((i) => i.id);
        const allChosen = candidates.length > 0 && candidates.every((id) => selected.includes(id));
        return (
          <>
            <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
              <Checkbox
                checked={allChosen}
                indeterminate={!allChosen && selected.length > 0}
                disabled={candidates.length === 0}
                onChange={(e) => setSelected(e.target.checked ? candidates : [])}
              >
                {t('console.operator.moderation.selectAll')}
              </Checkbox>
              <Button
                type="primary"
                disabled={selected.length === 0}
                loading={busy && !asking}
                onClick={() => void decideSelected(items, 'approve')}
              >
                {t('console.operator.moderation.approveSelected', { count: selected.length })}
              </Button>
              <Button danger disabled={selected.length === 0 || busy} onClick={() => setAsking(true)}>
                {t('console.operator.moderation.rejectSelected', { count: selected.length })}
              </Button>
            </Flex>
            <ReasonDialog
              open={asking}
              title={t('console.operator.moderation.rejectSelectedTitle', { count: selected.length })}
              kind="reject"
              parkId={parkId}
              busy={busy}
              onCancel={() => setAsking(false)}
              onConfirm={(reason) => void decideSelected(items, 'reject', reason)}
            />
            {outcomes.some((o) => !o.ok) && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('console.operator.moderation.bulkOutcome', {
                  ok: outcomes.filter((o) => o.ok).length,
                  failed: outcomes.filter((o) => !o.ok).length,
                })}
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {outcomes
                      .filter((o) => !o.ok)
                      .map((o) => (
                        <li key={o.id}>
                          {t('console.operator.moderation.bulkFailed', { title: o.title, message: o.message })}
                        </li>
                      ))}
                  </ul>
                }
              />
            )}
            <Table<ModerationItem>
              rowKey="id"
              dataSource={items}
              pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              columns={[
                {
                  key: 'select',
                  width: 48,
                  render: (_, item) =>
                    approvable(item) ? (
                      <Checkbox
                        aria-label={t('console.operator.moderation.select', { title: item.title })}
                        checked={selected.includes(item.id)}
                        onChange={(e) =>
                          setSelected((list) =>
                            e.target.checked ? [...list, item.id] : list.filter((id) => id !== item.id),
                          )
                        }
                      />
                    ) : null,
                },
                {
                  key: 'listing',
                  title: t('console.operator.audit.object'),
                  render: (_, item) => (
                    <Space orientation="vertical" size={2}>
                      <Link to={`/console/parks/${parkId}/moderation/${item.id}`}>
                        {language === 'en' && item.titleEn ? item.titleEn : item.title}
                      </Link>
                      <Space size={4} wrap>
                        <Tag color={KIND_TONE[item.kind]}>{t(`kind.${item.kind}`)}</Tag>
                        <Tag>{t(`console.operator.moderation.statuses.${item.status}`)}</Tag>
                        {item.hasPendingRevision && (
                          <Tag color={TONE.gold}>{t('console.operator.moderation.revisionTag')}</Tag>
                        )}
                        {item.openReports > 0 && (
                          <Tag color={TONE.red}>
                            {t('console.operator.moderation.reportsTag', { count: item.openReports })}
                          </Tag>
                        )}
                      </Space>
                    </Space>
                  ),
                },
                {
                  key: 'updated',
                  title: t('console.operator.audit.time'),
                  render: (_, item) => <Text type="secondary">{formatDate(item.updatedAt, language)}</Text>,
                },
                {
                  key: 'open',
                  title: t('console.operator.memberships.actions'),
                  render: (_, item) => (
                    <Link
                      to={`/console/parks/${parkId}/moderation/${item.id}`}
                      aria-label={`${t('console.operator.moderation.open')} ${item.title}`}
                    >
                      {t('console.operator.moderation.open')}
                    </Link>
                  ),
                },
              ]}
            />
          </>
        );
      }}
    </QueryState>
  );
}
