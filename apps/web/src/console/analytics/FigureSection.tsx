import { Card, Table, type TableColumnsType } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, type ReactNode, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';

// ECharts comes with the first chart, after the page and its tables.
const Chart = lazy(() => import('./Chart'));

/**
 * One breakdown: its heading, its chart (when it has one) and the same figures as a table,
 * which is what assistive technology reads (the chart's label says so).
 */
export function FigureSection<T extends object>({
  title,
  chart,
  columns,
  rows,
  rowKey,
  pageSize,
  extra,
}: {
  title: string;
  chart?: EChartsCoreOption;
  columns: TableColumnsType<T>;
  rows: T[];
  rowKey: (row: T) => string;
  pageSize?: number;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} style={{ marginBottom: 16 }}>
      <Card
        title={
          <h2 id={headingId} style={{ fontSize: 16, margin: 0 }}>
            {title}
          </h2>
        }
        extra={extra}
      >
        {chart && rows.length > 0 && (
          <Suspense fallback={<div aria-hidden style={{ height: 280 }} />}>
            <Chart option={chart} label={t('console.analytics.chartLabel', { title })} />
          </Suspense>
        )}
        <Table<T>
          size="small"
          columns={columns}
          dataSource={rows}
          rowKey={rowKey}
          pagination={pageSize && rows.length > pageSize ? { pageSize, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          // Ant Design's own empty text is too pale for WCAG AA contrast.
          locale={{ emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{t('console.analytics.empty')}</span> }}
        />
      </Card>
    </section>
  );
}
