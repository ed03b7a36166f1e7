import { DeleteOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Result, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AuthCard } from '../account/AuthCard';
import { normalizeUscc, usccProblem } from '../account/uscc';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { type DisputeFields, fileDispute, formatSize, LICENCE_ACCEPT, LICENCE_MAX_BYTES, LICENCE_TYPES } from './api';

interface Values extends DisputeFields {
  licence?: File;
}

/**
 * The public dispute form (`/uscc-disputes/new?uscc=…`): the real holder of a credit code
 * that another enterprise registered files a dispute with its business licence. The API
 * emails a confirmation link; until it is followed nothing happens, which the page that
 * follows a success says.
 */
export default function NewDisputePage() {
  const { t } = useTranslation();
  const message = useMessage();
  const [url] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [sentTo, setSentTo] = useState<string>();
  const size = formatSize(LICENCE_MAX_BYTES);

  const file = useMutation({
    mutationFn: ({ licence: document, ...fields }: Values) =>
      fileDispute(
        {
          uscc: normalizeUscc(fields.uscc),
          organizationName: fields.organizationName.trim(),
          contactName: fields.contactName.trim(),
          email: fields.email.trim(),
          phone: fields.phone?.trim() || undefined,
          statement: fields.statement.trim(),
        },
        document!,
      ),
    onSuccess: (_, values) => setSentTo(values.email.trim()),
    onError: (error) => showProblem(error, (text) => void message.error(text), form, t('common.requestFailed')),
  });

  if (sentTo) {
    return (
      <AuthCard title={t('disputes.sent.title')} width={560}>
        <Result
          status="success"
          title={t('disputes.sent.title')}
          subTitle={t('disputes.sent.body', { email: sentTo })}
          extra={<Typography.Text type="secondary">{t('disputes.sent.again')}</Typography.Text>}
        />
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('disputes.new.title')} width={560}>
      <Typography.Paragraph type="secondary">{t('disputes.new.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ uscc: url.get('uscc') ?? '' }}
        onFinish={(values) => file.mutate(values)}
      >
        <Form.Item
          name="uscc"
          label={t('disputes.new.uscc')}
          extra={t('disputes.new.usccHint')}
          validateTrigger={['onChange', 'onBlur']}
          rules={[
            { required: true, message: t('form.required') },
            {
              validator: (_, value: string | undefined) => {
                if (!value) return Promise.resolve();
                const problem = usccProblem(value);
                return problem ? Promise.reject(new Error(t(`register.usccProblem.${problem}`))) : Promise.resolve();
              },
            },
          ]}
        >
          <Input maxLength={22} style={{ textTransform: 'uppercase' }} spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="organizationName"
          label={t('disputes.new.organizationName')}
          extra={t('disputes.new.organizationNameHint')}
          rules={[{ required: true, min: 2, whitespace: true, message: t('disputes.new.organizationNameRule') }]}
        >
          <Input autoComplete="organization" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="contactName"
          label={t('disputes.new.contactName')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input autoComplete="name" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('disputes.new.email')}
          extra={t('disputes.new.emailHint')}
          rules={[{ required: true, type: 'email', message: t('form.email') }]}
        >
          <Input autoComplete="email" inputMode="email" maxLength={254} />
        </Form.Item>
        <Form.Item name="phone" label={t('disputes.new.phone')}>
          <Input autoComplete="tel" inputMode="tel" maxLength={40} />
        </Form.Item>
        <Form.Item
          name="statement"
          label={t('disputes.new.statement')}
          extra={t('disputes.new.statementHint')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name="licence"
          label={t('disputes.new.licence')}
          extra={t('disputes.new.licenceHint', { size })}
          valuePropName="file"
          rules={[
            { required: true, message: t('disputes.new.licenceRequired') },
            {
              validator: (_, value: File | undefined) => {
                if (!value) return Promise.resolve();
                if (value.type && !LICENCE_TYPES.includes(value.type)) {
                  return Promise.reject(new Error(t('disputes.new.licenceType')));
                }
                if (value.size > LICENCE_MAX_BYTES) {
                  return Promise.reject(new Error(t('disputes.new.licenceTooLarge', { size })));
                }
                return Promise.resolve();
              },
            },
          ]}
        >
          <LicencePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={file.isPending}>
          {t('disputes.new.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        <Link to="/register" className="text-link">
          {t('disputes.new.backToRegister')}
        </Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}

/** One file, chosen (not uploaded: it travels with the form), shown with its size and a way to remove it. */
function LicencePicker({ file, onChange }: { file?: File; onChange?: (file: File | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Upload
        accept={LICENCE_ACCEPT}
        maxCount={1}
        showUploadList={false}
        beforeUpload={(picked) => {
          onChange?.(picked);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />}>{t('disputes.new.licenceChoose')}</Button>
      </Upload>
      {file && (
        <Space>
          <FileOutlined aria-hidden />
          <Typography.Text>
            {file.name} · {formatSize(file.size)}
          </Typography.Text>
          <Button
            type="text"
            size="small"
            icon={<DeleteOutlined />}
            aria-label={t('disputes.new.licenceRemove', { name: file.name })}
            onClick={() => onChange?.(undefined)}
          />
        </Space>
      )}
    </Space>
  );
}
