import type { components } from '../api/schema';

// The shapes the API answers, from its OpenAPI document: a field renamed or dropped there
// fails the typecheck here (npm run openapi regenerates schema.d.ts).
export type Rfq = components['schemas']['RfqDto'];
export type RfqStatus = Rfq['status'];
export type RfqVisibility = Rfq['visibility'];
export type RfqAction = Rfq['actions'][number];
export type RfqInput = components['schemas']['CreateRfqDto'];
export type RfqQuestion = components['schemas']['RfqQuestionDto'];
export type RfqAttachment = components['schemas']['RfqAttachmentDto'];
export type PriceBreak = components['schemas']['PriceBreakDto'];
export type Quote = components['schemas']['QuoteWithHistoryDto'];
export type QuoteStatus = Quote['status'];
export type QuoteInput = components['schemas']['QuoteBodyDto'];
export type Quotes = components['schemas']['QuotesDto'];
export type ComparedSupplier = components['schemas']['ComparedSupplierDto'];
export type Proximity = ComparedSupplier['proximity'];
export type AwardResult = components['schemas']['AwardResultDto'];
export type SuggestedSupplier = components['schemas']['SuggestedSupplierDto'];
export type SuggestionFactor = components['schemas']['SuggestionReasonDto']['factor'];
export type Supplier = components['schemas']['DirectorySupplierDto'];
export type SupplierPage = components['schemas']['SupplierPageDto'];
export type SizeClass = NonNullable<Supplier['sizeClass']>;
export type SpecialisedTier = NonNullable<Supplier['specialisedTier']>;

/** Every status, in the order filters list them; a Record so none can be left out. */
const STATUS_ORDER: Record<RfqStatus, null> = { draft: null, open: null, closed: null, awarded: null, cancelled: null };
export const RFQ_STATUSES = Object.keys(STATUS_ORDER) as RfqStatus[];
export const VISIBILITIES: RfqVisibility[] = ['public', 'park_members', 'invited'];
/** The units the API knows by name (others are kept as written). */
export const UNITS = ['piece', 'set', 'kg', 'tonne', 'metre', 'square_metre', 'machine_hour'] as const;
export const SIZE_CLASSES: SizeClass[] = ['large', 'medium', 'small', 'micro'];
export const SPECIALISED_TIERS: SpecialisedTier[] = ['innovative_sme', 'provincial', 'little_giant'];
export const CERTIFICATIONS = ['ISO 9001', 'IATF 16949', 'AS9100D', 'ISO 13485', 'ISO 14001'];
export type RfqAuditEntry = components['schemas']['RfqAuditEntryDto'];
export type RfqAuditPage = components['schemas']['RfqAuditPageDto'];
