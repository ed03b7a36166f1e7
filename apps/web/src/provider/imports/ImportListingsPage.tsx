import { DownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Progress,
  Result,
  Select,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../account/session';
import { isProblem } from '../../api/problem';
import { useMessage } from '../../components/feedback';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { currentLanguage } from '../../i18n';
import {
  downloadTemplate,
  type ImportRejection,
  isRunning,
  type ListingImport,
  startImport,
  type TableFormat,
  type TemplateKind,
  useListingImport,
} from './queries';

/** What the API takes: under 50 MB (it refuses 50 MB and more with 413). */
const MAX_BYTES = 50 * 1024 * 1024;
const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';
const KINDS: TemplateKind[] = ['equipment', 'capacity', 'ip'];

/**
 * `/my/listings/import?import=<id>`: the template to fill in, the file sent for a check (a
 * dry run writes nothing) or for real, the worker's progress as a bar and its report, every
 * refused row with its row number as the spreadsheet shows it. The report's id stays in the
 * address, so a reload (or a colleague sent the link) sees the same report.
 */
export default function ImportListingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myListings.imports.title'));
  const { organizationId } = useSession();
  const [url, setUrl] = useSearchParams();
  const importId = url.get('import') ?? undefined;
  const [file, setFile] = useState<File>();

  return (
    <>
      <PageHeader
        breadcrumb={[{ title: t('myListings.title'), to: '/my/listings' }]}
        title={t('myListings.imports.title')}
        subTitle={t('myListings.imports.subtitle')}
      />
      {!organizationId ? (
        <Alert type="info" showIcon title={t('myListings.noEnterprise')} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <TemplateCard />
          <UploadCard
            organizationId={organizationId}
            file={file}
            onFile={setFile}
            onStarted={(id) => setUrl({ import: id })}
          />
          {importId && (
            <ReportCard
              importId={importId}
              file={file}
              organizationId={organizationId}
              onStarted={(id) => setUrl({ import: id })}
            />
          )}
        </Space>
      )}
    </>
  );
}

function TemplateCard() {
  const { t } = useTranslation();
  const message = useMessage();
  const [kind, setKind] = useState<TemplateKind>('equipment');
  const [busy, setBusy] = useState<TableFormat>();
  const fetchTemplate = async (format: TableFormat) => {
    setBusy(format);
    try {
      await downloadTemplate(kind, format);
    } catch {
      message.error(t('myListings.imports.downloadFailed'));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('myListings.imports.templateTitle')}</h2>}>
      <Typography.Paragraph type="secondary">{t('myListings.imports.templateIntro')}</Typography.Paragraph>
      <Flex gap={12} wrap align="end">
        <div>
          <label htmlFor="import-template-kind" style={{ display: 'block', marginBottom: 4 }}>
            {t('myListings.kind')}
          </label>
          <Select
            id="import-template-kind"
            style={{ width: 180 }}
            value={kind}
            onChange={(k: TemplateKind) => setKind(k)}
            options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
        </div>
        <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => void fetchTemplate('xlsx')}>
          {t('myListings.imports.templateXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} loading={busy === 'csv'} onClick={() => void fetchTemplate('csv')}>
          {t('myListings.imports.templateCsv')}
        </Button>
      </Flex>
    </Card>
  );
}

function explain(error: unknown, fallback: string): string {
  return isProblem(error) ? (error.detail ?? error.title) : fallback;
}

function UploadCard({
  organizationId,
  file,
  onFile,
  onStarted,
}: {
  organizationId: string;
  file: File | undefined;
  onFile: (file: File | undefined) => void;
  onStarted: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [submit, setSubmit] = useState(false);
  const [sending, setSending] = useState<{ dryRun: boolean; percent: number }>();
  const [refusal, setRefusal] = useState<string>();

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setRefusal(undefined);
    setSending({ dryRun, percent: 0 });
    try {
      const started = await startImport(organizationId, file, { dryRun, submit }, currentLanguage(), (percent) =>
        setSending({ dryRun, percent }),
      );
      onStarted(started.id);
    } catch (error) {
      setRefusal(explain(error, t('common.requestFailed')));
    } finally {
      setSending(undefined);
    }
  };

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('myListings.imports.uploadTitle')}</h2>}>
      <Upload.Dragger
        accept={ACCEPT}
        multiple={false}
        showUploadList={false}
        beforeUpload={(chosen) => {
          setRefusal(undefined);
          if (chosen.size >= MAX_BYTES) {
            onFile(undefined);
            setRefusal(t('myListings.imports.tooLarge'));
          } else onFile(chosen);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{file ? file.name : t('myListings.imports.drop')}</p>
        <p className="ant-upload-hint">{t('myListings.imports.accepts')}</p>
      </Upload.Dragger>
      <Checkbox checked={submit} onChange={(e) => setSubmit(e.target.checked)} style={{ marginTop: 12 }}>
        {t('myListings.imports.submit')}
      </Checkbox>
      {refusal && <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={refusal} />}
      {sending && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text>{t('myListings.imports.sending', { name: file?.name })}</Typography.Text>
          <Progress percent={sending.percent} size="small" />
        </div>
      )}
      <Space wrap style={{ marginTop: 12 }}>
        <Button disabled={!file} loading={sending?.dryRun === true} onClick={() => void send(true)}>
          {t('myListings.imports.check')}
        </Button>
        <Button type="primary" disabled={!file} loading={sending?.dryRun === false} onClick={() => void send(false)}>
          {t('myListings.imports.start')}
        </Button>
      </Space>
    </Card>
  );
}

