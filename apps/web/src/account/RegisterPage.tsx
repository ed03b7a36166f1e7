import { Alert, Button, Form, Input, Typography } from 'antd';
import { useMessage } from '../components/feedback';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, body } from '../api/client';
import { isProblem } from '../api/problem';
import { showProblem } from '../components/formProblem';
import { AuthCard, safeNext } from './AuthCard';
import { useSession } from './session';
import type { TokenPair } from './types';
import { normalizeUscc, usccProblem } from './uscc';

interface Values {
  organization: { name: string; uscc: string };
  user: { displayName: string; email: string; password: string };
}

export default function RegisterPage() {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<Values>();
  const { startSession } = useSession();
  const navigate = useNavigate();
  const [url] = useSearchParams();
  const [pending, setPending] = useState(false);
  // The registration link of an upheld credit code dispute: `token` takes the code reserved
  // for the claimant, `uscc` (when the link carries it) is that code, filled in and locked.
  const claimToken = url.get('token') ?? undefined;
  const claimedUscc = claimToken ? (url.get('uscc') ?? undefined) : undefined;
  // The code sign-up refused as taken: its field offers the dispute form until it changes.
  const [takenUscc, setTakenUscc] = useState<string>();

  const submit = async (values: Values) => {
    setPending(true);
    setTakenUscc(undefined);
    const uscc = normalizeUscc(values.organization.uscc);
    try {
      const result = await body<TokenPair>(
        api.POST('/api/v1/auth/register', {
          body: {
            organization: { name: values.organization.name.trim(), uscc },
            user: { ...values.user, email: values.user.email.trim() },
            ...(claimToken && { usccClaimToken: claimToken }),
          } as never,
        }),
      );
      startSession(result);
      message.success(t('register.done'));
      void navigate(safeNext(url.get('next')), { replace: true });
    } catch (error) {
      if (isProblem(error, 'USCC_TAKEN') && !claimToken) {
        setTakenUscc(uscc);
        form.scrollToField(['organization', 'uscc'], { block: 'center' });
      } else showProblem(error, (text) => void message.error(text), form, t('common.requestFailed'));
    } finally {
      setPending(false);
    }
  };

  return (
    <AuthCard title={t('register.title')} width={480}>
      <Typography.Paragraph type="secondary">{t('register.intro')}</Typography.Paragraph>
      {claimToken && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('disputes.claim.title')}
          description={claimedUscc ? t('disputes.claim.locked') : t('disputes.claim.noCode')}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={claimedUscc ? { organization: { uscc: claimedUscc } } : undefined}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.organization?.uscc !== undefined) setTakenUscc(undefined);
        }}
        onFinish={(v) => void submit(v)}
      >
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('register.organization')}
        </Typography.Title>
        <Form.Item
          name={['organization', 'name']}
          label={t('register.orgName')}
          rules={[{ required: true, min: 2, message: t('register.orgNameRule') }]}
        >
          <Input autoComplete="organization" maxLength={200} />
        </Form.Item>
        <Form.Item
          name={['organization', 'uscc']}
          label={t('register.uscc')}
          extra={t('register.usccHint')}
          validateTrigger={['onChange', 'onBlur']}
          {...(takenUscc && {
            validateStatus: 'error' as const,
            help: (
              <span role="alert">
                {t('disputes.taken')}{' '}
                <Link to={`/uscc-disputes/new?uscc=${encodeURIComponent(takenUscc)}`} className="text-link">
                  {t('disputes.takenLink')}
                </Link>
              </span>
            ),
          })}
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
          <Input
            maxLength={22}
            style={{ textTransform: 'uppercase' }}
            spellCheck={false}
            readOnly={Boolean(claimedUscc)}
          />
        </Form.Item>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('register.you')}
        </Typography.Title>
        <Form.Item
          name={['user', 'displayName']}
          label={t('account.displayName')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input autoComplete="name" maxLength={100} />
        </Form.Item>
        <Form.Item
          name={['user', 'email']}
          label={t('account.email')}
          rules={[{ required: true, type: 'email', message: t('form.email') }]}
        >
          <Input autoComplete="email" inputMode="email" />
        </Form.Item>
        <Form.Item
          name={['user', 'password']}
          label={t('account.password')}
          extra={t('account.passwordHint')}
          rules={[{ required: true, min: 10, message: t('account.passwordHint') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={pending}>
          {t('register.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        {t('register.haveAccount')}{' '}
        <Link to="/sign-in" className="text-link">
          {t('nav.signIn')}
        </Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
