import { Descriptions, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { formatDate, formatMoney } from '../i18n/format';
import { patentExpiry } from './patent';
import type {
  CapacityDetails,
  EquipmentDetails,
  IpDetails,
  LicenceType,
  Listing,
  PatentType,
  ServiceMode,
} from './types';
import { TONE } from '../components/tones';

const SERVICE_MODES: ServiceMode[] = ['self_operated', 'technician_operated', 'sample_testing'];
const LICENCE_TYPES: LicenceType[] = ['exclusive_licence', 'sole_licence', 'ordinary_licence', 'assignment'];
const PATENT_TYPES: PatentType[] = ['invention', 'utility_model', 'design'];

/** The kind-specific facts of a listing, as label/value rows. */
export function ListingDetails({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const rows: { label: string; value: ReactNode }[] = [];
  const add = (label: string, value: ReactNode) => {
    if (value !== undefined && value !== null && value !== '') rows.push({ label, value });
  };

  if (listing.kind === 'equipment') {
    const d = listing.details as unknown as EquipmentDetails;
    add(t('details.manufacturer'), d.manufacturer);
    add(t('details.model'), d.model);
    add(
      t('details.serviceModes'),
      SERVICE_MODES.filter((m) => d.serviceModes?.includes(m)).map((m) => <Tag key={m}>{t(`serviceMode.${m}`)}</Tag>),
    );
    add(t('details.hourlyRate'), d.hourlyRateFen ? formatMoney(d.hourlyRateFen) : undefined);
    add(t('details.turnaround'), d.turnaroundDays ? t('details.days', { count: d.turnaroundDays }) : undefined);
    add(t('details.training'), d.requiresTraining ? t('common.yes') : t('common.no'));
    if (d.booking) {
      add(t('details.slot'), t('details.minutes', { count: d.booking.slotMinutes }));
      add(t('details.instantBook'), d.booking.instantBook ? t('common.yes') : t('common.no'));
    }
  } else if (listing.kind === 'capacity') {
    const d = listing.details as unknown as CapacityDetails;
    add(t('details.process'), d.process);
    add(t('details.materials'), d.materials?.join('、'));
    if (d.capacity) {
      const unit = (['machine_hour', 'piece', 'tonne'] as const).find((u) => u === d.capacity?.unit);
      add(
        t('details.capacity'),
        `${d.capacity.quantity} ${unit ? t(`capacityUnit.${unit}`) : d.capacity.unit} / ${t(`reservation.per.${d.capacity.per}`)}`,
      );
    }
    const size = Array.isArray(d.maxPartSizeMm) ? d.maxPartSizeMm.join(' × ') : d.maxPartSizeMm;
    add(t('details.maxPartSize'), size ? `${size} mm` : undefined);
    add(t('details.tolerance'), d.toleranceMm ? `±${d.toleranceMm} mm` : undefined);
    add(
      t('details.certifications'),
      d.certifications?.map((c) => <Tag key={c}>{c}</Tag>),
    );
    add(t('details.minOrder'), d.minOrder ? `${d.minOrder.quantity}` : undefined);
    add(t('details.leadTime'), d.leadTimeDays ? t('details.days', { count: d.leadTimeDays }) : undefined);
  } else {
    const d = listing.details as unknown as IpDetails;
    const type = PATENT_TYPES.find((p) => p === d.patentType);
    add(t('details.patentNumber'), d.patentNumber);
    add(t('details.patentType'), type ? t(`patentType.${type}`) : undefined);
    add(
      t('details.legalStatus'),
      d.legalStatus === 'granted'
        ? t('details.granted')
        : d.legalStatus === 'pending'
          ? t('details.pending')
          : undefined,
    );
    add(t('details.filingDate'), d.filingDate ? formatDate(d.filingDate, language) : undefined);
    const expiry = patentExpiry(d.patentNumber, type, d.filingDate);
    add(
      t('details.expiry'),
      expiry && ('date' in expiry ? formatDate(expiry.date, language) : t('details.expiryYear', { year: expiry.year })),
    );
    add(
      t('details.transactionTypes'),
      LICENCE_TYPES.filter((l) => d.transactionTypes?.includes(l)).map((l) => (
        <Tag key={l}>{t(`licenceType.${l}`)}</Tag>
      )),
    );
    // The API sends `{ declared, royalty }`; an object that says `declared: false` is no declaration.
    const open = typeof d.openLicence === 'object' && d.openLicence ? d.openLicence : undefined;
    const declared = open ? open.declared === true : d.openLicence === true;
    add(
      t('listing.openLicence'),
      declared ? (
        <Tag color={TONE.gold}>
          {t('details.openDeclared')}
          {typeof open?.royalty === 'string' && open.royalty ? ` · ${open.royalty}` : ''}
        </Tag>
      ) : (
        t('common.no')
      ),
    );
    add(t('details.ipc'), Array.isArray(d.ipc) ? d.ipc.join('; ') : d.ipc);
    if (d.licenceTerms && typeof d.licenceTerms === 'object')
      add(
        t('details.licenceTerms'),
        Object.entries(d.licenceTerms)
          .filter(([, v]) => v !== null && v !== undefined)
          .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v as string | number)}`)
          .join('；'),
      );
    else add(t('details.licenceTerms'), typeof d.licenceTerms === 'string' ? d.licenceTerms : undefined);
  }

  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={rows.map((r, i) => ({ key: i, label: r.label, children: r.value }))}
    />
  );
}
