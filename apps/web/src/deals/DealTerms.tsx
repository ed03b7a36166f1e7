import { Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { formatDate, formatDateTime, formatMoney } from '../i18n/format';
import { useRegionName } from '../search/regions';
import type { DealKind } from './types';

const SERVICE_MODES = ['self_operated', 'technician_operated', 'sample_testing'] as const;
const LICENCE_TYPES = ['exclusive_licence', 'sole_licence', 'ordinary_licence', 'assignment'] as const;

/** A deal's (or an offer's) terms, the fields each kind negotiates, formatted. */
export function DealTerms({ kind, terms }: { kind: DealKind; terms: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage();
  const regionName = useRegionName();
  const rows: { label: string; value: ReactNode }[] = [];
  const num = (k: string) => (typeof terms[k] === 'number' ? terms[k] : undefined);
  const str = (k: string) => (typeof terms[k] === 'string' && terms[k] ? terms[k] : undefined);
  const add = (label: string, value: ReactNode) => {
    if (value !== undefined && value !== null && value !== '') rows.push({ label, value });
  };
  if (kind === 'booking' || kind === 'sample_test') {
    const start = str('start');
    const end = str('end');
    if (start && end) add(t('terms.time'), `${formatDateTime(start)} – ${formatDateTime(end).slice(11)}`);
    const mode = SERVICE_MODES.find((m) => m === terms.serviceMode);
    add(t('terms.serviceMode'), mode && t(`serviceMode.${mode}`));
    add(t('terms.samples'), num('samples'));
    add(
      t('terms.estimatedFee'),
      num('estimatedFeeFen') !== undefined ? formatMoney(num('estimatedFeeFen')!) : undefined,
    );
  } else if (kind === 'reservation') {
    add(t('terms.quantity'), num('quantity') !== undefined ? `${num('quantity')} ${str('unit') ?? ''}` : undefined);
    const from = str('from');
    const to = str('to');
    if (from && to) add(t('terms.window'), `${formatDate(from, language)} – ${formatDate(to, language)}`);
    add(
      t('terms.estimatedFee'),
      num('estimatedFeeFen') !== undefined ? formatMoney(num('estimatedFeeFen')!) : undefined,
    );
  } else if (kind === 'order') {
    // An RFQ's award: what was agreed with this supplier.
    const money = (k: string) => (num(k) !== undefined ? formatMoney(num(k)!) : undefined);
    const unit = str('unit');
    // Units the app names (piece, tonne, machine hour); others as the RFQ wrote them.
    const unitName =
      unit && i18n.exists(`capacityUnit.${unit}`) ? t(`capacityUnit.${unit}` as 'capacityUnit.piece') : unit;
    add(
      t('terms.quantity'),
      num('quantity') !== undefined ? `${num('quantity')!.toLocaleString('en-US')} ${unitName ?? ''}` : undefined,
    );
    add(t('terms.unitPrice'), money('unitPriceFen'));
    add(t('terms.total'), money('totalFen'));
    add(
      t('terms.leadTime'),
      num('leadTimeDays') !== undefined ? t('terms.leadTimeDays', { days: num('leadTimeDays') }) : undefined,
    );
    const delivery = str('deliveryDate');
    add(t('terms.deliveryDate'), delivery && formatDate(delivery, language));
    const region = str('deliveryRegionCode');
    add(t('terms.deliveryRegion'), region && (regionName(region, language) ?? region));
    const certifications = Array.isArray(terms.certifications) ? (terms.certifications as string[]) : [];
    add(t('terms.certifications'), certifications.join('、') || undefined);
  } else {
    const type = LICENCE_TYPES.find((l) => l === terms.licenceType);
    add(t('licence.type'), type && t(`licenceType.${type}`));
    add(t('licence.territory'), str('territory'));
    add(t('licence.fieldOfUse'), str('fieldOfUse'));
    add(t('licence.termMonths'), num('termMonths'));
    add(t('licence.upfrontFee'), num('upfrontFeeFen') !== undefined ? formatMoney(num('upfrontFeeFen')!) : undefined);
    const royalty =
      num('royaltyPercent') ?? (num('royaltyBasisPoints') !== undefined ? num('royaltyBasisPoints')! / 100 : undefined);
    add(t('licence.royalty'), royalty !== undefined ? `${royalty}%` : undefined);
  }
  add(t('terms.note'), str('note'));
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      items={rows.map((r, i) => ({ key: i, label: r.label, children: r.value }))}
    />
  );
}
