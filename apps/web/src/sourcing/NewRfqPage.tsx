import { Button, Card, Form, Space, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, data } from '../api/client';
import { isProblem } from '../api/problem';
import { uploadFile } from '../api/upload';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { PageHeader } from '../components/PageHeader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { RFQ_FIELD_ALIASES, RfqForm } from './RfqForm';
import { rfqBody, type RfqFormValues } from './rfqFormValues';

/** Posts a request for quotation (open at once, or a draft), then uploads its drawings. */
export default function NewRfqPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const navigate = useNavigate();
  const [form] = Form.useForm<RfqFormValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [pending, setPending] = useState<'open' | 'draft'>();
  useDocumentTitle(t('sourcing.form.title'));

  const submit = async (v: RfqFormValues, draft: boolean) => {
    setPending(draft ? 'draft' : 'open');
    try {
      const rfq = await data(api.POST('/api/v1/rfqs', { body: rfqBody(v, draft) }));
      for (const f of files) {
        if (!f.originFileObj) continue;
        try {
          await uploadFile(`/api/v1/rfqs/${rfq.id}/attachments`, {}, f.originFileObj, language, () => undefined);
        } catch (error) {
          const reason = isProblem(error) ? (error.detail ?? error.title) : t('common.requestFailed');
          message.error(t('sourcing.form.uploadFailed', { name: f.name, reason }));
        }
      }
      message.success(t(draft ? 'sourcing.form.drafted' : 'sourcing.form.posted'));
      void navigate(`/rfqs/${rfq.id}`);
    } catch (error) {
      showProblem(error, (text) => void message.error(text), form, t('common.requestFailed'), RFQ_FIELD_ALIASES);
    } finally {
      setPending(undefined);
    }
  };

  return (
    <>
      <PageHeader
        breadcrumb={[
          { title: t('sourcing.board.title'), to: '/rfqs' },
          { title: t('sourcing.mine.title'), to: '/my/rfqs' },
          { title: t('sourcing.form.title') },
        ]}
        title={t('sourcing.form.title')}
        subTitle={t('sourcing.form.intro')}
      />
      <Card style={{ maxWidth: 820 }}>
        <RfqForm
          form={form}
          mode="create"
          initialValues={{ unit: 'piece', visibility: 'public', showTarget: false }}
          files={files}
          onFiles={setFiles}
          onFinish={(v) => void submit(v, false)}
          actions={
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={pending === 'open'} disabled={pending !== undefined}>
                {t('sourcing.form.submit')}
              </Button>
              <Button
                loading={pending === 'draft'}
                disabled={pending !== undefined}
                onClick={() =>
                  void form
                    .validateFields()
                    .then((v) => submit(v, true))
                    .catch(() => undefined)
                }
              >
                {t('sourcing.form.saveDraft')}
              </Button>
            </Space>
          }
        />
      </Card>
    </>
  );
}
