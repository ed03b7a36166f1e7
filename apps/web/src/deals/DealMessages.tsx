import { PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Form, Input, List, Progress, Space, Typography, Upload, type UploadFile } from 'antd';
import { useMessage } from '../components/feedback';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, body } from '../api/client';
import { getAccessToken } from '../api/token';
import { showProblem } from '../components/formProblem';
import { ListEntry } from '../components/ListEntry';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../i18n/format';
import { useDealMessages } from './queries';
import type { Deal, DealDocument } from './types';

/** Uploads one file to the deal (multipart), reporting progress; the API client has no upload progress, XHR has. */
function uploadDocument(dealId: string, file: File, onProgress: (percent: number) => void): Promise<DealDocument> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/deals/${dealId}/documents`);
    xhr.withCredentials = true;
    const token = getAccessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as DealDocument);
      else reject(new Error(xhr.responseText));
    };
    xhr.onerror = () => reject(new Error('network'));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

export function DealMessages({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const messages = useDealMessages(deal.id);
  const [form] = Form.useForm<{ body: string }>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [progress, setProgress] = useState<number>();
  const send = useMutation({
    mutationFn: async (text: string) => {
      const documentIds: string[] = [];
      for (const f of files) {
        if (!f.originFileObj) continue;
        const doc = await uploadDocument(deal.id, f.originFileObj, setProgress);
        documentIds.push(doc.id);
      }
      setProgress(undefined);
      return body(
        api.POST('/api/v1/deals/{id}/messages', {
          params: { path: { id: deal.id } },
          body: { body: text, ...(documentIds.length ? { documentIds } : {}) },
        }),
      );
    },
    onSuccess: () => {
      form.resetFields();
      setFiles([]);
      void queryClient.invalidateQueries({ queryKey: ['deals', 'one', deal.id] });
    },
    onError: (error) => {
      setProgress(undefined);
      showProblem(error, (text) => void message.error(text), form, t('common.requestFailed'));
    },
  });

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('messages.title')}</h2>}>
      <QueryState
        query={messages}
        isEmpty={(m) => m.items.length === 0}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('messages.empty')} />}
      >
        {(m) => (
          <List
            dataSource={[...m.items].reverse()}
            renderItem={(msg) => (
              <List.Item>
                <ListEntry
                  title={
                    <Space size={8}>
                      <Typography.Text strong>{t(`side.${msg.authorSide}`)}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(msg.createdAt)}
                      </Typography.Text>
                    </Space>
                  }
                  description={
                    <>
                      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
                        {msg.body}
                      </Typography.Paragraph>
                      {msg.documents.map((d) => (
                        <div key={d.id}>
                          <a href={`/api/v1/deals/${deal.id}/documents/${d.id}`}>
                            <PaperClipOutlined aria-hidden /> {d.fileName}
                          </a>
                        </div>
                      ))}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </QueryState>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => send.mutate(v.body)}
        style={{ marginTop: 12 }}
      >
        <Form.Item
          name="body"
          label={t('messages.new')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Space wrap align="start">
          <Upload
            fileList={files}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFiles(fileList.slice(-5))}
            multiple
          >
            <Button icon={<PaperClipOutlined />}>{t('messages.attach')}</Button>
          </Upload>
          <Button type="primary" htmlType="submit" loading={send.isPending}>
            {t('messages.send')}
          </Button>
        </Space>
        {progress !== undefined && <Progress percent={progress} size="small" aria-label={t('messages.uploading')} />}
      </Form>
    </Card>
  );
}
