import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AutoComplete, Button, Card, DatePicker, Empty, Form, Input, List, Popconfirm, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { ListEntry } from '../../components/ListEntry';
import { QueryState } from '../../components/QueryState';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { useListingRequesters, useQualifications } from './queries';

interface Values {
  userId: string;
  note?: string;
  expiresOn?: Dayjs | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may run self-operated equipment: the owner records the users it has trained (a
 * booking of self-operated time needs one), optionally until a date, and revokes them.
 */
export function Qualifications({ listingId }: { listingId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const queryClient = useQueryClient();
  const qualifications = useQualifications(listingId, true);
  const requesters = useListingRequesters(listingId, true);
  const [form] = Form.useForm<Values>();
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ['myListings', 'one', listingId, 'qualifications'] });

  const record = useMutation({
    mutationFn: (v: Values) =>
      api.POST('/api/v1/listings/{id}/qualifications', {
        params: { path: { id: listingId } },
        body: {
          userId: v.userId.trim(),
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          ...(v.expiresOn ? { expiresOn: v.expiresOn.format('YYYY-MM-DD') } : {}),
        },
      }),
    onSuccess: () => {
      message.success(t('myListings.qualifications.recorded'));
      form.resetFields();
      refresh();
    },
    onError: (error) => showProblem(error, (text) => void message.error(text), form, t('common.requestFailed')),
  });
  const revoke = useMutation({
    mutationFn: (userId: string) =>
      api.DELETE('/api/v1/listings/{id}/qualifications/{userId}', { params: { path: { id: listingId, userId } } }),
    onSuccess: () => {
      message.success(t('myListings.qualifications.revoked'));
      refresh();
    },
    onError: (error) => showProblem(error, (text) => void message.error(text), undefined, t('common.requestFailed')),
  });

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('myListings.qualifications.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('myListings.qualifications.intro')}</Typography.Paragraph>
      <QueryState
        query={qualifications}
        isEmpty={(q) => q.items.length === 0}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('myListings.qualifications.empty')} />}
      >
        {(q) => (
          <List
            dataSource={q.items}
            renderItem={(item) => (
              <List.Item
                key={item.userId}
                actions={[
                  <Popconfirm
                    key="revoke"
                    title={t('myListings.qualifications.confirmRevoke')}
                    okText={t('common.confirm')}
                    cancelText={t('myListings.cancel')}
                    onConfirm={() => revoke.mutate(item.userId)}
                  >
                    <Button
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('myListings.qualifications.revoke', { user: item.userId })}
                    />
                  </Popconfirm>,
                ]}
              >
                <ListEntry
                  title={<Typography.Text code>{item.userId}</Typography.Text>}
                  description={[
                    item.note,
                    item.expiresOn
                      ? t('myListings.qualifications.until', { date: formatDate(item.expiresOn, language) })
                      : t('myListings.qualifications.noExpiry'),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </List.Item>
            )}
          />
        )}
      </QueryState>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => record.mutate(v)} style={{ marginTop: 12 }}>
        <Form.Item
          name="userId"
          label={t('myListings.qualifications.userId')}
          extra={t('myListings.qualifications.userIdHint')}
          rules={[
            { required: true, message: t('form.required') },
            { pattern: UUID, message: t('myListings.qualifications.userIdFormat') },
          ]}
        >
          <AutoComplete
            options={(requesters.data ?? []).map((id) => ({ value: id, label: id }))}
            style={{ maxWidth: 420 }}
          >
            <Input maxLength={36} />
          </AutoComplete>
        </Form.Item>
        <Space wrap size={12} align="start">
          <Form.Item name="note" label={t('myListings.qualifications.note')}>
            <Input maxLength={500} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="expiresOn" label={t('myListings.qualifications.expiresOn')}>
            <DatePicker disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} />
          </Form.Item>
        </Space>
        <Button htmlType="submit" loading={record.isPending}>
          {t('myListings.qualifications.record')}
        </Button>
      </Form>
    </Card>
  );
}