function ReportCard({
  importId,
  file,
  organizationId,
  onStarted,
}: {
  importId: string;
  file: File | undefined;
  organizationId: string;
  onStarted: (id: string) => void;
}) {
  const { t } = useTranslation();
  const report = useListingImport(importId);
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('myListings.imports.reportTitle')}</h2>}
      aria-live="polite"
      aria-busy={report.data ? isRunning(report.data) : true}
    >
      <QueryState query={report} notFound={<Alert type="warning" showIcon title={t('myListings.imports.gone')} />}>
        {(data) => <Report report={data} file={file} organizationId={organizationId} onStarted={onStarted} />}
      </QueryState>
    </Card>
  );
}

function Report({
  report,
  file,
  organizationId,
  onStarted,
}: {
  report: ListingImport;
  file: File | undefined;
  organizationId: string;
  onStarted: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [starting, setStarting] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const running = isRunning(report);
  const percent = report.total > 0 ? Math.floor((report.processed / report.total) * 100) : running ? 0 : 100;
  const clean = report.status === 'done' && report.rejected.length === 0;

  const importForReal = async () => {
    if (!file) return;
    setStarting(true);
    setRefusal(undefined);
    try {
      const started = await startImport(
        organizationId,
        file,
        { dryRun: false, submit: report.submit },
        currentLanguage(),
        () => {},
      );
      onStarted(started.id);
    } catch (error) {
      setRefusal(explain(error, t('common.requestFailed')));
    } finally {
      setStarting(false);
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <div>
        <Typography.Text strong>
          {t(`myListings.imports.status.${report.status}`)}
          {report.dryRun ? ` · ${t('myListings.imports.dryRun')}` : ''}
        </Typography.Text>
        <Progress
          percent={percent}
          status={report.status === 'failed' ? 'exception' : running ? 'active' : 'success'}
          aria-label={t('myListings.imports.progress')}
        />
        <Typography.Text type="secondary">
          {t('myListings.imports.rowsDone', { processed: report.processed, total: report.total })}
        </Typography.Text>
      </div>
      {report.status === 'failed' && report.failure && (
        <Alert type="error" showIcon role="alert" title={report.failure.message} description={report.failure.code} />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 5 }}
        items={[
          { key: 'total', label: t('myListings.imports.total'), children: report.total },
          { key: 'created', label: t('myListings.imports.created'), children: report.created },
          { key: 'updated', label: t('myListings.imports.updated'), children: report.updated },
          { key: 'unchanged', label: t('myListings.imports.unchanged'), children: report.unchanged },
          { key: 'rejected', label: t('myListings.imports.rejectedCount'), children: report.rejected.length },
        ]}
      />
      {report.status === 'done' &&
        (report.dryRun ? (
          <Alert
            type={clean ? 'success' : 'warning'}
            showIcon
            title={clean ? t('myListings.imports.dryRunClean') : t('myListings.imports.dryRunRejected')}
            description={t('myListings.imports.dryRunNothingSaved')}
            action={
              file && (
                <Button type="primary" loading={starting} onClick={() => void importForReal()}>
                  {clean ? t('myListings.imports.importNow') : t('myListings.imports.importValid')}
                </Button>
              )
            }
          />
        ) : (
          <Result
            status={clean ? 'success' : 'warning'}
            title={clean ? t('myListings.imports.doneClean') : t('myListings.imports.doneRejected')}
            extra={<Link to="/my/listings?status=draft">{t('myListings.imports.seeListings')}</Link>}
            style={{ padding: '8px 0' }}
          />
        ))}
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} />}
      {report.rejected.length > 0 && <Rejections rows={report.rejected} />}
    </Space>
  );
}

function Rejections({ rows }: { rows: ImportRejection[] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 style={{ fontSize: 15, margin: 0 }}>{t('myListings.imports.rejectedTitle', { count: rows.length })}</h3>
      <Table<ImportRejection>
        size="small"
        rowKey={(r) => `${r.row}:${r.column ?? ''}:${r.code}`}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: true }}
        columns={[
          { title: t('myListings.imports.row'), dataIndex: 'row', width: 80 },
          {
            title: t('myListings.imports.column'),
            dataIndex: 'column',
            width: 160,
            render: (c: string | null) => c ?? '—',
          },
          { title: t('myListings.imports.problem'), dataIndex: 'message' },
          {
            title: t('myListings.imports.code'),
            dataIndex: 'code',
            width: 220,
            render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
          },
        ]}
      />
    </>
  );
}
