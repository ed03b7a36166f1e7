import { Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, body } from '../api/client';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { PageHeader } from '../components/PageHeader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { yuanToFen } from '../i18n/format';
import { KINDS, type ListingKind } from '../listings/types';
import { CATEGORIES } from '../search/categories';
import { type Demand, LOCATION_PREFERENCES } from './types';

interface Values {
  kind: ListingKind;
  title: string;
  description: string;
  category?: string;
  certifications?: string[];
  budgetYuan?: number;
  deadline?: Dayjs;
  locationPreference: string;
  window: [Dayjs, Dayjs];
  details: {
    quantity?: number;
    unit?: string;
    per?: string;
    process?: string;
    serviceMode?: string;
    hours?: number;
    samples?: number;
    technologyField?: string;
    licenceType?: string;
    territory?: string;
    termMonths?: number;
  };
}

const CERTIFICATIONS = ['ISO 9001', 'IATF 16949', 'AS9100D', 'ISO 13485', 'ISO 14001'];

/** Posts a demand; each kind asks for what the matcher needs of it. */
export default function NewDemandPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<ListingKind>('capacity');
  const [pending, setPending] = useState(false);
  useDocumentTitle(t('demands.new'));
  const required = [{ required: true, message: t('form.required') }];

  const submit = async (v: Values) => {
    setPending(true);
    const [from, to] = v.window?.map((d) => d.format('YYYY-MM-DD')) ?? [];
    const d = v.details;
    const details =
      v.kind === 'capacity'
        ? { quantity: d.quantity, unit: d.unit, per: d.per, from, to, process: d.process || undefined }
        : v.kind === 'equipment'
          ? d.serviceMode === 'sample_testing'
            ? { serviceMode: d.serviceMode, samples: d.samples, from, to }
            : { serviceMode: d.serviceMode, hours: d.hours, from, to }
          : {
              technologyField: d.technologyField,
              licenceType: d.licenceType,
              territory: d.territory,
              termMonths: d.termMonths,
            };
    try {
      const demand = await body<Demand>(
        api.POST('/api/v1/demands', {
          body: {
            kind: v.kind,
            title: v.title,
            description: v.description,
            category: v.category,
            certifications: v.certifications?.length ? v.certifications : undefined,
            budgetFen: yuanToFen(v.budgetYuan),
            deadline: v.deadline?.format('YYYY-MM-DD'),
            locationPreference: v.locationPreference,
            details,
          } as never,
        }),
      );
      message.success(t('demands.posted'));
      void navigate(`/demands/${demand.id}`);
    } catch (error) {
      showProblem(error, (text) => void message.error(text), form, t('common.requestFailed'), {
        budgetFen: 'budgetYuan',
        'details.from': 'window',
        'details.to': 'window',
      });
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <PageHeader
        breadcrumb={[{ title: t('demands.title'), to: '/demands' }, { title: t('demands.new') }]}
        title={t('demands.new')}
        subTitle={t('demands.newIntro')}
      />
      <Card style={{ maxWidth: 760 }}>
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{
            kind: 'capacity',
            locationPreference: 'anywhere',
            details: {
              unit: 'piece',
              per: 'month',
              serviceMode: 'technician_operated',
              licenceType: 'ordinary_licence',
              territory: 'CN',
            },
          }}
          onValuesChange={(changed: Partial<Values>) => changed.kind && setKind(changed.kind)}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="kind" label={t('demands.kind')}>
            <Radio.Group optionType="button" options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('demands.fields.title')} rules={required}>
            <Input maxLength={200} placeholder={t(`demands.placeholder.${kind}`)} />
          </Form.Item>
          <Form.Item name="description" label={t('demands.fields.description')} rules={required}>
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
          <Form.Item name="category" label={t('search.category')}>
            <Select
              allowClear
              showSearch
              options={CATEGORIES[kind].map((c) => ({ value: c.zh, label: language === 'en' ? c.en : c.zh }))}
            />
          </Form.Item>
          {kind === 'capacity' && (
            <Space.Compact block>
              <Form.Item
                name={['details', 'quantity']}
                label={t('demands.fields.quantity')}
                rules={required}
                style={{ flex: 2 }}
              >
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name={['details', 'unit']} label={t('demands.fields.unit')} style={{ flex: 1 }}>
                <Select
                  options={(['piece', 'machine_hour', 'tonne'] as const).map((u) => ({
                    value: u,
                    label: t(`capacityUnit.${u}`),
                  }))}
                />
              </Form.Item>
              <Form.Item name={['details', 'per']} label={t('demands.fields.per')} style={{ flex: 1 }}>
                <Select
                  options={(['week', 'month'] as const).map((p) => ({ value: p, label: t(`reservation.per.${p}`) }))}
                />
              </Form.Item>
            </Space.Compact>
          )}
          {kind === 'equipment' && (
            <>
              <Form.Item name={['details', 'serviceMode']} label={t('search.serviceMode')}>
                <Select
                  options={(['technician_operated', 'self_operated', 'sample_testing'] as const).map((m) => ({
                    value: m,
                    label: t(`serviceMode.${m}`),
                  }))}
                />
              </Form.Item>
              <Form.Item
                noStyle
                shouldUpdate={(a: Values, b: Values) => a.details?.serviceMode !== b.details?.serviceMode}
              >
                {({ getFieldValue }) =>
                  getFieldValue(['details', 'serviceMode']) === 'sample_testing' ? (
                    <Form.Item name={['details', 'samples']} label={t('terms.samples')} rules={required}>
                      <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  ) : (
                    <Form.Item name={['details', 'hours']} label={t('demands.fields.hours')} rules={required}>
                      <InputNumber min={0.5} step={0.5} style={{ width: '100%' }} />
                    </Form.Item>
                  )
                }
              </Form.Item>
            </>
          )}
          {kind === 'ip' && (
            <>
              <Form.Item
                name={['details', 'technologyField']}
                label={t('demands.fields.technologyField')}
                rules={required}
              >
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name={['details', 'licenceType']} label={t('licence.type')}>
                <Select
                  options={(['ordinary_licence', 'sole_licence', 'exclusive_licence', 'assignment'] as const).map(
                    (l) => ({
                      value: l,
                      label: t(`licenceType.${l}`),
                    }),
                  )}
                />
              </Form.Item>
              <Form.Item
                name={['details', 'territory']}
                label={t('licence.territory')}
                extra={t('licence.territoryHint')}
              >
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item name={['details', 'termMonths']} label={t('licence.termMonths')}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {kind !== 'ip' && (
            <Form.Item name="window" label={t('demands.fields.window')} rules={required}>
              <DatePicker.RangePicker
                style={{ width: '100%' }}
                disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
              />
            </Form.Item>
          )}
          {kind !== 'ip' && (
            <Form.Item name="certifications" label={t('search.certifications')}>
              <Select mode="tags" options={CERTIFICATIONS.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
          )}
          <Form.Item name="budgetYuan" label={t('demands.fields.budget')}>
            <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="deadline" label={t('demands.fields.deadline')}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} />
          </Form.Item>
          <Form.Item name="locationPreference" label={t('demands.fields.location')}>
            <Select options={LOCATION_PREFERENCES.map((l) => ({ value: l, label: t(`demands.location.${l}`) }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={pending}>
            {t('demands.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
