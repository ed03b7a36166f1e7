import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, body } from '../../api/client';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { QueryState } from '../../components/QueryState';
import { OperatorPage } from './OperatorPage';
import { type ReasonKind, type ReasonTemplate, type ReasonTemplateList, useReasonTemplates } from './queries';

const KINDS: ReasonKind[] = ['reject', 'suspend', 'verification', 'badge', 'membership'];

/** The park's saved reasons, edited as one list and saved together. */
export default function ReasonsPage() {
  const { t } = useTranslation();
  return (
    <OperatorPage title={t('console.operator.reasons.title')} subTitle={t('console.operator.reasons.subtitle')}>
      {(parkId) => <ReasonsEditor parkId={parkId} />}
    </OperatorPage>
  );
}

function ReasonsEditor({ parkId }: { parkId: string }) {
  const query = useReasonTemplates(parkId);
  return <QueryState query={query}>{(data) => <ReasonsForm parkId={parkId} list={data} />}</QueryState>;
}

function ReasonsForm({ parkId, list }: { parkId: string; list: ReasonTemplateList }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ templates: ReasonTemplate[] }>();
  const save = useMutation({
    mutationFn: (templates: ReasonTemplate[]) =>
      body<ReasonTemplateList>(
        api.PUT('/api/v1/parks/{id}/reason-templates', { params: { path: { id: parkId } }, body: { templates } }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(['console', parkId, 'reason-templates'], saved);
      message.success(t('console.operator.reasons.saved'));
    },
    onError: (error) => showProblem(error, (m) => void message.error(m), form, t('common.requestFailed')),
  });
  const required = [{ required: true, whitespace: true, message: t('console.operator.reasons.required') }];
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ templates: list.templates }}
      onFinish={(v) => save.mutate(v.templates ?? [])}
    >
      {list.isDefault && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('console.operator.reasons.isDefault')} />
      )}
      <Form.List name="templates">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.map((field, index) => (
              <Card key={field.key} size="small">
                <Flex gap={12} wrap align="start">
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={t('console.operator.reasons.kind')}
                    style={{ minWidth: 180 }}
                  >
                    <Select
                      options={KINDS.map((k) => ({ value: k, label: t(`console.operator.reasons.kinds.${k}`) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'zh']}
                    label={t('console.operator.reasons.zh')}
                    rules={required}
                    style={{ flex: 1, minWidth: 240 }}
                  >
                    <Input.TextArea autoSize maxLength={500} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'en']}
                    label={t('console.operator.reasons.en')}
                    rules={required}
                    style={{ flex: 1, minWidth: 240 }}
                  >
                    <Input.TextArea autoSize maxLength={500} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('console.operator.reasons.remove', { index: index + 1 })}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30 }}
                  />
                </Flex>
              </Card>
            ))}
            <Flex gap={8}>
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'reject', zh: '', en: '' })}>
                {t('console.operator.reasons.add')}
              </Button>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('console.operator.reasons.save')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Form.List>
    </Form>
  );
}
