import { DownOutlined, ExportOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Dropdown,
  Empty,
  Flex,
  List,
  Popconfirm,
  Select,
  Space,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../account/session';
import { useMessage } from '../../components/feedback';
import { LinkButton } from '../../components/LinkButton';
import { ListEntry } from '../../components/ListEntry';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { PriceText } from '../../listings/PriceText';
import { KINDS } from '../../listings/types';
import { categoryName } from '../../search/categories';
import {
  type BulkAction,
  bulkListingAction,
  type BulkResult,
  downloadListings,
  type TableFormat,
} from '../imports/queries';
import { useMyListings } from './queries';
import { RevisionTag, StatusTag } from './StatusTag';
import { type ListingKind, type OwnListing, STATUSES } from './types';

const PAGE_SIZE = 10;

/** The enterprise's listings in every status: `/my/listings?status=rejected&kind=equipment&page=2`. */
export default function MyListingsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  useDocumentTitle(t('myListings.title'));
  const navigate = useNavigate();
  const { organizationId } = useSession();
  const listings = useMyListings(organizationId);
  const [url, setUrl] = useSearchParams();
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const status = STATUSES.find((s) => s === url.get('status'));
  const kind = KINDS.find((k) => k === url.get('kind'));
  const page = Math.max(1, Number(url.get('page')) || 1);
  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(url);
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in change)) next.delete('page');
    setUrl(next);
  };
  const ofKind = (listings.data ?? []).filter((l) => !kind || l.kind === kind);
  const count = (s?: string) => ofKind.filter((l) => !s || l.status === s).length;

  return (
    <>
      <PageHeader
        title={t('myListings.title')}
        subTitle={t('myListings.subtitle')}
        extra={
          <Space wrap>
            {organizationId && (
              <>
                <LinkButton to="/my/listings/import" icon={<ImportOutlined />}>
                  {t('myListings.imports.action')}
                </LinkButton>
                <ExportButton organizationId={organizationId} />
              </>
            )}
            <Dropdown
              trigger={['click']}
              menu={{
                items: KINDS.map((k) => ({ key: k, label: t(`myListings.newKind.${k}`) })),
                onClick: ({ key }) => void navigate(`/my/listings/new?kind=${key}`),
              }}
            >
              <Button type="primary" icon={<PlusOutlined />}>
                {t('myListings.new')} <DownOutlined style={{ fontSize: 10 }} />
              </Button>
            </Dropdown>
          </Space>
        }
      />
      {!organizationId ? (
        <Alert type="info" showIcon title={t('myListings.noEnterprise')} />
      ) : (
        <Card>
          <Tabs
            activeKey={status ?? 'all'}
            onChange={(key) => set({ status: key === 'all' ? undefined : key })}
            items={[undefined, ...STATUSES].map((s) => ({
              key: s ?? 'all',
              label: `${s ? t(`listingStatus.${s}`) : t('myListings.all')}${listings.data ? ` (${count(s)})` : ''}`,
            }))}
          />
          <Space style={{ marginBottom: 12 }} wrap>
            <Select
              aria-label={t('myListings.kind')}
              allowClear
              placeholder={t('myListings.allKinds')}
              style={{ width: 160 }}
              value={kind}
              onChange={(k?: ListingKind) => set({ kind: k })}
              options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            />
          </Space>
          <QueryState
            query={listings}
            isEmpty={() => ofKind.filter((l) => !status || l.status === status).length === 0}
            empty={
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={status || kind ? t('myListings.emptyFiltered') : t('myListings.empty')}
              />
            }
          >
            {() => {
              const shown = ofKind.filter((l) => !status || l.status === status);
              const onPage = shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
              return (
                <>
                  <BulkBar onPage={onPage} selected={selected} onSelect={setSelected} listings={listings.data ?? []} />
                  <List
                    itemLayout="vertical"
                    dataSource={shown}
                    pagination={
                      shown.length > PAGE_SIZE
                        ? {
                            current: page,
                            pageSize: PAGE_SIZE,
                            total: shown.length,
                            align: 'center',
                            onChange: (p) => set({ page: String(p) }),
                          }
                        : false
                    }
                    renderItem={(listing) => (
                      <Row
                        listing={listing}
                        language={language}
                        selected={selected.has(listing.id)}
                        onSelected={(on) => {
                          const next = new Set(selected);
                          if (on) next.add(listing.id);
                          else next.delete(listing.id);
                          setSelected(next);
                        }}
                      />
                    )}
                  />
                </>
              );
            }}
          </QueryState>
        </Card>
      )}
    </>
  );
}

