import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Checkbox,
  Descriptions,
  Empty,
  Flex,
  List,
  Progress,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, body } from '../api/client';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { KIND_TONE, TONE } from '../components/tones';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { formatDate, formatDateTime } from '../i18n/format';
import { MatchReasons } from '../demands/MatchReasons';
import { useRegionName } from '../search/regions';
import { NoOrganization, OrganizationNav } from './OrganizationNav';
import { type MatchedDemand, useMatchedDemands, useMyOrganization, useOrganizationListings } from './queries';

type Kind = 'capacity' | 'equipment' | 'ip';
type DemandStatus = 'open' | 'matched' | 'fulfilled' | 'closed' | 'expired';

function MatchedDemandItem({ item }: { item: MatchedDemand }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const regionName = useRegionName();
  const message = useMessage();
  const queryClient = useQueryClient();
  const { match, demand } = item;
  const interest = useMutation({
    mutationFn: () =>
      body<MatchedDemand>(api.POST('/api/v1/matches/{matchId}/interest', { params: { path: { matchId: match.id } } })),
    onSuccess: () => {
      message.success(t('org.matched.interestSent'));
      void queryClient.invalidateQueries({ queryKey: ['matched-demands'] });
    },
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed')),
  });
  const score = Math.round(match.score * 100);
  const open = demand.status === 'open' || demand.status === 'matched';
  return (
    <List.Item key={match.id}>
      <article style={{ width: '100%', minWidth: 0 }}>
        <Flex justify="space-between" align="start" wrap gap={8}>
          <h2 style={{ fontSize: 16, margin: 0 }}>{demand.title}</h2>
          <Space wrap>
            <Tag color={KIND_TONE[demand.kind as Kind] ?? TONE.blue}>{t(`kind.${demand.kind as Kind}`)}</Tag>
            <Tag>{t(`demandStatus.${demand.status as DemandStatus}`)}</Tag>
            {match.providerInterestAt && <Tag color={TONE.green}>{t('org.matched.interested')}</Tag>}
          </Space>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
          {t('org.matched.postedBy', { name: demand.organization.name ?? t('org.matched.anonymous') })}
        </Typography.Paragraph>
        <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ whiteSpace: 'pre-wrap' }}>
          {demand.description}
        </Typography.Paragraph>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'listing',
              label: t('org.matched.matchedListing'),
              children: <Link to={`/listings/${match.listingId}`}>{match.listing?.title ?? match.listingId}</Link>,
            },
            { key: 'category', label: t('search.category'), children: demand.category ?? '—' },
            {
              key: 'deadline',
              label: t('org.matched.deadline'),
              children: demand.deadline ? formatDate(`${demand.deadline.slice(0, 10)}T12:00:00+08:00`, language) : '—',
            },
            {
              key: 'region',
              label: t('org.matched.region'),
              children: (demand.regionCode && (regionName(demand.regionCode, language) ?? demand.regionCode)) || '—',
            },
            {
              key: 'location',
              label: t('demands.fields.location'),
              children: t(`demands.location.${demand.locationPreference as 'anywhere'}`),
            },
            {
              key: 'certs',
              label: t('org.matched.certifications'),
              children: demand.certifications.join('、') || '—',
            },
          ]}
        />
        <Flex align="center" gap={8} style={{ margin: '8px 0' }}>
          <Typography.Text>{t('demands.score')}</Typography.Text>
          <Progress
            percent={score}
            size="small"
            style={{ maxWidth: 240, margin: 0 }}
            aria-label={t('demands.scoreOf', { score })}
          />
        </Flex>
        <MatchReasons reasons={match.reasons} />
        {match.providerInterestAt ? (
          <Typography.Text type="secondary">
            {t('org.matched.interestedAt', { when: formatDateTime(match.providerInterestAt) })}
          </Typography.Text>
        ) : (
          open && (
            <Button type="primary" loading={interest.isPending} onClick={() => interest.mutate()}>
              {t('org.matched.interest')}
            </Button>
          )
        )}
      </article>
    </List.Item>
  );
}

export default function MatchedDemandsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('org.matched.title'));
  const { organizationId } = useMyOrganization();
  const listings = useOrganizationListings(organizationId);
  const [url, setUrl] = useSearchParams();
  const page = Math.max(1, Number(url.get('page')) || 1);
  const listingId = url.get('listing') ?? undefined;
  const includeClosed = url.get('closed') === '1';
  const demands = useMatchedDemands({ page, listingId, includeClosed });
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
      <PageHeader title={t('org.matched.title')} subTitle={t('org.matched.subtitle')} />
      <OrganizationNav />
      {!organizationId ? (
        <NoOrganization />
      ) : (
        <Card>
          <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
            <Select
              aria-label={t('org.matched.listing')}
              allowClear
              placeholder={t('org.matched.allListings')}
              style={{ flex: '1 1 240px', maxWidth: 420 }}
              value={listingId}
              loading={listings.isPending}
              onChange={(id?: string) => set({ listing: id })}
              options={(listings.data ?? [])
                .filter((l) => l.status === 'published')
                .map((l) => ({ value: l.id, label: l.title }))}
            />
            <Checkbox checked={includeClosed} onChange={(e) => set({ closed: e.target.checked ? '1' : undefined })}>
              {t('org.matched.includeClosed')}
            </Checkbox>
          </Flex>
          <QueryState
            query={demands}
            isEmpty={(d) => d.items.length === 0}
            empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.matched.empty')} />}
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
                renderItem={(item) => <MatchedDemandItem key={item.match.id} item={item} />}
              />
            )}
          </QueryState>
        </Card>
      )}
    </>
  );
}
