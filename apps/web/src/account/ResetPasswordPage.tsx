import { Button, Form, Input, Result } from 'antd';
import { useMessage } from '../components/feedback';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { isProblem } from '../api/problem';
import { showProblem } from '../components/formProblem';
import { LinkButton } from '../components/LinkButton';
import { AuthCard } from './AuthCard';

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const message = useMessage();
  const [url] = useSearchParams();
  const token = url.get('token') ?? '';
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const reset = useMutation({
    mutationFn: (password: string) =>
      api.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } as never }),
  });
  const linkBroken =
    isProblem(reset.error) && ['TOKEN_INVALID', 'TOKEN_EXPIRED', 'TOKEN_USED'].includes(reset.error.code ?? '');

  return (
    <AuthCard title={t('reset.title')}>
      {!token || linkBroken ? (
        <Result
          status="warning"
          title={t('reset.badLink')}
          subTitle={isProblem(reset.error) ? reset.error.detail : t('reset.noToken')}
          extra={<LinkButton to="/forgot-password">{t('reset.again')}</LinkButton>}
        />
      ) : reset.isSuccess ? (
        <Result
          status="success"
          title={t('reset.done')}
          extra={
            <LinkButton type="primary" to="/sign-in">
              {t('nav.signIn')}
            </LinkButton>
          }
        />
      ) : (
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) =>
            reset.mutate(v.password, {
              onError: (error) =>
                showProblem(error, (text) => void message.error(text), form, t('common.requestFailed')),
            })
          }
        >
          <Form.Item
            name="password"
            label={t('reset.newPassword')}
            extra={t('account.passwordHint')}
            rules={[{ required: true, min: 10, message: t('account.passwordHint') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('reset.confirm')}
            dependencies={['password']}
            rules={[
              { required: true, message: t('form.required') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value === getFieldValue('password')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('reset.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={reset.isPending}>
            {t('reset.submit')}
          </Button>
          <p style={{ marginTop: 12 }}>
            <Link to="/sign-in">{t('nav.signIn')}</Link>
          </p>
        </Form>
      )}
    </AuthCard>
  );
}
