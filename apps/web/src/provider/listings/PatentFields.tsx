import { Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { patentExpiry } from '../../listings/patent';
import type { PatentType } from '../../listings/types';
import { FormSection } from './FormSection';

const PATENT_TYPES = ['invention', 'utility_model', 'design'] as const;
const TRANSACTION_TYPES = ['ordinary_licence', 'sole_licence', 'exclusive_licence', 'assignment'] as const;
/** The shape of a CNIPA application number (12 digits, a dot, the check character); the check itself is the API's. */
const NUMBER_SHAPE = /^\s*(ZL|CN)?\s*\d{4}\s*\d\s*\d{7}\s*\.?\s*[\dXx]\s*$/i;

const TYPE_BY_DIGIT: Record<string, PatentType> = {
  '1': 'invention',
  '2': 'utility_model',
  '3': 'design',
  '8': 'invention',
  '9': 'utility_model',
};

/** A patent's facts, what is offered, the open-licence declaration and the licence terms asked. */
export function PatentFields() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const form = Form.useFormInstance();
  const number = Form.useWatch(['details', 'patentNumber'], form) as string | undefined;
  const type = Form.useWatch(['details', 'patentType'], form) as PatentType | undefined;
  const filingDate = Form.useWatch(['details', 'filingDate'], form) as Dayjs | null | undefined;
  const declared = Form.useWatch(['details', 'openLicence', 'declared'], form) as boolean | undefined;
  const offered = (Form.useWatch(['details', 'transactionTypes'], form) as string[] | undefined) ?? [];
  const required = [{ required: true, message: t('form.required') }];
  // The fifth digit of the number says the type (as the API reads it when none is chosen).
  const typeFromNumber = TYPE_BY_DIGIT[number?.replace(/\D/g, '')[4] ?? ''];
  const expiry = patentExpiry(number, type ?? typeFromNumber, filingDate?.format('YYYY-MM-DD'));
  const percent = { type: 'number' as const, min: 0.0001, max: 100, message: t('myListings.hints.percent') };
  const money = { type: 'number' as const, min: 0, message: t('myListings.hints.notNegative') };
  const licenceOffered = offered.some((o) => o !== 'assignment');

  return (
    <>
      <FormSection title={t('myListings.sections.patent')}>
        <Form.Item
          name={['details', 'patentNumber']}
          label={t('details.patentNumber')}
          extra={t('myListings.hints.patentNumber')}
          rules={[...required, { pattern: NUMBER_SHAPE, message: t('myListings.hints.patentNumberShape') }]}
        >
          <Input maxLength={40} placeholder="202310123456.6" style={{ maxWidth: 280 }} />
        </Form.Item>
        <Space wrap size={12} align="start">
          <Form.Item
            name={['details', 'patentType']}
            label={t('details.patentType')}
            extra={t('myListings.hints.patentType')}
          >
            <Select
              allowClear
              style={{ width: 180 }}
              options={PATENT_TYPES.map((p) => ({ value: p, label: t(`patentType.${p}`) }))}
            />
          </Form.Item>
          <Form.Item name={['details', 'legalStatus']} label={t('details.legalStatus')} rules={required}>
            <Radio.Group
              options={(['granted', 'pending'] as const).map((s) => ({ value: s, label: t(`details.${s}`) }))}
            />
          </Form.Item>
          <Form.Item
            name={['details', 'filingDate']}
            label={t('details.filingDate')}
            extra={
              expiry
                ? t('myListings.expiresOn', {
                    date:
                      'date' in expiry
                        ? formatDate(expiry.date, language)
                        : t('details.expiryYear', { year: expiry.year }),
                  })
                : t('myListings.hints.filingDate')
            }
          >
            <DatePicker />
          </Form.Item>
        </Space>
        {(type ?? typeFromNumber) === 'design' ? (
          <Form.Item
            name={['details', 'locarno']}
            label={t('myListings.fields.locarno')}
            extra={t('myListings.hints.locarno')}
          >
            <Input maxLength={5} style={{ width: 120 }} placeholder="12-16" />
          </Form.Item>
        ) : (
          <Form.Item name={['details', 'ipc']} label={t('details.ipc')} extra={t('myListings.hints.ipc')}>
            <Select mode="tags" open={false} suffixIcon={null} placeholder="H01M 4/525" />
          </Form.Item>
        )}
        <Form.Item
          name={['details', 'transactionTypes']}
          label={t('details.transactionTypes')}
          // A validator, not `required`: Form.Item would put aria-required on the group's div, which no role allows.
          rules={[
            {
              validator: (_, v: unknown[] | undefined) =>
                v?.length ? Promise.resolve() : Promise.reject(new Error(t('myListings.hints.pickOne'))),
            },
          ]}
        >
          <Checkbox.Group
            role="group"
            aria-label={t('details.transactionTypes')}
            options={TRANSACTION_TYPES.map((l) => ({ value: l, label: t(`licenceType.${l}`) }))}
          />
        </Form.Item>
      </FormSection>

      <FormSection title={t('listing.openLicence')}>
        <Form.Item
          name={['details', 'openLicence', 'declared']}
          label={t('myListings.fields.openLicence')}
          extra={t('myListings.hints.openLicence')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        {declared && (
          <Space wrap size={12} align="start">
            <Form.Item
              name={['details', 'openLicence', 'royalty', 'upfrontFeeYuan']}
              label={t('myListings.fields.upfrontFee')}
              rules={[money]}
            >
              <InputNumber min={0} precision={2} prefix="¥" style={{ width: 180 }} />
            </Form.Item>
            <Form.Item
              name={['details', 'openLicence', 'royalty', 'annualFeeYuan']}
              label={t('myListings.fields.annualFee')}
              rules={[money]}
            >
              <InputNumber min={0} precision={2} prefix="¥" style={{ width: 180 }} />
            </Form.Item>
            <Form.Item
              name={['details', 'openLicence', 'royalty', 'royaltyPercent']}
              label={t('myListings.fields.royaltyPercent')}
              rules={[percent]}
            >
              <InputNumber min={0} max={100} suffix="%" style={{ width: 140 }} />
            </Form.Item>
            <Form.Item
              name={['details', 'openLicence', 'royalty', 'perUnitYuan']}
              label={t('myListings.fields.perUnitFee')}
              rules={[money]}
            >
              <InputNumber min={0} precision={2} prefix="¥" style={{ width: 180 }} />
            </Form.Item>
          </Space>
        )}
      </FormSection>

      {licenceOffered && (
        <FormSection title={t('details.licenceTerms')}>
          <Typography.Paragraph type="secondary">{t('myListings.hints.licenceTerms')}</Typography.Paragraph>
          <Space wrap size={12} align="start">
            <Form.Item name={['details', 'licenceTerms', 'territory']} label={t('licence.territory')}>
              <Input maxLength={200} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name={['details', 'licenceTerms', 'fieldOfUse']} label={t('myListings.fields.fieldOfUse')}>
              <Input maxLength={200} style={{ width: 240 }} />
            </Form.Item>
            <Form.Item
              name={['details', 'licenceTerms', 'termMonths']}
              label={t('licence.termMonths')}
              rules={[
                { type: 'integer', min: 1, max: 600, message: t('myListings.hints.between', { min: 1, max: 600 }) },
              ]}
            >
              <InputNumber min={1} max={600} precision={0} style={{ width: 140 }} />
            </Form.Item>
          </Space>
          <Space wrap size={12} align="start">
            <Form.Item
              name={['details', 'licenceTerms', 'upfrontFeeYuan']}
              label={t('myListings.fields.upfrontFee')}
              rules={[money]}
            >
              <InputNumber min={0} precision={2} prefix="¥" style={{ width: 180 }} />
            </Form.Item>
            <Form.Item
              name={['details', 'licenceTerms', 'royaltyPercent']}
              label={t('myListings.fields.royaltyPercent')}
              rules={[percent]}
            >
              <InputNumber min={0} max={100} suffix="%" style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name={['details', 'licenceTerms', 'sublicensable']} label={t('myListings.fields.sublicensable')}>
              <Select
                allowClear
                style={{ width: 140 }}
                options={[
                  { value: true, label: t('common.yes') },
                  { value: false, label: t('common.no') },
                ]}
              />
            </Form.Item>
          </Space>
          <Form.Item name={['details', 'licenceTerms', 'improvements']} label={t('myListings.fields.improvements')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </FormSection>
      )}
    </>
  );
}
