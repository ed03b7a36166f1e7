import { UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Cascader,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Upload,
  type UploadFile,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, data } from '../api/client';
import { isProblem } from '../api/problem';
import { uploadFile } from '../api/upload';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { PageHeader } from '../components/PageHeader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { yuanToFen } from '../i18n/format';
import { CATEGORIES } from '../search/categories';
import { regionOptions, useRegions } from '../search/regions';
import { useSuppliers } from './queries';
import { CERTIFICATIONS, type RfqInput, type RfqVisibility, UNITS, VISIBILITIES } from './types';

interface Values {
  title: string;
  description: string;
  category: string;
  process?: string;
  materials?: string[];
  quantity: number;
  unit: string;
  deliveryDate: Dayjs;
  deliveryRegionCode: string[];
  certifications?: string[];
  targetPriceYuan?: number;
  showTarget?: boolean;
  quoteDeadline: Dayjs;
  visibility: RfqVisibility;
  invitedOrganizationIds?: string[];
  ndaText?: string;
}

/** What the form holds, as POST /rfqs takes it (yuan to fen, the county's code, the deadline with its offset). */
export function rfqBody(v: Values, draft: boolean): RfqInput {
  return {
    title: v.title,
    description: v.description,
    category: v.category,
    process: v.process?.trim() || undefined,
    materials: v.materials?.length ? v.materials : undefined,
    quantity: v.quantity,
    unit: v.unit,
    deliveryDate: v.deliveryDate?.format('YYYY-MM-DD'),
    deliveryRegionCode: v.deliveryRegionCode?.[v.deliveryRegionCode.length - 1],
    certifications: v.certifications?.length ? v.certifications : undefined,
    targetUnitPriceFen: yuanToFen(v.targetPriceYuan),
    showTarget: v.showTarget ?? false,
    quoteDeadline: v.quoteDeadline?.format(),
    visibility: v.visibility,
    invitedOrganizationIds: v.visibility === 'invited' ? v.invitedOrganizationIds : undefined,
    ndaText: v.ndaText?.trim() || undefined,
    draft,
  };
}

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

/** Posts a request for quotation (open at once, or a draft), then uploads its drawings. */
export default function NewRfqPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [pending, setPending] = useState<'open' | 'draft'>();
  const regionTree = useRegions();
  const regions = useMemo(() => regionOptions(regionTree, language, { counties: true }), [regionTree, language]);
  const visibility = Form.useWatch('visibility', form);
  useDocumentTitle(t('sourcing.form.title'));
  const required = [{ required: true, message: t('form.required') }];

  const submit = async (v: Values, draft: boolean) => {
    setPending(draft ? 'draft' : 'open');
    try {
      const rfq = await data(api.POST('/api/v1/rfqs', { body: rfqBody(v, draft) }));
      for (const f of files) {
        if (!f.originFileObj) continue;
        try {
          await uploadFile(`/api/v1/rfqs/${rfq.id}/attachments`, {}, f.originFileObj, language, () => undefined);
        } catch (error) {
          const reason = isProblem(error) ? (error.detail ?? error.title) : t('common.requestFailed');
          message.error(t('sourcing.form.uploadFailed', { name: f.name, reason }));
        }
      }
      message.success(t(draft ? 'sourcing.form.drafted' : 'sourcing.form.posted'));
      void navigate(`/rfqs/${rfq.id}`);
    } catch (error) {
      showProblem(error, (text) => void message.error(text), form, t('common.requestFailed'), {
        targetUnitPriceFen: 'targetPriceYuan',
        'invitedOrganizationIds.0': 'invitedOrganizationIds',
      });
    } finally {
      setPending(undefined);
    }
  };

  return (
    <>
      <PageHeader
        breadcrumb={[
          { title: t('sourcing.board.title'), to: '/rfqs' },
          { title: t('sourcing.mine.title'), to: '/my/rfqs' },
          { title: t('sourcing.form.title') },
        ]}
        title={t('sourcing.form.title')}
        subTitle={t('sourcing.form.intro')}
      />
      <Card style={{ maxWidth: 820 }}>
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ unit: 'piece', visibility: 'public', showTarget: false }}
          onFinish={(v) => void submit(v, false)}
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
              <Select
                style={{ width: 160 }}
                options={UNITS.map((u) => ({ value: u, label: t(`sourcing.unit.${u}`) }))}
              />
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
          {visibility === 'invited' && (
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
          <Form.Item label={t('sourcing.fields.attachments')} extra={t('sourcing.fields.attachmentsHint')}>
            <Upload
              multiple
              fileList={files}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList)}
            >
              <Button icon={<UploadOutlined />}>{t('sourcing.form.selectFile')}</Button>
            </Upload>
          </Form.Item>
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={pending === 'open'} disabled={pending !== undefined}>
              {t('sourcing.form.submit')}
            </Button>
            <Button
              loading={pending === 'draft'}
              disabled={pending !== undefined}
              onClick={() =>
                void form
                  .validateFields()
                  .then((v) => submit(v, true))
                  .catch(() => undefined)
              }
            >
              {t('sourcing.form.saveDraft')}
            </Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
