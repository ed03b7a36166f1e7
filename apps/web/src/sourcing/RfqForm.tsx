import { UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Cascader,
  Checkbox,
  DatePicker,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Upload,
  type UploadFile,
} from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { CATEGORIES } from '../search/categories';
import { regionOptions, useRegions } from '../search/regions';
import { useSuppliers } from './queries';
import type { RfqFormValues } from './rfqFormValues';
import { CERTIFICATIONS, UNITS, VISIBILITIES } from './types';

/** Server field names the form spells otherwise, for showProblem. */
export const RFQ_FIELD_ALIASES = {
  targetUnitPriceFen: 'targetPriceYuan',
  'invitedOrganizationIds.0': 'invitedOrganizationIds',
};

/** Enterprises to invite, found in the supplier directory by what they can do. */
function InvitedPicker({ id, value, onChange }: { id?: string; value?: string[]; onChange?: (ids: string[]) => void }) {
  const [q, setQ] = useState('');
  // Names of the enterprises seen, so a chosen one keeps its name when the search moves on.
  const [names, setNames] = useState<Record<string, string>>({});
  const found = useSuppliers({ q: q || undefined, page: 1 }, q.trim().length > 0);
  const options = useMemo(() => {
    const shown = new Map<string, string>();
    for (const chosen of value ?? []) shown.set(chosen, names[chosen] ?? chosen);
    for (const s of found.data?.items ?? []) shown.set(s.organizationId, s.name);
    return [...shown].map(([organizationId, name]) => ({ value: organizationId, label: name }));
  }, [found.data, value, names]);
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setQ, searchValue: q, autoClearSearchValue: false }}
      value={value}
      loading={found.isFetching}
      options={options}
      onChange={(ids: string[]) => {
        setNames((known) => ({
          ...known,
          ...Object.fromEntries((found.data?.items ?? []).map((s) => [s.organizationId, s.name])),
        }));
        onChange?.(ids);
      }}
    />
  );
}

/**
 * The RFQ's fields, for posting one (`create`: with the invitations and the drawings to
 * upload) and for editing it (`edit`: invitations and drawings have their own places on
 * the RFQ's page). `actions` are the buttons at its foot.
 */
export function RfqForm({
  form,
  mode,
  initialValues,
  files,
  onFiles,
  onFinish,
  actions,
}: {
  form: FormInstance<RfqFormValues>;
  mode: 'create' | 'edit';
  initialValues: Partial<RfqFormValues>;
  files?: UploadFile[];
  onFiles?: (files: UploadFile[]) => void;
  onFinish: (values: RfqFormValues) => void;
  actions: ReactNode;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const regionTree = useRegions();
  const regions = useMemo(() => regionOptions(regionTree, language, { counties: true }), [regionTree, language]);
  const visibility = Form.useWatch('visibility', form);
  const required = [{ required: true, message: t('form.required') }];
  return (
    <Form<RfqFormValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={initialValues}
      onFinish={onFinish}
    >
      <Form.Item name="title" label={t('sourcing.fields.title')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={t('sourcing.fields.description')} rules={required}>
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
      <Space wrap size={16} align="start">
        <Form.Item name="category" label={t('sourcing.fields.category')} rules={required}>
          <Select
            style={{ width: 240 }}
            showSearch={{ optionFilterProp: 'label' }}
            options={CATEGORIES.capacity.map((c) => ({ value: c.zh, label: language === 'en' ? c.en : c.zh }))}
          />
        </Form.Item>
        <Form.Item name="process" label={t('sourcing.fields.process')}>
          <Input maxLength={100} style={{ width: 240 }} />
        </Form.Item>
      </Space>
      <Form.Item name="materials" label={t('sourcing.fields.materials')}>
        <Select mode="tags" open={false} suffixIcon={null} maxTagTextLength={40} />
      </Form.Item>
      <Space wrap size={16} align="start">
        <Form.Item name="quantity" label={t('sourcing.fields.quantity')} rules={required}>
          <InputNumber min={1} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="unit" label={t('sourcing.fields.unit')} rules={required}>
          <Select style={{ width: 160 }} options={UNITS.map((u) => ({ value: u, label: t(`sourcing.unit.${u}`) }))} />
        </Form.Item>
      </Space>
      <Space wrap size={16} align="start">
        <Form.Item name="deliveryDate" label={t('sourcing.fields.deliveryDate')} rules={required}>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} />
        </Form.Item>
        <Form.Item name="deliveryRegionCode" label={t('sourcing.fields.deliveryRegion')} rules={required}>
          <Cascader options={regions} showSearch style={{ width: 320 }} />
        </Form.Item>
      </Space>
      <Form.Item name="certifications" label={t('sourcing.fields.certifications')}>
        <Select mode="tags" options={CERTIFICATIONS.map((c) => ({ value: c, label: c }))} />
      </Form.Item>
      <Space wrap size={16} align="end">
        <Form.Item name="targetPriceYuan" label={t('sourcing.fields.targetPrice')}>
          <InputNumber min={0} precision={2} prefix="¥" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="showTarget" valuePropName="checked">
          <Checkbox>{t('sourcing.fields.showTarget')}</Checkbox>
        </Form.Item>
      </Space>
      <Form.Item name="quoteDeadline" label={t('sourcing.fields.quoteDeadline')} rules={required}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: 240 }}
          disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
        />
      </Form.Item>
      <Form.Item name="visibility" label={t('sourcing.fields.visibility')}>
        <Radio.Group
          optionType="button"
          options={VISIBILITIES.map((v) => ({ value: v, label: t(`sourcing.visibility.${v}`) }))}
        />
      </Form.Item>
      {visibility === 'invited' && mode === 'create' && (
        <Form.Item
          name="invitedOrganizationIds"
          label={t('sourcing.fields.invited')}
          extra={t('sourcing.fields.invitedHint')}
          rules={required}
        >
          <InvitedPicker />
        </Form.Item>
      )}
      <Form.Item name="ndaText" label={t('sourcing.fields.ndaText')} extra={t('sourcing.fields.ndaHint')}>
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
      {files && onFiles && (
        <Form.Item label={t('sourcing.fields.attachments')} extra={t('sourcing.fields.attachmentsHint')}>
          <Upload multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => onFiles(fileList)}>
            <Button icon={<UploadOutlined />}>{t('sourcing.form.selectFile')}</Button>
          </Upload>
        </Form.Item>
      )}
      {actions}
    </Form>
  );
}
