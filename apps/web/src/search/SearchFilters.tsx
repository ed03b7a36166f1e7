import { Button, Cascader, Checkbox, Form, InputNumber, Radio, Select, Space } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { KINDS, type ListingKind } from '../listings/types';
import { CATEGORIES } from './categories';
import { REGIONS } from './regions';
import type { SearchParams } from './types';

// The date range picker is large; only equipment searches need it.
const FreeTimeFilter = lazy(() => import('./FreeTimeFilter'));

const CERTIFICATIONS = ['ISO 9001', 'IATF 16949', 'AS9100D', 'ISO 13485', 'ISO 14001', 'CNAS', 'CMA'];

interface Props {
  params: SearchParams;
  facets: Record<string, Record<string, number>> | undefined;
  onChange: (change: Partial<SearchParams>) => void;
}

function withCount(label: string, count: number | undefined): string {
  return count === undefined ? label : `${label} (${count})`;
}

/** Every filter the search API has; counts from the current result's facets. */
export function SearchFilters({ params, facets, onChange }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const kind = params.kind;
  const region = params.region
    ? [params.region.slice(0, 2), ...(params.region.length >= 4 ? [params.region.slice(0, 4)] : [])]
    : [];
  const regionOptions = REGIONS.map((p) => ({
    value: p.code,
    label: language === 'en' ? p.en : p.zh,
    children: p.cities?.map((c) => ({ value: c.code, label: language === 'en' ? c.en : c.zh })),
  }));
  const categoryCounts = facets?.category ?? {};
  const categories = kind
    ? CATEGORIES[kind].map((c) => ({
        value: c.zh,
        label: withCount(language === 'en' ? c.en : c.zh, categoryCounts[c.zh]),
      }))
    : Object.keys(categoryCounts).map((name) => ({ value: name, label: withCount(name, categoryCounts[name]) }));
  const certCounts = facets?.certifications ?? {};
  const certs = [...new Set([...Object.keys(certCounts), ...CERTIFICATIONS])];
  const selectedCerts = params.certifications ? params.certifications.split(',') : [];

  return (
    <Form layout="vertical" aria-label={t('search.filters')} style={{ width: '100%' }}>
      <Form.Item label={t('search.kind')}>
        <Radio.Group
          value={kind ?? ''}
          onChange={(e) => onChange({ kind: (e.target.value as ListingKind | '') || undefined })}
          optionType="button"
          options={[
            { value: '', label: t('search.allKinds') },
            ...KINDS.map((k) => ({ value: k, label: withCount(t(`kind.${k}`), facets?.kind?.[k]) })),
          ]}
        />
      </Form.Item>
      <Form.Item label={t('search.category')} htmlFor="filter-category">
        <Select
          id="filter-category"
          allowClear
          showSearch
          value={params.category}
          placeholder={t('search.any')}
          options={categories}
          onChange={(value?: string) => onChange({ category: value })}
        />
      </Form.Item>
      <Form.Item label={t('search.region')} htmlFor="filter-region">
        <Cascader
          id="filter-region"
          changeOnSelect
          value={region}
          placeholder={t('search.anywhere')}
          options={regionOptions}
          onChange={(value) => onChange({ region: value?.length ? String(value[value.length - 1]) : undefined })}
        />
      </Form.Item>
      <Form.Item label={t('search.price')}>
        <Space.Compact style={{ width: '100%' }}>
          <InputNumber
            aria-label={t('search.priceMin')}
            min={0}
            placeholder={t('search.priceMin')}
            value={params.priceMin !== undefined ? params.priceMin / 100 : null}
            onChange={(v) => onChange({ priceMin: v === null ? undefined : Math.round(Number(v) * 100) })}
            style={{ width: '50%' }}
          />
          <InputNumber
            aria-label={t('search.priceMax')}
            min={0}
            placeholder={t('search.priceMax')}
            value={params.priceMax !== undefined ? params.priceMax / 100 : null}
            onChange={(v) => onChange({ priceMax: v === null ? undefined : Math.round(Number(v) * 100) })}
            style={{ width: '50%' }}
          />
        </Space.Compact>
      </Form.Item>
      {kind !== 'ip' && (
        <Form.Item label={t('search.certifications')} htmlFor="filter-certs">
          <Select
            id="filter-certs"
            mode="multiple"
            allowClear
            value={selectedCerts}
            placeholder={t('search.any')}
            options={certs.map((c) => ({ value: c, label: withCount(c, certCounts[c]) }))}
            onChange={(values: string[]) => onChange({ certifications: values.join(',') || undefined })}
          />
        </Form.Item>
      )}
      {kind === 'equipment' && (
        <>
          <Form.Item label={t('search.serviceMode')} htmlFor="filter-mode">
            <Select
              id="filter-mode"
              allowClear
              value={params.serviceMode}
              placeholder={t('search.any')}
              options={(['self_operated', 'technician_operated', 'sample_testing'] as const).map((m) => ({
                value: m,
                label: t(`serviceMode.${m}`),
              }))}
              onChange={(value?: string) => onChange({ serviceMode: value })}
            />
          </Form.Item>
          <Suspense fallback={null}>
            <FreeTimeFilter params={params} onChange={onChange} />
          </Suspense>
        </>
      )}
      {kind === 'ip' && (
        <>
          <Form.Item label={t('search.patentType')} htmlFor="filter-patent-type">
            <Select
              id="filter-patent-type"
              allowClear
              value={params.patentType}
              placeholder={t('search.any')}
              options={(['invention', 'utility_model', 'design'] as const).map((p) => ({
                value: p,
                label: t(`patentType.${p}`),
              }))}
              onChange={(value?: string) => onChange({ patentType: value })}
            />
          </Form.Item>
          <Form.Item label={t('search.licenceType')} htmlFor="filter-licence">
            <Select
              id="filter-licence"
              allowClear
              value={params.licenceType}
              placeholder={t('search.any')}
              options={(['exclusive_licence', 'sole_licence', 'ordinary_licence', 'assignment'] as const).map((l) => ({
                value: l,
                label: t(`licenceType.${l}`),
              }))}
              onChange={(value?: string) => onChange({ licenceType: value })}
            />
          </Form.Item>
          <Form.Item>
            <Checkbox
              checked={params.openLicence ?? false}
              onChange={(e) => onChange({ openLicence: e.target.checked || undefined })}
            >
              {t('search.openLicenceOnly')}
            </Checkbox>
          </Form.Item>
        </>
      )}
      <Button
        onClick={() =>
          onChange({
            kind: undefined,
            category: undefined,
            region: undefined,
            priceMin: undefined,
            priceMax: undefined,
            certifications: undefined,
          })
        }
      >
        {t('search.clear')}
      </Button>
    </Form>
  );
}
