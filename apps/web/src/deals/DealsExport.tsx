import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { saveDownload } from '../api/download';
import { isProblem } from '../api/problem';

type Format = 'csv' | 'xlsx';

/** `YYYY-MM-DD` of a date in China (where the API counts days). */
function chinaDate(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The enterprise's deals of a period as a spreadsheet for its accountants: parties,
 * listing, kind, state, dates, quantities and the agreed price in yuan.
 */
export function DealsExport({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const today = new Date();
  const [from, setFrom] = useState(chinaDate(new Date(today.getFullYear(), 0, 1, 12)));
  const [to, setTo] = useState(chinaDate(today));
  const [busy, setBusy] = useState<Format>();
  const [refusal, setRefusal] = useState<string>();
  const fromId = useId();
  const toId = useId();

  const run = async (format: Format) => {
    setBusy(format);
    setRefusal(undefined);
    try {
      const { data: blob, response } = await api.GET('/api/v1/organizations/{id}/deals/export', {
        params: { path: { id: organizationId }, query: { from, to, format } },
        parseAs: 'blob',
      });
      saveDownload(blob as Blob, response, `deals-${from}-${to}.${format}`);
    } catch (error) {
      setRefusal(isProblem(error) ? (error.detail ?? error.title) : t('org.dealsExport.failed'));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section aria-label={t('org.dealsExport.title')} style={{ marginBottom: 12 }}>
      <Flex gap={12} wrap align="end">
        <div>
          <label htmlFor={fromId} style={{ display: 'block', marginBottom: 4 }}>
            {t('org.dealsExport.from')}
          </label>
          <input
            id={fromId}
            className="ant-input ant-input-outlined"
            type="date"
            value={from}
            max={to}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={toId} style={{ display: 'block', marginBottom: 4 }}>
            {t('org.dealsExport.to')}
          </label>
          <input
            id={toId}
            className="ant-input ant-input-outlined"
            type="date"
            value={to}
            min={from}
            onChange={(e) => setTo(e.target.value)}
          />
        </div>
        <Button
          icon={<FileExcelOutlined />}
          disabled={!from || !to}
          loading={busy === 'xlsx'}
          onClick={() => void run('xlsx')}
        >
          {t('org.dealsExport.xlsx')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          disabled={!from || !to}
          loading={busy === 'csv'}
          onClick={() => void run('csv')}
        >
          {t('org.dealsExport.csv')}
        </Button>
      </Flex>
      {refusal && <Alert type="error" showIcon role="alert" style={{ marginTop: 8 }} title={refusal} />}
    </section>
  );
}