function Row({
  listing,
  language,
  selected,
  onSelected,
}: {
  listing: OwnListing;
  language: 'zh-CN' | 'en';
  selected: boolean;
  onSelected: (selected: boolean) => void;
}) {
  const { t } = useTranslation();
  const title = language === 'en' && listing.titleEn ? listing.titleEn : listing.title;
  return (
    <List.Item
      key={listing.id}
      extra={
        <Space orientation="vertical" align="end" size={4}>
          <StatusTag status={listing.status} />
          {listing.pendingRevision && <RevisionTag />}
        </Space>
      }
    >
      {/* The selection at the row's start, beside its title (not alone under it, as List.Item's actions put it). */}
      <Flex align="flex-start" gap={12} style={{ flex: 1, minWidth: 0 }}>
        <Checkbox
          checked={selected}
          onChange={(e) => onSelected(e.target.checked)}
          aria-label={t('myListings.bulk.select', { title })}
          style={{ marginTop: 2 }}
        />
        <ListEntry
          heading={2}
          title={<Link to={`/my/listings/${listing.id}`}>{title}</Link>}
          description={
            <>
              <Space wrap size={[12, 0]}>
                <span>{t(`kind.${listing.kind}`)}</span>
                <span>{categoryName(listing.kind, listing.category, language)}</span>
                <PriceText priceFen={listing.priceFen} unit={listing.priceUnit} />
                <span>{t('myListings.updated', { date: formatDate(listing.updatedAt, language) })}</span>
              </Space>
              {(listing.status === 'rejected' || listing.status === 'suspended') && listing.statusReason && (
                <Typography.Paragraph type="danger" style={{ margin: '4px 0 0' }}>
                  {t(listing.status === 'rejected' ? 'myListings.rejectedBecause' : 'myListings.suspendedBecause', {
                    reason: listing.statusReason,
                  })}
                </Typography.Paragraph>
              )}
            </>
          }
        />
      </Flex>
    </List.Item>
  );
}

/** Exports every listing in the template's columns: a file that imports back unchanged. */
function ExportButton({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [busy, setBusy] = useState(false);
  const run = async (format: TableFormat) => {
    setBusy(true);
    try {
      await downloadListings(organizationId, format);
    } catch {
      message.error(t('myListings.export.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: t('myListings.export.xlsx') },
          { key: 'csv', label: t('myListings.export.csv') },
        ],
        onClick: ({ key }) => void run(key as TableFormat),
      }}
    >
      <Button icon={<ExportOutlined />} loading={busy}>
        {t('myListings.export.action')} <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}

/**
 * Steps for the selected listings at once: submit for review, archive. Each listing is its
 * own audited step with its own answer; those that could not take the step are named.
 */
function BulkBar({
  onPage,
  selected,
  onSelect,
  listings,
}: {
  onPage: OwnListing[];
  selected: Set<string>;
  onSelect: (selected: Set<string>) => void;
  listings: OwnListing[];
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<BulkAction>();
  const [failures, setFailures] = useState<{ results: BulkResult[]; ok: number }>();
  const allOnPage = onPage.length > 0 && onPage.every((l) => selected.has(l.id));
  const someOnPage = onPage.some((l) => selected.has(l.id));
  const titleOf = (id: string) => listings.find((l) => l.id === id)?.title ?? id;

  const run = async (action: BulkAction) => {
    setBusy(action);
    setFailures(undefined);
    try {
      const results = await bulkListingAction(action, [...selected]);
      const failed = results.filter((r) => !r.ok);
      const ok = results.length - failed.length;
      if (failed.length === 0) message.success(t('myListings.bulk.done', { ok }));
      else setFailures({ results: failed, ok });
      onSelect(new Set(failed.map((r) => r.id)));
      await queryClient.invalidateQueries({ queryKey: ['myListings'] });
    } catch {
      message.error(t('common.requestFailed'));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 8 }}>
      <Space wrap align="center">
        <Checkbox
          checked={allOnPage}
          indeterminate={someOnPage && !allOnPage}
          disabled={onPage.length === 0}
          onChange={(e) => {
            const next = new Set(selected);
            for (const l of onPage) {
              if (e.target.checked) next.add(l.id);
              else next.delete(l.id);
            }
            onSelect(next);
          }}
        >
          {t('myListings.bulk.selectAll')}
        </Checkbox>
        {selected.size > 0 && (
          <>
            <Typography.Text aria-live="polite">
              {t('myListings.bulk.selected', { count: selected.size })}
            </Typography.Text>
            <Button size="small" loading={busy === 'submit'} onClick={() => void run('submit')}>
              {t('myListings.bulk.submit')}
            </Button>
            <Popconfirm
              title={t('myListings.bulk.archiveConfirm', { count: selected.size })}
              okText={t('myListings.bulk.archive')}
              cancelText={t('myListings.bulk.cancel')}
              onConfirm={() => void run('archive')}
            >
              <Button size="small" danger loading={busy === 'archive'}>
                {t('myListings.bulk.archive')}
              </Button>
            </Popconfirm>
            <Button size="small" type="link" onClick={() => onSelect(new Set())}>
              {t('myListings.bulk.clear')}
            </Button>
          </>
        )}
      </Space>
      {failures && (
        <Alert
          type="warning"
          showIcon
          closable={{ 'aria-label': t('myListings.files.dismiss') }}
          onClose={() => setFailures(undefined)}
          title={t('myListings.bulk.partly', { ok: failures.ok, failed: failures.results.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {failures.results.map((r) => (
                <li key={r.id}>
                  {titleOf(r.id)}: {r.message ?? r.code}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Space>
  );
}
