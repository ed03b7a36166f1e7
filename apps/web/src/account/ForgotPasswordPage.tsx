import { Button, Form, Input, Result } from 'antd';
import { useMessage } from '../components/feedback';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { showProblem } from '../components/formProblem';
import { AuthCard } from './AuthCard';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<{ email: string }>();
  const request = useMutation({
    mutationFn: (email: string) => api.POST('/api/v1/auth/password-reset', { body: { email } as never }),
  });
  return (
    <AuthCard title={t('forgot.title')}>
      {request.isSuccess ? (
        <Result
          status="success"
          title={t('forgot.sentTitle')}
          subTitle={t('forgot.sent')}
          extra={<Link to="/sign-in">{t('nav.signIn')}</Link>}
        />
      ) : (
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) =>
            request.mutate(v.email.trim(), {
              onError: (error) =>
                showProblem(error, (text) => void message.error(text), form, t('common.requestFailed')),
            })
          }
        >
          <Form.Item
            name="email"
            label={t('account.email')}
            extra={t('forgot.hint')}
            rules={[{ required: true, type: 'email', message: t('form.email') }]}
          >
            <Input autoComplete="email" inputMode="email" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={request.isPending}>
            {t('forgot.submit')}
          </Button>
        </Form>
      )}
    </AuthCard>
  );
}
