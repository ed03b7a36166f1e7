import { Button, Form, Input, Result, Typography } from 'antd';
import { useMessage } from '../components/feedback';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, body } from '../api/client';
import { showProblem } from '../components/formProblem';
import { AuthCard } from './AuthCard';
import { useSession } from './session';
import type { TokenPair } from './types';

interface Values {
  displayName?: string;
  password: string;
}

export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const message = useMessage();
  const [url] = useSearchParams();
  const token = url.get('token') ?? '';
  const [form] = Form.useForm<Values>();
  const { startSession } = useSession();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);

  const submit = async (values: Values) => {
    setPending(true);
    try {
      const result = await body<Partial<TokenPair>>(
        api.POST('/api/v1/invitations/accept', {
          body: { token, password: values.password, displayName: values.displayName || undefined } as never,
        }),
      );
      if (result.accessToken) startSession(result as TokenPair);
      message.success(t('invitation.done'));
      void navigate(result.accessToken ? '/' : '/sign-in', { replace: true });
    } catch (error) {
      showProblem(error, (text) => void message.error(text), form, t('common.requestFailed'));
    } finally {
      setPending(false);
    }
  };

  return (
    <AuthCard title={t('invitation.title')}>
      {!token ? (
        <Result status="warning" title={t('invitation.noToken')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('invitation.intro')}</Typography.Paragraph>
          <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
            <Form.Item name="displayName" label={t('account.displayName')} extra={t('invitation.nameHint')}>
              <Input autoComplete="name" maxLength={100} />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('account.password')}
              extra={t('invitation.passwordHint')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={pending}>
              {t('invitation.submit')}
            </Button>
          </Form>
        </>
      )}
    </AuthCard>
  );
}
