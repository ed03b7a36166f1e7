import { Button, Form, Input, Typography } from 'antd';
import { useMessage } from '../components/feedback';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { showProblem } from '../components/formProblem';
import { AuthCard, safeNext } from './AuthCard';
import { useSession } from './session';

interface Values {
  email: string;
  password: string;
}

export default function SignInPage() {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<Values>();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [url] = useSearchParams();
  const next = safeNext(url.get('next'));

  const [pending, setPending] = useState(false);

  const submit = async (values: Values) => {
    setPending(true);
    try {
      await signIn(values.email.trim(), values.password);
      void navigate(next, { replace: true });
    } catch (error) {
      showProblem(error, (text) => void message.error(text), form, t('common.requestFailed'));
    } finally {
      setPending(false);
    }
  };

  return (
    <AuthCard title={t('signIn.title')}>
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
        <Form.Item
          name="email"
          label={t('account.email')}
          rules={[{ required: true, type: 'email', message: t('form.email') }]}
        >
          <Input autoComplete="username" inputMode="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('account.password')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={pending}>
          {t('signIn.submit')}
        </Button>
      </Form>
      <Typography.Paragraph
        style={{ marginTop: 16, marginBottom: 0, display: 'flex', justifyContent: 'space-between' }}
      >
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        <Link to={`/register${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('signIn.register')}</Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
