import { Alert, Button, Card, Form, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, data } from '../api/client';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useRfq } from './queries';
import { RFQ_FIELD_ALIASES, RfqForm } from './RfqForm';
import { type RfqFormValues, rfqFormValues, rfqPatch } from './rfqFormValues';
import type { Rfq } from './types';

/** The buyer edits a draft or an open RFQ in the form it was posted with; only what changed is sent. */
function EditRfq({ rfq }: { rfq: Rfq }) {
  const { t } = useTranslation();
  const message = useMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RfqFormValues>();
  const [saving, setSaving] = useState(false);
  useDocumentTitle(t('sourcing.edit.title'));
  const editable = rfq.yourSide === 'buyer' && rfq.actions.includes('edit');

  const save = async (values: RfqFormValues) => {
    const patch = rfqPatch(rfq, values);
    if (!patch) {
      message.info(t('sourcing.edit.unchanged'));
      return;
    }
    setSaving(true);
    try {
      const updated = await data(
        api.PATCH('/api/v1/rfqs/{id}', {
          params: { path: { id: rfq.id } },
          // Only the changed fields: the API keeps every field absent from the body.
          body: patch,
        }),
      );
      queryClient.setQueryData(['rfqs', 'one', rfq.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['rfqs'] });
      message.success(t('sourcing.edit.saved'));
      void navigate(`/rfqs/${rfq.id}`);
    } catch (error) {
      showProblem(error, (text) => void message.error(text), form, t('common.requestFailed'), RFQ_FIELD_ALIASES);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeader
        breadcrumb={[
          { title: t('sourcing.mine.title'), to: '/my/rfqs' },
          { title: rfq.title, to: `/rfqs/${rfq.id}` },
          { title: t('sourcing.edit.title') },
        ]}
        title={t('sourcing.edit.title')}
        subTitle={rfq.title}
      />
      {editable ? (
        <Card style={{ maxWidth: 820 }}>
          {rfq.status === 'open' && (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('sourcing.edit.openNote')} />
          )}
          <RfqForm
            key={rfq.version}
            form={form}
            mode="edit"
            initialValues={rfqFormValues(rfq)}
            onFinish={(v) => void save(v)}
            actions={
              <Space wrap>
                <Button type="primary" htmlType="submit" loading={saving}>
                  {t('sourcing.edit.save')}
                </Button>
                <LinkButton to={`/rfqs/${rfq.id}`}>{t('common.back')}</LinkButton>
              </Space>
            }
          />
        </Card>
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('sourcing.edit.notEditable')}
          action={<LinkButton to={`/rfqs/${rfq.id}`}>{t('common.back')}</LinkButton>}
        />
      )}
    </>
  );
}

export default function EditRfqPage() {
  const { id = '' } = useParams();
  const rfq = useRfq(id);
  return <QueryState query={rfq}>{(r) => <EditRfq rfq={r} />}</QueryState>;
}
