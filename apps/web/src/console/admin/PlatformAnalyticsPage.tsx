import { Table } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../account/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFigureLabels } from '../analytics/labels';
import { periodOf } from '../analytics/period';
import { PeriodPicker } from '../analytics/PeriodPicker';
import { type PlatformAnalytics, usePlatformAnalytics } from '../analytics/queries';
import { AdminNav, AdminOnly } from './AdminNav';
import { consolePaths } from './paths';

const Chart = lazy(() => import('../analytics/Chart'));
type ParkRow = PlatformAnalytics['parks'][number];

function Parks({ result }: { result: PlatformAnalytics }) {
  const { t } = useTranslation();
  const l = useFigureLabels();
  const f = (key: 'deals' | 'smesServed' | 'largeEnterprises') => t(`console.analytics.figures.${key}`);
  const chart: EChartsCoreOption = {
    grid: { left: 8, right: 16, top: 40, bottom: 32, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: result.parks.map((p) => p.name), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: f('deals'), type: 'bar', data: result.parks.map((p) => p.deals) },
      { name: f('smesServed'), type: 'bar', data: result.parks.map((p) => p.smesServed) },
      { name: f('largeEnterprises'), type: 'bar', data: result.parks.map((p) => p.largeEnterprises) },
    ],
  };
  type Figure = Exclude<keyof ParkRow, 'parkId' | 'name' | 'regionCode'>;
  const n = (key: Figure, render: (value: number | null) => string = (v) => l.count(v ?? 0)) => ({
    title: t(`console.analytics.figures.${key === 'medianFirstResponseSeconds' ? 'medianFirstResponse' : key}`),
    dataIndex: key,
    align: 'right' as const,
    render,
  });
  return (
    <>
      {result.parks.length > 0 && (
        <Suspense fallback={<div aria-hidden style={{ height: 300 }} />}>
          <Chart
            option={chart}
            height={300}
            label={t('console.analytics.chartLabel', { title: t('console.admin.platform') })}
          />
        </Suspense>
      )}
      <Table<ParkRow>
        rowKey="parkId"
        dataSource={result.parks}
        scroll={{ x: 'max-content' }}
        pagination={result.parks.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        columns={[
          {
            title: t('console.admin.park'),
            dataIndex: 'name',
            fixed: 'left',
            render: (name: string, p) => <Link to={consolePaths.parkAnalytics(p.parkId)}>{name}</Link>,
          },
          n('listings'),
          n('publishedListings'),
          n('deals'),
          n('dealsInside'),
          n('dealsOutside'),
          n('smesServed'),
          n('largeEnterprises'),
          n('equipmentHoursOfferedPerWeek', (v) => l.hours(v ?? 0)),
          n('bookedHours', (v) => l.hours(v ?? 0)),
          n('utilisation', l.share),
          n('licencesGranted'),
          n('openLicencesGranted'),
          n('agreementsInForce'),
          n('medianFirstResponseSeconds', l.duration),
        ]}
      />
    </>
  );
}

/** All parks side by side over one period (platform admins: figures that compare parks are theirs alone). */
export default function PlatformAnalyticsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const period = useMemo(() => periodOf(params), [params]);
  const analytics = usePlatformAnalytics(period);
  useDocumentTitle(t('console.admin.platform'));
  if (!me?.isPlatformAdmin) return <AdminOnly />;
  return (
    <>
      <PageHeader
        title={t('console.admin.platform')}
        subTitle={t('console.admin.platformSubtitle')}
        breadcrumb={[{ title: t('console.admin.section') }, { title: t('console.admin.platform') }]}
      />
      <AdminNav />
      <div style={{ marginBottom: 16 }}>
        <PeriodPicker period={period} onChange={(from, to) => setParams({ from, to }, { replace: true })} />
      </div>
      <QueryState query={analytics}>{(result) => <Parks result={result} />}</QueryState>
    </>
  );
}
