import { DeleteOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Popconfirm,
  Progress,
  Select,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { isProblem, NetworkError } from '../api/problem';
import { uploadFile } from '../api/upload';
import { useMessage } from '../components/feedback';
import { QueryState } from '../components/QueryState';
import { currentLanguage } from '../i18n';
import { formatBytes, formatDateTime } from '../i18n/format';
import type { Organization } from './queries';
import {
  downloadVerificationDocument,
  VERIFICATION_DOCUMENT_ACCEPT,
  VERIFICATION_DOCUMENT_KINDS,
  VERIFICATION_DOCUMENT_MAX_MB,
  type VerificationDocument,
  type VerificationDocumentKind,
  verificationDocumentsKey,
  useVerificationDocuments,
} from './verificationDocuments';

/**
 * The papers the enterprise gives for its verification: its owners and admins upload them
 * (kind, optional note, the file, with progress) and delete them until it is verified; every
 * member sees and downloads them. The API's refusals (type by content, size, count) in words.
 */
export function VerificationDocumentsCard({
  organization,
  canAdmin,
}: {
  organization: Organization;
  canAdmin: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const queryClient = useQueryClient();
  const documents = useVerificationDocuments(organization.id);
  const [kind, setKind] = useState<VerificationDocumentKind>('business_licence');
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState<{ name: string; percent: number }>();
  const [refusal, setRefusal] = useState<string>();
  const [downloading, setDownloading] = useState<string>();
  const kindId = useId();
  const noteId = useId();
  const verified = organization.verificationState === 'verified';
  const refresh = () => void queryClient.invalidateQueries({ queryKey: verificationDocumentsKey(organization.id) });
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
      const fields: Record<string, string> = { kind };
      if (note.trim()) fields.note = note.trim();
      return uploadFile<VerificationDocument>(
        `/api/v1/organizations/${organization.id}/verification-documents`,
        fields,
        file,
        language,
        (percent) => setProgress({ name: file.name, percent }),
      );
    },
    onSuccess: (document) => {
      message.success(t('org.documents.uploaded', { name: document.fileName }));
      setNote('');
      refresh();
    },
    onError: (error) => setRefusal(explain(error)),
    onSettled: () => setProgress(undefined),
  });
  const remove = useMutation({
    mutationFn: (document: VerificationDocument) =>
      api.DELETE('/api/v1/organizations/{id}/verification-documents/{documentId}', {
        params: { path: { id: organization.id, documentId: document.id } },
      }),
    onSuccess: () => {
      message.success(t('org.documents.deleted'));
      refresh();
    },
    onError: (error) => setRefusal(explain(error)),
  });
  const download = async (document: VerificationDocument) => {
    setDownloading(document.id);
    try {
      await downloadVerificationDocument(organization.id, document);
    } catch (error) {
      setRefusal(explain(error));
    } finally {
      setDownloading(undefined);
    }
  };

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('org.documents.title')}</h2>}>
      {/* That the papers are kept once verified is said once: ahead of time here, or as the state below. */}
      <Typography.Paragraph type="secondary" id={`${kindId}-hint`}>
        {t('org.documents.hint', {
          mb: VERIFICATION_DOCUMENT_MAX_MB,
          kept: verified ? '' : t('org.documents.keptOnceVerified'),
        })}
      </Typography.Paragraph>
      {canAdmin && (
        <Form layout="vertical" component="div" style={{ marginBottom: 12 }}>
          <Flex gap={12} wrap align="end">
            <Form.Item label={t('org.documents.kind')} htmlFor={kindId} style={{ marginBottom: 0, minWidth: 200 }}>
              <Select
                id={kindId}
                value={kind}
                onChange={setKind}
                options={VERIFICATION_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`org.documents.kinds.${k}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('org.documents.note')} htmlFor={noteId} style={{ marginBottom: 0, flex: '1 1 220px' }}>
              <Input
                id={noteId}
                value={note}
                maxLength={500}
                placeholder={t('org.documents.notePlaceholder')}
                onChange={(e) => setNote(e.target.value)}
              />
            </Form.Item>
            <Upload
              accept={VERIFICATION_DOCUMENT_ACCEPT}
              showUploadList={false}
              disabled={upload.isPending}
              beforeUpload={(file) => {
                upload.mutate(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={upload.isPending} aria-describedby={`${kindId}-hint`}>
                {t('org.documents.upload')}
              </Button>
            </Upload>
          </Flex>
        </Form>
      )}
      {progress && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text>{t('org.documents.uploading', { name: progress.name })}</Typography.Text>
          <Progress percent={progress.percent} aria-label={t('org.documents.progress', { name: progress.name })} />
        </div>
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable={{ 'aria-label': t('org.documents.dismiss') }}
          onClose={() => setRefusal(undefined)}
          title={t('org.documents.refused')}
          description={refusal}
          style={{ marginBottom: 12 }}
          role="alert"
        />
      )}
      {verified && canAdmin && (
        <Typography.Paragraph type="secondary">{t('org.documents.locked')}</Typography.Paragraph>
      )}
      <QueryState
        query={documents}
        isEmpty={(list) => list.length === 0}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.documents.empty')} />}
      >
        {(list) => (
          <List
            dataSource={list}
            renderItem={(d) => (
              <List.Item
                key={d.id}
                actions={
                  canAdmin && !verified
                    ? [
                        <Popconfirm
                          key="delete"
                          title={t('org.documents.confirmDelete', { name: d.fileName })}
                          okText={t('common.confirm')}
                          cancelText={t('org.profile.cancel')}
                          onConfirm={() => remove.mutate(d)}
                        >
                          <Button
                            icon={<DeleteOutlined />}
                            danger
                            loading={remove.isPending && remove.variables?.id === d.id}
                            aria-label={t('org.documents.delete', { name: d.fileName })}
                          />
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                <Flex gap={8} align="start">
                  <FileOutlined aria-hidden style={{ fontSize: 20, color: '#595959', marginTop: 4 }} />
                  <div>
                    <Button
                      type="link"
                      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                      loading={downloading === d.id}
                      aria-label={t('org.documents.download', { name: d.fileName })}
                      onClick={() => void download(d)}
                    >
                      {d.fileName}
                    </Button>
                    <div>
                      <Tag>{t(`org.documents.kinds.${d.kind}`)}</Tag>
                      <Typography.Text type="secondary">
                        {formatBytes(d.sizeBytes)} · {formatDateTime(d.uploadedAt)}
                      </Typography.Text>
                    </div>
                    {d.note && <Typography.Text type="secondary">{d.note}</Typography.Text>}
                  </div>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </Card>
  );
}
