import { PlusOutlined } from '@ant-design/icons';
import { Card, List, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LinkButton } from '../components/LinkButton';
import { ListEntry } from '../components/ListEntry';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { formatDate, formatMoney } from '../i18n/format';
import { useDemands } from './queries';
import { DEMAND_STATUSES, type DemandStatus } from './types';

export default function DemandsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  useDocumentTitle(t('demands.title'));
  const [url, setUrl] = useSearchParams();
  const status = DEMAND_STATUSES.find((s) => s === url.get('status'));
  const page = Math.max(1, Number(url.get('page')) || 1);
  const demands = useDemands(status, page);
  return (
    <>
      <PageHeader
        title={t('demands.title')}
        subTitle={t('demands.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/demands/new">
            {t('demands.new')}
          </LinkButton>
        }
      />
      <Card>
        <Select
          aria-label={t('demands.status')}
          allowClear
          placeholder={t('deals.allStates')}
          style={{ width: 180, marginBottom: 12 }}
          value={status}
          onChange={(s?: DemandStatus) => setUrl(s ? { status: s } : {})}
          options={DEMAND_STATUSES.map((s) => ({ value: s, label: t(`demandStatus.${s}`) }))}
        />
        <QueryState
          query={demands}
          isEmpty={(d) => d.items.length === 0}
          empty={<Typography.Paragraph type="secondary">{t('demands.empty')}</Typography.Paragraph>}
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
                      align: 'center',
                      onChange: (p) => setUrl({ ...(status ? { status } : {}), page: String(p) }),
                    }
                  : false
              }
              renderItem={(demand) => (
                <List.Item key={demand.id} extra={<Tag>{t(`demandStatus.${demand.status}`)}</Tag>}>
                  <ListEntry
                    heading={2}
                    title={<Link to={`/demands/${demand.id}`}>{demand.title}</Link>}
                    description={
                      <Space wrap size={[12, 0]}>
                        <span>{t(`kind.${demand.kind}`)}</span>
                        {demand.budgetFen !== null && (
                          <span>{t('demands.budgetIs', { budget: formatMoney(demand.budgetFen) })}</span>
                        )}
                        {demand.deadline && (
                          <span>{t('demands.deadlineIs', { date: formatDate(demand.deadline, language) })}</span>
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
