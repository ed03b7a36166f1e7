import { Card, List, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../account/session';
import { Link, useSearchParams } from 'react-router';
import { ListEntry } from '../components/ListEntry';
import { TONE } from '../components/tones';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { formatDateTime } from '../i18n/format';
import { DealStateTag } from './DealStateTag';
import { DealsExport } from './DealsExport';
import { useDeals } from './queries';
import { DEAL_STATES, type DealState } from './types';

export default function MyDealsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('deals.title'));
  const [url, setUrl] = useSearchParams();
  const role = url.get('role') === 'provider' ? 'provider' : 'requester';
  const state = DEAL_STATES.find((s) => s === url.get('state'));
  const page = Math.max(1, Number(url.get('page')) || 1);
  const deals = useDeals(role, state, page);
  const { organizationId } = useSession();
  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(url);
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in change)) next.delete('page');
    setUrl(next);
  };

  return (
    <>
      <PageHeader title={t('deals.title')} subTitle={t('deals.subtitle')} />
      <Card>
        {organizationId && <DealsExport organizationId={organizationId} />}
        <Tabs
          activeKey={role}
          onChange={(key) => set({ role: key === 'provider' ? 'provider' : undefined, state: undefined })}
          items={[
            { key: 'requester', label: t('deals.asRequester') },
            { key: 'provider', label: t('deals.asProvider') },
          ]}
        />
        <Space style={{ marginBottom: 12 }} wrap>
          <Select
            aria-label={t('deals.state')}
            allowClear
            placeholder={t('deals.allStates')}
            style={{ width: 180 }}
            value={state}
            onChange={(s?: DealState) => set({ state: s })}
            options={DEAL_STATES.map((s) => ({ value: s, label: t(`dealState.${s}`) }))}
          />
        </Space>
        <QueryState
          query={deals}
          isEmpty={(d) => d.items.length === 0}
          empty={<Typography.Paragraph type="secondary">{t('deals.empty')}</Typography.Paragraph>}
        >
          {(d) => (
            <List
              itemLayout="vertical"
              dataSource={d.items}
              pagination={
                d.total > d.limit
                  ? {
                      current: d.page,
                      pageSize: d.limit,
                      total: d.total,
                      onChange: (p) => set({ page: String(p) }),
                      align: 'center',
                    }
                  : false
              }
              renderItem={(deal) => (
                <List.Item key={deal.id} extra={<DealStateTag state={deal.state} />}>
                  <ListEntry
                    heading={2}
                    title={
                      <Link to={`/deals/${deal.id}`}>
                        {t(`dealKind.${deal.kind}`)} · {deal.listing.title}
                      </Link>
                    }
                    description={
                      <Space wrap size={[12, 0]}>
                        <span>{t('deals.opened', { when: formatDateTime(deal.createdAt) })}</span>
                        {deal.turn && deal.yourSides.includes(deal.turn) && (
                          <Tag color={TONE.orange}>{t('deals.yourTurn')}</Tag>
                        )}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </QueryState>
      </Card>
    </>
  );
}
