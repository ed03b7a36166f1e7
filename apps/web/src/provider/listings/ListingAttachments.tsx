import { DeleteOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, List, Popconfirm, Progress, Radio, Space, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { isProblem, NetworkError } from '../../api/problem';
import { useMessage } from '../../components/feedback';
import { ListEntry } from '../../components/ListEntry';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../i18n/format';
import { useListingFiles } from './queries';
import type { ListingAttachment } from './types';
import { uploadAttachment } from './upload';

const ACCEPT = { photo: 'image/jpeg,image/png,image/webp', document: 'application/pdf,image/jpeg,image/png' };

/** A file of a listing as a blob: URL, fetched with the session (a draft's files are not public). */
function fileBlob(listingId: string, attachmentId: string): Promise<Blob> {
  return api
    .GET('/api/v1/listings/{id}/attachments/{attachmentId}', {
      params: { path: { id: listingId, attachmentId } },
      parseAs: 'blob',
    })
    .then(({ data }) => data as Blob);
}

function Thumbnail({ listingId, attachment }: { listingId: string; attachment: ListingAttachment }) {
  const blob = useQuery({
    queryKey: ['listingFile', attachment.id],
    queryFn: () => fileBlob(listingId, attachment.id),
    staleTime: Infinity,
  });
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob.data) return undefined;
    const made = URL.createObjectURL(blob.data);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [blob.data]);
  return url ? (
    <img src={url} alt={attachment.filename} width={64} height={48} style={{ objectFit: 'cover', borderRadius: 4 }} />
  ) : (
    <div aria-hidden style={{ width: 64, height: 48, background: '#f0f0f0', borderRadius: 4 }} />
  );
}

/** Saves a file as the browser does a download, fetched with the session. */
async function download(listingId: string, attachment: ListingAttachment): Promise<void> {
  const url = URL.createObjectURL(await fileBlob(listingId, attachment.id));
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A listing's photos and documents: upload with progress, list, remove; the API's refusals in words. */
export function ListingAttachments({ listingId, editable }: { listingId: string; editable: boolean }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const files = useListingFiles(listingId);
  const [purpose, setPurpose] = useState<'photo' | 'document'>('photo');
  const [progress, setProgress] = useState<{ name: string; percent: number }>();
  const [refusal, setRefusal] = useState<string>();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['myListings', 'one', listingId] });
    void queryClient.invalidateQueries({ queryKey: ['listing', listingId] });
  };
  const explain = (error: unknown) =>
    error instanceof NetworkError
      ? t('common.networkError')
      : isProblem(error)
        ? (error.detail ?? error.title)
        : t('common.requestFailed');

  const upload = useMutation({
    mutationFn: (file: File) => {
      setRefusal(undefined);
      setProgress({ name: file.name, percent: 0 });
      return uploadAttachment(listingId, purpose, file, (percent) => setProgress({ name: file.name, percent }));
    },
    onSuccess: (attachment) => {
      message.success(t('myListings.files.uploaded', { name: attachment.filename }));
      refresh();
    },
    onError: (error) => setRefusal(explain(error)),
    onSettled: () => setProgress(undefined),
  });
  const remove = useMutation({
    mutationFn: (attachment: ListingAttachment) =>
      api.DELETE('/api/v1/listings/{id}/attachments/{attachmentId}', {
        params: { path: { id: listingId, attachmentId: attachment.id } },
      }),
    onSuccess: () => {
      message.success(t('myListings.files.removed'));
      refresh();
    },
    onError: (error) => setRefusal(explain(error)),
  });

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('myListings.files.title')}</h2>}>
      {editable ? (
        <Space wrap align="center" style={{ marginBottom: 12 }}>
          <Radio.Group
            aria-label={t('myListings.files.purpose')}
            optionType="button"
            value={purpose}
            onChange={(e) => setPurpose(e.target.value as 'photo' | 'document')}
            options={(['photo', 'document'] as const).map((p) => ({ value: p, label: t(`myListings.files.${p}`) }))}
          />
          <Upload
            accept={ACCEPT[purpose]}
            showUploadList={false}
            disabled={upload.isPending}
            beforeUpload={(file) => {
              upload.mutate(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t(purpose === 'photo' ? 'myListings.files.uploadPhoto' : 'myListings.files.uploadDocument')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t(`myListings.files.accepts.${purpose}`)}</Typography.Text>
        </Space>
      ) : (
        <Typography.Paragraph type="secondary">{t('myListings.files.locked')}</Typography.Paragraph>
      )}
      {progress && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text>{t('myListings.files.uploading', { name: progress.name })}</Typography.Text>
          <Progress percent={progress.percent} aria-label={t('myListings.files.progress', { name: progress.name })} />
        </div>
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable={{ 'aria-label': t('myListings.files.dismiss') }}
          onClose={() => setRefusal(undefined)}
          title={t('myListings.files.refused')}
          description={refusal}
          style={{ marginBottom: 12 }}
          role="alert"
        />
      )}
      <QueryState
        query={files}
        isEmpty={(f) => f.length === 0}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('myListings.files.empty')} />}
      >
        {(f) => (
          <List
            aria-label={t('myListings.files.title')}
            dataSource={f}
            renderItem={(a) => (
              <List.Item
                key={a.id}
                actions={
                  editable
                    ? [
                        <Popconfirm
                          key="remove"
                          title={t('myListings.files.confirmRemove', { name: a.filename })}
                          okText={t('common.confirm')}
                          cancelText={t('myListings.cancel')}
                          onConfirm={() => remove.mutate(a)}
                        >
                          <Button
                            icon={<DeleteOutlined />}
                            danger
                            loading={remove.isPending && remove.variables?.id === a.id}
                            aria-label={t('myListings.files.remove', { name: a.filename })}
                          />
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                <Space align="start">
                  {a.purpose === 'photo' ? (
                    <Thumbnail listingId={listingId} attachment={a} />
                  ) : (
                    <FileOutlined aria-hidden style={{ fontSize: 32, color: '#595959' }} />
                  )}
                  <ListEntry
                    title={
                      <Button
                        type="link"
                        style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                        onClick={() =>
                          void download(listingId, a).catch((error: unknown) => setRefusal(explain(error)))
                        }
                      >
                        {a.filename}
                      </Button>
                    }
                    description={`${t(`myListings.files.${a.purpose === 'photo' ? 'photo' : 'document'}`)} · ${size(a.sizeBytes)} · ${formatDateTime(a.createdAt)}`}
                  />
                </Space>
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </Card>
  );
}
