import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Col, Flex, Row, Statistic } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useSession } from '../../account/session';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { AdminNav } from '../admin/AdminNav';
import { OperatorNav } from '../operator/OperatorNav';
import type { consoleZh } from '../i18n';
import { useParkBreadcrumb } from '../parkBreadcrumb';
import {
  byIndustrySection,
  capacityOffered,
  capacityReservedByMonth,
  DEAL_KINDS,
  dealsByMonth,
  enterprisesByMonth,
  equipmentByWeek,
  licencesByMonth,
  listingsByKindAndStatus,
} from './figures';
import { FigureSection } from './FigureSection';
import { type FigureLabels, useFigureLabels } from './labels';
import { monthsOf, type Period, periodOf } from './period';
import { PeriodPicker } from './PeriodPicker';
import { downloadParkAnalytics, type ParkAnalytics, useParkAnalytics, usePark } from './queries';

const GRID = { left: 48, right: 16, top: 40, bottom: 32, containLabel: true };

function Totals({ a, l }: { a: ParkAnalytics; l: FigureLabels }) {
  const { t } = useTranslation();
  const x = a.totals;
  const figures: [string, string][] = [
    [t('console.analytics.figures.listings'), l.count(x.listings)],
    [t('console.analytics.figures.publishedListings'), l.count(x.publishedListings)],
    [t('console.analytics.figures.deals'), l.count(x.deals)],
    [t('console.analytics.figures.dealsInside'), l.count(x.dealsInside)],
    [t('console.analytics.figures.dealsOutside'), l.count(x.dealsOutside)],
    [t('console.analytics.figures.smesServed'), l.count(x.smesServed)],
    [t('console.analytics.figures.largeEnterprises'), l.count(x.largeEnterprises)],
    [t('console.analytics.figures.equipmentHoursOfferedPerWeek'), l.hours(x.equipmentHoursOfferedPerWeek)],
    [t('console.analytics.figures.bookedHours'), l.hours(x.bookedHours)],
    [t('console.analytics.figures.utilisation'), l.share(x.utilisation)],
    [t('console.analytics.figures.licencesGranted'), l.count(x.licencesGranted)],
    [t('console.analytics.figures.openLicencesGranted'), l.count(x.openLicencesGranted)],
    [t('console.analytics.figures.agreementsInForce'), l.count(x.agreementsInForce)],
    [t('console.analytics.figures.medianFirstResponse'), l.duration(x.medianFirstResponseSeconds)],
  ];
  return (
    <section aria-labelledby="totals" style={{ marginBottom: 16 }}>
      <h2 id="totals" style={{ fontSize: 18, margin: '0 0 12px' }}>
        {t('console.analytics.totals')}
      </h2>
      <Row gutter={[12, 12]}>
        {figures.map(([title, value]) => (
          <Col key={title} xs={12} sm={8} lg={6} xl={4}>
            {/* A group named by its figure, so that the figure is found by its name. */}
            <Card size="small" style={{ height: '100%' }} role="group" aria-label={title}>
              <Statistic title={title} value={value} styles={{ content: { fontSize: 22 } }} />
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}

function Figures({ a, period }: { a: ParkAnalytics; period: Period }) {
  const { t } = useTranslation();
  const l = useFigureLabels();
  const months = useMemo(() => monthsOf(period), [period]);
  const deals = useMemo(() => dealsByMonth(a, months), [a, months]);
  const enterprises = useMemo(() => enterprisesByMonth(a, months), [a, months]);
  const weeks = useMemo(() => equipmentByWeek(a), [a]);
  const industries = useMemo(() => byIndustrySection(a), [a]);
  const listings = useMemo(() => listingsByKindAndStatus(a), [a]);
  const licences = useMemo(() => licencesByMonth(a, months), [a, months]);
  const offered = useMemo(() => capacityOffered(a), [a]);
  const reserved = useMemo(() => capacityReservedByMonth(a), [a]);
  const col = (key: keyof (typeof consoleZh)['analytics']['col']) => t(`console.analytics.col.${key}`);

  const dealsChart: EChartsCoreOption = {
    grid: GRID,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: DEAL_KINDS.map((kind) => ({
      name: l.dealKind(kind),
      type: 'bar',
      stack: 'deals',
      data: deals.map((d) => d[kind]),
    })),
  };
  const enterprisesChart: EChartsCoreOption = {
    grid: GRID,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: col('smes'), type: 'line', data: enterprises.map((e) => e.smes) },
      { name: col('large'), type: 'line', data: enterprises.map((e) => e.large) },
    ],
  };
  const equipmentChart: EChartsCoreOption = {
    grid: GRID,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: weeks.map((w) => w.week) },
    yAxis: { type: 'value' },
    series: [
      { name: col('offeredHours'), type: 'line', data: weeks.map((w) => w.offeredHours) },
      { name: col('bookedHours'), type: 'bar', data: weeks.map((w) => w.bookedHours) },
    ],
  };
  const industryChart: EChartsCoreOption = {
    grid: { ...GRID, left: 8 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    yAxis: { type: 'category', inverse: true, data: industries.map((i) => l.industry(i.section)) },
    xAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: col('deals'), type: 'bar', data: industries.map((i) => i.deals) },
      { name: col('smes'), type: 'bar', data: industries.map((i) => i.smes) },
    ],
  };

  return (
    <>
      <Totals a={a} l={l} />
      <FigureSection
        title={t('console.analytics.dealsByMonth')}
        chart={dealsChart}
        rows={deals}
        rowKey={(r) => r.month}
        columns={[
          { title: col('month'), dataIndex: 'month' },
          ...DEAL_KINDS.map((kind) => ({
            title: l.dealKind(kind),
            dataIndex: kind,
            align: 'right' as const,
            render: l.count,
          })),
          { title: col('total'), dataIndex: 'total', align: 'right', render: l.count },
          { title: col('inside'), dataIndex: 'inside', align: 'right', render: l.count },
          { title: col('outside'), dataIndex: 'outside', align: 'right', render: l.count },
        ]}
      />
      <FigureSection
        title={t('console.analytics.enterprisesByMonth')}
        chart={enterprisesChart}
        rows={enterprises}
        rowKey={(r) => r.month}
        columns={[
          { title: col('month'), dataIndex: 'month' },
          { title: col('smes'), dataIndex: 'smes', align: 'right', render: l.count },
          { title: col('large'), dataIndex: 'large', align: 'right', render: l.count },
        ]}
      />
      <FigureSection
        title={t('console.analytics.equipmentByWeek')}
        chart={equipmentChart}
        rows={weeks}
        rowKey={(r) => r.week}
        pageSize={13}
        columns={[
          { title: col('week'), dataIndex: 'week' },
          { title: col('bookings'), dataIndex: 'bookings', align: 'right', render: l.count },
          { title: col('bookedHours'), dataIndex: 'bookedHours', align: 'right', render: l.hours },
          { title: col('offeredHours'), dataIndex: 'offeredHours', align: 'right', render: l.hours },
          { title: col('utilisation'), dataIndex: 'utilisation', align: 'right', render: l.share },
        ]}
      />
      <FigureSection
        title={t('console.analytics.byIndustry')}
        chart={industryChart}
        rows={industries}
        rowKey={(r) => r.section ?? '-'}
        columns={[
          { title: col('industry'), dataIndex: 'section', render: l.industry },
          { title: col('listings'), dataIndex: 'listings', align: 'right', render: l.count },
          { title: col('deals'), dataIndex: 'deals', align: 'right', render: l.count },
          { title: col('smes'), dataIndex: 'smes', align: 'right', render: l.count },
          { title: col('large'), dataIndex: 'large', align: 'right', render: l.count },
        ]}
      />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <FigureSection
            title={t('console.analytics.listingsByKind')}
            rows={listings}
            rowKey={(r) => `${r.kind}/${r.status}`}
            columns={[
              { title: col('kind'), dataIndex: 'kind', render: l.listingKind },
              { title: col('status'), dataIndex: 'status', render: l.listingStatus },
              { title: col('count'), dataIndex: 'count', align: 'right', render: l.count },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <FigureSection
            title={t('console.analytics.bySizeClass')}
            rows={a.enterprises.bySizeClass}
            rowKey={(r) => r.sizeClass ?? '-'}
            columns={[
              { title: col('sizeClass'), dataIndex: 'sizeClass', render: l.sizeClass },
              { title: col('smes'), dataIndex: 'smes', align: 'right', render: l.count },
              { title: col('large'), dataIndex: 'large', align: 'right', render: l.count },
            ]}
          />
          <FigureSection
            title={t('console.analytics.byLevel')}
            rows={a.enterprises.byLevel}
            rowKey={(r) => r.level ?? '-'}
            columns={[
              { title: col('level'), dataIndex: 'level', render: l.level },
              { title: col('smes'), dataIndex: 'smes', align: 'right', render: l.count },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <FigureSection
            title={t('console.analytics.capacityOffered')}
            rows={offered}
            rowKey={(r) => `${r.unit}/${r.per}`}
            columns={[
              { title: col('unit'), dataIndex: 'unit', render: l.unit },
              { title: col('per'), dataIndex: 'per', render: l.per },
              { title: col('listings'), dataIndex: 'listings', align: 'right', render: l.count },
              { title: col('quantity'), dataIndex: 'quantity', align: 'right', render: l.quantity },
            ]}
          />
          <FigureSection
            title={t('console.analytics.capacityReserved')}
            rows={reserved}
            rowKey={(r) => `${r.month}/${r.unit}/${r.per}`}
            pageSize={12}
            columns={[
              { title: col('month'), dataIndex: 'month' },
              { title: col('unit'), dataIndex: 'unit', render: l.unit },
              { title: col('per'), dataIndex: 'per', render: l.per },
              { title: col('quantity'), dataIndex: 'quantity', align: 'right', render: l.quantity },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <FigureSection
            title={t('console.analytics.licencesByMonth')}
            rows={licences}
            rowKey={(r) => r.month}
            pageSize={12}
            columns={[
              { title: col('month'), dataIndex: 'month' },
              { title: col('openLicence'), dataIndex: 'open', align: 'right', render: l.count },
              { title: col('negotiated'), dataIndex: 'negotiated', align: 'right', render: l.count },
            ]}
          />
          <FigureSection
            title={t('console.analytics.responseByMonth')}
            rows={a.responseTime.byMonth}
            rowKey={(r) => r.month}
            pageSize={12}
            columns={[
              { title: col('month'), dataIndex: 'month' },
              { title: col('median'), dataIndex: 'medianSeconds', align: 'right', render: l.duration },
              { title: col('deals'), dataIndex: 'deals', align: 'right', render: l.count },
            ]}
          />
        </Col>
      </Row>
    </>
  );
}

function ExportButtons({ parkId, period }: { parkId: string; period: Period }) {
  const { t } = useTranslation();
  const message = useMessage();
  const exporting = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') => downloadParkAnalytics(parkId, period, format),
    onSuccess: (name) => message.success(t('console.analytics.exported', { name })),
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed')),
  });
  const busy = (format: 'csv' | 'xlsx') => exporting.isPending && exporting.variables === format;
  return (
    <>
      <Button
        type="primary"
        icon={<DownloadOutlined />}
        loading={busy('xlsx')}
        disabled={exporting.isPending}
        onClick={() => exporting.mutate('xlsx')}
      >
        {t('console.analytics.exportXlsx')}
      </Button>
      <Button
        icon={<DownloadOutlined />}
        loading={busy('csv')}
        disabled={exporting.isPending}
        onClick={() => exporting.mutate('csv')}
      >
        {t('console.analytics.exportCsv')}
      </Button>
    </>
  );
}

/** A park's dashboard: its operators' and platform admins' (anyone else reads "not found", as the API answers). */
export default function ParkAnalyticsPage() {
  const { t } = useTranslation();
  const { parkId = '' } = useParams();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const period = useMemo(() => periodOf(params), [params]);
  const park = usePark(parkId);
  const analytics = useParkAnalytics(parkId, period);
  useDocumentTitle(t('console.analytics.title'));
  const breadcrumb = useParkBreadcrumb(parkId, park.data?.name, t('console.analytics.title'));
  // The park's operators reach its other console pages from here, as from each of them.
  const operates = me?.operatedParkIds?.includes(parkId) ?? false;

  return (
    <>
      <PageHeader
        title={t('console.analytics.title')}
        subTitle={park.data ? t('console.analytics.subtitle', { park: park.data.name }) : undefined}
        breadcrumb={breadcrumb}
        extra={<ExportButtons parkId={parkId} period={period} />}
      />
      {me?.isPlatformAdmin && <AdminNav />}
      {operates && <OperatorNav parkId={parkId} />}
      <Flex justify="space-between" align="end" wrap gap={12} style={{ marginBottom: 16 }}>
        <PeriodPicker
          period={period}
          onChange={(from, to) =>
            setParams(
              (p) => {
                const next = new URLSearchParams(p);
                next.set('from', from);
                next.set('to', to);
                return next;
              },
              { replace: true },
            )
          }
        />
      </Flex>
      <QueryState query={analytics} notFound={<p role="alert">{t('console.analytics.parkNotFound')}</p>}>
        {(a) => <Figures a={a} period={period} />}
      </QueryState>
    </>
  );
}
