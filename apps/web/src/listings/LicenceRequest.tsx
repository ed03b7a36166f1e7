import { Button, Form, Input, InputNumber, Select } from 'antd';
import { useMessage } from '../components/feedback';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../account/session';
import { showProblem } from '../components/formProblem';
import { useOpenDeal } from '../deals/queries';
import { yuanToFen } from '../i18n/format';
import { SignInToAct } from './SignInToAct';
import type { LicenceType, Listing } from './types';
import { Panel } from '../components/Panel';
import { Paragraph } from '../components/Text';

interface Values {
  licenceType: LicenceType;
  territory: string;
  fieldOfUse: string;
  termMonths: number;
  upfrontFeeYuan: number;
  royaltyPercent: number;
  note?: string;
}

/** Patents: ask for a licence on the terms one proposes (an open licence: ordinary, at once). */
export function LicenceRequest({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const message = useMessage();
  const navigate = useNavigate();
  const { status } = useSession();
  const [form] = Form.useForm<Values>();
  const request = useOpenDeal('/api/v1/licence-requests');
  const details = listing.details as {
    transactionTypes?: LicenceType[];
    openLicence?: { declared?: boolean } | boolean;
  };
  const open =
    typeof details.openLicence === 'object' ? Boolean(details.openLicence?.declared) : Boolean(details.openLicence);
  const types = open ? (['ordinary_licence'] as LicenceType[]) : (details.transactionTypes ?? []);

  const submit = async (v: Values) => {
    try {
      const deal = await request.mutateAsync({
        listingId: listing.id,
        licenceType: v.licenceType,
        territory: v.territory,
        fieldOfUse: v.fieldOfUse,
        termMonths: v.termMonths,
        upfrontFeeFen: yuanToFen(v.upfrontFeeYuan) ?? 0,
        royaltyPercent: v.royaltyPercent,
        subLicensing: false,
        note: v.note || undefined,
      });
      message.success(t('licence.sent'));
      void navigate(`/deals/${deal.id}`);
    } catch (error) {
      showProblem(error, (text) => void message.error(text), form, t('common.requestFailed'), {
        upfrontFeeFen: 'upfrontFeeYuan',
      });
    }
  };

  return (
    <Panel title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('licence.title')}</h2>}>
      {open && <Paragraph type="secondary">{t('licence.openHint')}</Paragraph>}
      {status !== 'signedIn' ? (
        <SignInToAct text={t('licence.signIn')} />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{
            licenceType: types[0],
            territory: 'CN',
            fieldOfUse: '',
            termMonths: 36,
            upfrontFeeYuan: 0,
            royaltyPercent: 0,
          }}
          onValuesChange={() => request.newAttempt()}
          onFinish={(v) => void submit(v)}
        >
          <LicenceTermsFields types={types} />
          <Form.Item name="note" label={t('booking.note')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={request.isPending}>
            {t('licence.submit')}
          </Button>
        </Form>
      )}
    </Panel>
  );
}

/** The negotiable terms of a licence, shared by the request and by counter-offers. */
export function LicenceTermsFields({ types }: { types: LicenceType[] }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('form.required') }];
  return (
    <>
      <Form.Item name="licenceType" label={t('licence.type')} rules={required}>
        <Select options={types.map((l) => ({ value: l, label: t(`licenceType.${l}`) }))} />
      </Form.Item>
      <Form.Item name="territory" label={t('licence.territory')} rules={required} extra={t('licence.territoryHint')}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="fieldOfUse" label={t('licence.fieldOfUse')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="termMonths" label={t('licence.termMonths')} rules={required}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="upfrontFeeYuan" label={t('licence.upfrontFee')} rules={required}>
        <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="royaltyPercent" label={t('licence.royalty')} rules={required}>
        <InputNumber min={0} max={100} precision={2} suffix="%" style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}
