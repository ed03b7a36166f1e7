import { DownloadOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, List, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { saveDownload } from '../api/download';
import { uploadFile } from '../api/upload';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { QueryState } from '../components/QueryState';
import { currentLanguage } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { useRfqAttachments } from './queries';
import type { Rfq, RfqAttachment } from './types';

/** The NDA a supplier reads and accepts (recorded: who, when, which text) before downloading. */
function Nda({ rfq }: { rfq: Rfq }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: () => data(api.POST('/api/v1/rfqs/{id}/nda', { params: { path: { id: rfq.id } }, body: {} })),
    onSuccess: (acceptance) => {
      queryClient.setQueryData(['rfqs', 'one', rfq.id], (old: Rfq | undefined) =>
        old ? { ...old, ndaAcceptedAt: acceptance.acceptedAt } : old,
      );
    },
    onError: (error) => showProblem(error, (text) => void message.error(text), undefined, t('common.requestFailed')),
  });
  return (
    <section aria-label={t('sourcing.nda.title')} style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('sourcing.nda.title')}
      </Typography.Title>
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap', maxHeight: 200, overflow: 'auto', padding: 8, background: '#fafafa' }}
        tabIndex={0}
      >
        {rfq.ndaText}
      </Typography.Paragraph>
      {rfq.yourSide === 'supplier' &&
        (rfq.ndaAcceptedAt ? (
          <Alert
            type="success"
            showIcon
            title={t('sourcing.nda.accepted', { when: formatDateTime(rfq.ndaAcceptedAt) })}
          />
        ) : (
          <Space orientation="vertical">
            <Typography.Text type="secondary">{t('sourcing.nda.intro')}</Typography.Text>
            <Button type="primary" loading={accept.isPending} onClick={() => accept.mutate()}>
              {t('sourcing.nda.accept')}
            </Button>
          </Space>
        ))}
    </section>
  );
}

/** The RFQ's drawings: listed for whoever sees the RFQ, downloaded by a supplier once it accepted the NDA. */
export function RfqAttachments({ rfq }: { rfq: Rfq }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const queryClient = useQueryClient();
  const attachments = useRfqAttachments(rfq.id);
  const [downloading, setDownloading] = useState<string>();
  const locked = rfq.yourSide === 'supplier' && rfq.ndaRequired && !rfq.ndaAcceptedAt;
  const upload = useMutation({
    mutationFn: (file: File) =>
      uploadFile<RfqAttachment>(`/api/v1/rfqs/${rfq.id}/attachments`, {}, file, language, () => undefined),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['rfqs', 'one', rfq.id, 'attachments'] });
      message.success(t('sourcing.attachments.uploaded'));
    },
    onError: (error) => showProblem(error, (text) => void message.error(text), undefined, t('common.requestFailed')),
  });
  const download = async (attachment: RfqAttachment) => {
    setDownloading(attachment.id);
    try {
      const { data: blob, response } = await api.GET('/api/v1/rfqs/{id}/attachments/{attachmentId}', {
        params: { path: { id: rfq.id, attachmentId: attachment.id } },
        parseAs: 'blob',
      });
      saveDownload(blob as Blob, response, attachment.fileName);
    } catch (error) {
      showProblem(error, (text) => void message.error(text), undefined, t('common.requestFailed'));
    } finally {
      setDownloading(undefined);
    }
  };
  const canUpload = rfq.yourSide === 'buyer' && (rfq.status === 'draft' || rfq.status === 'open');
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('sourcing.attachments.title')}</h2>}
      extra={
        canUpload && (
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('sourcing.attachments.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {rfq.ndaRequired && rfq.ndaText && <Nda rfq={rfq} />}
      <QueryState
        query={attachments}
        isEmpty={(list) => list.length === 0}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sourcing.attachments.empty')} />}
      >
        {(list) => (
          <List
            size="small"
            dataSource={list}
            renderItem={(a) => (
              <List.Item
                key={a.id}
                actions={[
                  <Button
                    key="download"
                    type="link"
                    icon={<DownloadOutlined />}
                    disabled={locked}
                    loading={downloading === a.id}
                    aria-label={t('sourcing.attachments.download', { name: a.fileName })}
                    onClick={() => void download(a)}
                  />,
                ]}
              >
                <Space>
                  <FileOutlined aria-hidden />
                  <span>{a.fileName}</span>
                  <Typography.Text type="secondary">{Math.max(1, Math.round(a.sizeBytes / 1024))} KB</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </QueryState>
      {locked && <Typography.Text type="secondary">{t('sourcing.attachments.needNda')}</Typography.Text>}
    </Card>
  );
}
