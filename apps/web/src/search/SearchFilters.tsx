import { Button, Checkbox, Select, Space } from 'antd';
// Input's own module: the index brings TextArea, Password and OTP along.
import Input from 'antd/es/input/Input';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { KINDS } from '../listings/types';
import { CATEGORIES } from './categories';
import { ChoiceButtons } from './ChoiceButtons';
import { FilterField } from './FilterField';
import { RegionFilter } from './RegionFilter';
import type { SearchParams } from './types';

// The date range picker is large; only equipment searches need it.
const FreeTimeFilter = lazy(() => import('./FreeTimeFilter'));

const CERTIFICATIONS = ['ISO 9001', 'IATF 16949', 'AS9100D', 'ISO 13485', 'ISO 14001', 'CNAS', 'CMA'];

interface Props {
  params: SearchParams;
  facets: Record<string, Record<string, number>> | undefined;
  onChange: (change: Partial<SearchParams>) => void;
}

/**
 * A price bound in yuan (the address keeps fen). It takes effect when left or on Enter, so
 * typing 1200 is one search and one history entry, not four.
 */
function PriceInput({ label, fen, onCommit }: { label: string; fen?: number; onCommit: (fen?: number) => void }) {
  const shown = fen !== undefined ? String(fen / 100) : '';
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const commit = () => {
    const yuan = text.trim() === '' ? undefined : Number(text);
    const next = yuan === undefined || !Number.isFinite(yuan) || yuan < 0 ? undefined : Math.round(yuan * 100);
    if (next !== fen) onCommit(next);
    else setText(shown);
  };
  return (
    <Input
      type="number"
      inputMode="decimal"
      min={0}
      step="any"
      aria-label={label}
      placeholder={label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onPressEnter={commit}
      style={{ width: '50%' }}
    />
  );
}

function withCount(label: string, count: number | undefined): string {
  return count === undefined ? label : `${label} (${count})`;
}

/** Every filter the search API has; counts from the current result's facets. */
export function SearchFilters({ params, facets, onChange }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const kind = params.kind;
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
    <form aria-label={t('search.filters')} style={{ width: '100%' }} onSubmit={(e) => e.preventDefault()}>
      <FilterField label={t('search.kind')}>
        <ChoiceButtons
          name="filter-kind"
          label={t('search.kind')}
          value={kind ?? ''}
          onChange={(value) => onChange({ kind: value || undefined })}
          options={[
            { value: '', label: t('search.allKinds') },
            ...KINDS.map((k) => ({ value: k, label: withCount(t(`kind.${k}`), facets?.kind?.[k]) })),
          ]}
        />
      </FilterField>
      <FilterField label={t('search.category')} htmlFor="filter-category">
        <Select
          id="filter-category"
          allowClear
          showSearch
          value={params.category}
          placeholder={t('search.any')}
          options={categories}
          onChange={(value?: string) => onChange({ category: value })}
        />
      </FilterField>
      <FilterField label={t('search.region')} htmlFor="filter-region">
        <RegionFilter
          id="filter-region"
          region={params.region}
          placeholder={t('search.anywhere')}
          onChange={(region) => onChange({ region })}
        />
      </FilterField>
      <FilterField label={t('search.price')}>
        <Space.Compact style={{ width: '100%' }}>
          <PriceInput
            label={t('search.priceMin')}
            fen={params.priceMin}
            onCommit={(priceMin) => onChange({ priceMin })}
          />
          <PriceInput
            label={t('search.priceMax')}
            fen={params.priceMax}
            onCommit={(priceMax) => onChange({ priceMax })}
          />
        </Space.Compact>
      </FilterField>
      {kind !== 'ip' && (
        <FilterField label={t('search.certifications')} htmlFor="filter-certs">
          <Select
            id="filter-certs"
            mode="multiple"
            allowClear
            value={selectedCerts}
            placeholder={t('search.any')}
            options={certs.map((c) => ({ value: c, label: withCount(c, certCounts[c]) }))}
            onChange={(values: string[]) => onChange({ certifications: values.join(',') || undefined })}
          />
        </FilterField>
      )}
      {kind === 'equipment' && (
        <>
          <FilterField label={t('search.serviceMode')} htmlFor="filter-mode">
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
          </FilterField>
          <Suspense fallback={null}>
            <FreeTimeFilter params={params} onChange={onChange} />
          </Suspense>
        </>
      )}
      {kind === 'ip' && (
        <>
          <FilterField label={t('search.patentType')} htmlFor="filter-patent-type">
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
          </FilterField>
          <FilterField label={t('search.licenceType')} htmlFor="filter-licence">
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
          </FilterField>
          <FilterField>
            <Checkbox
              checked={params.openLicence ?? false}
              onChange={(e) => onChange({ openLicence: e.target.checked || undefined })}
            >
              {t('search.openLicenceOnly')}
            </Checkbox>
          </FilterField>
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
    </form>
  );
}
