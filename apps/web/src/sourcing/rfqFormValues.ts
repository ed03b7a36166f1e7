import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { components } from '../api/schema';
import { yuanToFen } from '../i18n/format';
import type { Rfq, RfqInput, RfqVisibility } from './types';

export type RfqPatch = components['schemas']['UpdateRfqDto'];

/** What the RFQ form holds (the new-RFQ and the edit page alike). */
export interface RfqFormValues {
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
export function rfqBody(v: RfqFormValues, draft: boolean): RfqInput {
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

/** A county's code as the region cascader's path: `320594` → `32`, `3205`, `320594`. */
export function regionCascaderPath(code: string | null | undefined): string[] {
  if (!code) return [];
  if (!/^\d{6}$/.test(code)) return [code];
  return [code.slice(0, 2), code.slice(0, 4), code];
}

/** An RFQ as the form holds it, to edit it (fen to yuan, the county's code as a cascader path). */
export function rfqFormValues(rfq: Rfq): RfqFormValues {
  return {
    title: rfq.title,
    description: rfq.description,
    category: rfq.category,
    process: rfq.process ?? undefined,
    materials: rfq.materials,
    quantity: rfq.quantity,
    unit: rfq.unit,
    deliveryDate: dayjs(rfq.deliveryDate),
    deliveryRegionCode: regionCascaderPath(rfq.deliveryRegionCode),
    certifications: rfq.certifications,
    targetPriceYuan:
      rfq.targetUnitPriceFen === null || rfq.targetUnitPriceFen === undefined
        ? undefined
        : rfq.targetUnitPriceFen / 100,
    showTarget: rfq.showTarget ?? false,
    quoteDeadline: dayjs(rfq.quoteDeadline),
    visibility: rfq.visibility,
    ndaText: rfq.ndaText ?? undefined,
  };
}

type EditableField = Exclude<keyof RfqPatch, 'version'>;

/** The form's values as PATCH /rfqs/:id reads them: a cleared optional field is null (the API clears it). */
function editedContent(v: RfqFormValues): Required<Pick<RfqPatch, EditableField>> {
  return {
    title: v.title?.trim(),
    description: v.description?.trim(),
    category: v.category,
    process: v.process?.trim() || null,
    materials: v.materials ?? [],
    quantity: v.quantity,
    unit: v.unit,
    deliveryDate: v.deliveryDate?.format('YYYY-MM-DD'),
    deliveryRegionCode: v.deliveryRegionCode?.[v.deliveryRegionCode.length - 1],
    certifications: v.certifications ?? [],
    targetUnitPriceFen: yuanToFen(v.targetPriceYuan) ?? null,
    showTarget: v.showTarget ?? false,
    quoteDeadline: v.quoteDeadline?.format(),
    visibility: v.visibility,
    ndaText: v.ndaText?.trim() || null,
  };
}

const sameValue = (field: EditableField, before: unknown, after: unknown) => {
  if (field === 'quoteDeadline') {
    return (
      typeof before === 'string' && typeof after === 'string' && dayjs(before).valueOf() === dayjs(after).valueOf()
    );
  }
  return JSON.stringify(before ?? null) === JSON.stringify(after ?? null);
};

/**
 * What the edit page sends: only the fields the buyer changed, with the version edited (a
 * stale one is refused with 409 RFQ_VERSION_CONFLICT rather than overwriting another's
 * edit). Undefined when nothing changed.
 */
export function rfqPatch(rfq: Rfq, v: RfqFormValues): RfqPatch | undefined {
  const after = editedContent(v);
  const before = editedContent(rfqFormValues(rfq));
  // Compare against what the server holds, not against the form's reading of it, where the two differ.
  const held: Partial<Record<EditableField, unknown>> = {
    ...before,
    targetUnitPriceFen: rfq.targetUnitPriceFen ?? null,
    deliveryRegionCode: rfq.deliveryRegionCode,
    quoteDeadline: rfq.quoteDeadline,
  };
  const changed = (Object.keys(after) as EditableField[]).filter((f) => !sameValue(f, held[f], after[f]));
  if (changed.length === 0) return undefined;
  return { ...Object.fromEntries(changed.map((f) => [f, after[f]])), version: rfq.version };
}
