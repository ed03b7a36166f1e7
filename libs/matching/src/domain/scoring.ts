import { type LicenceScope, licencesConflict } from '@rongtong/deals';
import type { BadgeTier } from '@rongtong/identity';
import { assertNever, type Localized, type PeriodRange, periodsCovering, plusMonths } from '@rongtong/kernel';
import { canonicalCertification, findCategory, type ListingKind } from '@rongtong/listings';
import type { DemandContent, LocationPreference } from './demand';
import type { MatchReason } from './match';
import { MATCH_FACTORS, type MatchFactor, type MatchingWeights } from './matching-weights';
import type { TextMatch } from './text-relevance';

/** A demand as the scorer reads it: its content, whose it is and where that organization is. */
export type ScoringDemand = DemandContent & {
  id: string;
  organizationId: string;
  /** Parks the demand's organization is an approved member of. */
  parkIds: readonly string[];
};

/** A published listing as the scorer reads it (from the listings context and the directory). */
export interface CandidateListing {
  id: string;
  kind: ListingKind;
  title: string;
  categorySlug: string;
  /** The category's Chinese name, for reasons. */
  category: string;
  regionCode: string;
  visibility: 'public' | 'park_members';
  providerOrganizationId: string;
  /** Parks the provider is an approved member of. */
  parkIds: readonly string[];
  priceFen: number | null;
  priceUnit: string | null;
  certifications: readonly string[];
  serviceModes: readonly string[];
  transactionTypes: readonly string[];
  openLicence: boolean;
}

/** What is known of the provider beyond its listing. Null where it has no record yet. */
export interface ProviderRecord {
  verified: boolean;
  /** The 专精特新 tier shown today (an expired badge is none). */
  badge: BadgeTier | null;
  /** Median minutes from a deal's request to the provider's first step, recent deals. */
  responseMinutes: number | null;
  rating: { average: number | null; count: number };
}

/** Everything the scorer needs about one candidate, gathered in batches beforehand. */
export interface CandidateFacts {
  listing: CandidateListing;
  text: TextMatch;
  provider: ProviderRecord;
  /**
   * Capacity listings: what remains in the leanest period the demand's window covers, in
   * the listing's unit and period. Undefined when not known.
   */
  capacity?: { unit: string; per: 'week' | 'month'; remaining: number };
  /** Time-bookable equipment: free hours inside the demand's window; null when never computed. */
  freeHours?: number | null;
  /** Patents: licences (and assignments) in force. */
  activeLicences?: readonly LicenceScope[];
  /** China's date, `YYYY-MM-DD`: when a licence asked for today would start. */
  today: string;
}

export interface CandidateScore {
  /** 0–1, 4 decimals. */
  score: number;
  /** Every factor that applies to the demand, largest contribution first. */
  factors: MatchReason[];
}

/** Why a listing is no candidate for a demand at all. */
export type Exclusion =
  | 'kind'
  | 'own_listing'
  | 'not_visible'
  | 'location'
  | 'certifications'
  | 'no_capacity'
  | 'service_mode'
  | 'licence_type'
  | 'open_licence'
  | 'licence_conflict';

/** A factor's fit (0–1) and the reason in words, in every language; undefined when the factor does not apply. */
type Fit = { fit: number; text: Localized } | undefined;

function words(zh: string, en: string): Localized {
  return { 'zh-CN': zh, en };
}

/** Unknown track record (a new provider): neither rewarded nor punished much. */
const UNKNOWN_RESPONSE_FIT = 0.5;
/** Ratings are pulled towards this many reviews of a middling 3.5, so one 5-star review is no 5.0. */
const RATING_PRIOR = { count: 3, average: 3.5 };
/** Quotes that cannot be set against the budget (negotiable, another unit). */
const UNPRICED_FIT = 0.4;
/** Equipment of unknown free time, capacity in another unit: plausible, unconfirmed. */
const UNCONFIRMED_FIT = 0.5;
/** Over budget by this share, price fits not at all (linear from the budget). */
const BUDGET_TOLERANCE = 0.25;
/** Average weeks in a month, to compare weekly and monthly capacity. */
const WEEKS_PER_MONTH = 30.44 / 7;
/** A licence asked for without a term: scopes are compared over a year. */
const DEFAULT_TERM_MONTHS = 12;

const BADGE_FIT: Record<BadgeTier, { fit: number; name: Localized }> = {
  little_giant: { fit: 1, name: words('专精特新"小巨人"', 'Specialised "little giant" (专精特新小巨人)') },
  provincial: { fit: 0.7, name: words('专精特新中小企业', 'Specialised SME (专精特新)') },
  innovative_sme: { fit: 0.4, name: words('创新型中小企业', 'Innovative SME') },
};

const UNIT_NAMES: Record<string, Localized> = {
  machine_hour: words('机时', 'machine hours'),
  hour: words('小时', 'hours'),
  piece: words('件', 'pieces'),
  tonne: words('吨', 'tonnes'),
  sample: words('样', 'samples'),
  licence: words('项许可', 'licences'),
};
/** A price's unit: per what. */
const PER_UNIT_EN: Record<string, string> = {
  machine_hour: 'machine hour',
  hour: 'hour',
  piece: 'piece',
  tonne: 'tonne',
  sample: 'sample',
  licence: 'licence',
};
const PER_NAMES = { week: words('周', 'Weekly'), month: words('月', 'Monthly') } as const;

function unitName(unit: string): Localized {
  return UNIT_NAMES[unit] ?? words(unit, unit);
}

/**
 * Why `listing` is no candidate for `demand`, or undefined when it is one. Hard limits:
 * the kind; the SME's own listings; park-only listings outside its parks; the location
 * preference (same park, city or province is a requirement when set); certifications the
 * demand requires (all must be held: an SME asking for IATF 16949 cannot use a supplier
 * without it); capacity with nothing left in the window; equipment without the service
 * mode; patents not offered under the licence type, under an open licence barring it, or
 * already licensed in a way that conflicts in the territory and field asked for.
 */
export function exclusionOf(demand: ScoringDemand, facts: CandidateFacts): Exclusion | undefined {
  const { listing } = facts;
  if (listing.kind !== demand.kind) return 'kind';
  if (listing.providerOrganizationId === demand.organizationId) return 'own_listing';
  if (listing.visibility === 'park_members' && !sharesPark(listing.parkIds, demand.parkIds)) return 'not_visible';
  if (!withinPreference(demand.locationPreference, demand, listing)) return 'location';
  const held = new Set(listing.certifications.map(canonicalCertification));
  if (!demand.certifications.every((c) => held.has(canonicalCertification(c)))) return 'certifications';
  switch (demand.kind) {
    case 'capacity':
      if (facts.capacity !== undefined && facts.capacity.remaining <= 0) return 'no_capacity';
      return undefined;
    case 'equipment':
      return listing.serviceModes.includes(demand.details.serviceMode) ? undefined : 'service_mode';
    case 'ip': {
      const { licenceType } = demand.details;
      if (!listing.transactionTypes.includes(licenceType)) return 'licence_type';
      if (listing.openLicence && (licenceType === 'exclusive_licence' || licenceType === 'sole_licence')) {
        return 'open_licence';
      }
      const wanted = proposedScope(demand.details, facts.today);
      return (facts.activeLicences ?? []).some((existing) => licencesConflict(existing, wanted))
        ? 'licence_conflict'
        : undefined;
    }
    default:
      return assertNever(demand, 'demand kind');
  }
}

/**
 * Scores one candidate, or null when it is none (`exclusionOf`). Each factor that applies
 * to the demand contributes weight × fit; weights of factors that do not apply to it (no
 * budget stated, no certification required, no capacity to a patent …) are shared out
 * among those that do, so every demand's scores run 0–1 alike.
 */
export function scoreCandidate(
  demand: ScoringDemand,
  facts: CandidateFacts,
  weights: MatchingWeights,
): CandidateScore | null {
  if (exclusionOf(demand, facts) !== undefined) return null;
  const fits: Record<MatchFactor, Fit> = {
    text: textFit(facts.text),
    category: categoryFit(demand, facts.listing),
    capacity: capacityFit(demand, facts),
    certifications: certificationsFit(demand),
    price: priceFit(demand, facts.listing),
    distance: distanceFit(demand, facts.listing),
    responsiveness: responsivenessFit(facts.provider.responseMinutes),
    rating: ratingFit(facts.provider.rating),
    verification: facts.provider.verified
      ? { fit: 1, text: words('已认证企业', 'Verified enterprise') }
      : { fit: 0, text: words('尚未认证', 'Not yet verified') },
    badge: badgeFit(facts.provider.badge),
  };
  const applicable = MATCH_FACTORS.filter((factor) => fits[factor] !== undefined);
  const total = applicable.reduce((sum, factor) => sum + weights[factor], 0);
  if (total <= 0) return { score: 0, factors: [] };
  const factors = applicable.map((factor) => {
    const { fit, text } = fits[factor]!;
    const contribution = (weights[factor] / total) * clamp(fit);
    // The reason in words only: the contribution travels beside it, for the UI to format.
    return { factor, contribution, text: text['zh-CN'], texts: text };
  });
  const score = round4(factors.reduce((sum, f) => sum + f.contribution, 0));
  return {
    score: Math.min(1, score),
    factors: factors
      .map((f) => ({ ...f, contribution: round4(f.contribution) }))
      .sort(
        (a, b) => b.contribution - a.contribution || MATCH_FACTORS.indexOf(a.factor) - MATCH_FACTORS.indexOf(b.factor),
      ),
  };
}

/** The licence a patent demand asks for, as a scope starting today. */
export function proposedScope(details: Extract<DemandContent, { kind: 'ip' }>['details'], today: string): LicenceScope {
  return {
    licenceType: details.licenceType,
    territory: details.territory,
    fieldOfUse: details.fieldOfUse,
    startsOn: today,
    endsOn: plusMonths(today, details.termMonths ?? DEFAULT_TERM_MONTHS),
  };
}

/** The periods of a capacity demand's window (weeks or months, as the demand counts them). */
export function demandPeriods(details: Extract<DemandContent, { kind: 'capacity' }>['details']): PeriodRange[] {
  return periodsCovering(details.per, details.from, details.to);
}

// ---------------------------------------------------------------------------------------
// Hard limits

function sharesPark(a: readonly string[], b: readonly string[]): boolean {
  return a.some((id) => b.includes(id));
}

/** Same park, city (4-digit region prefix) or province (2-digit); anywhere always holds. */
function withinPreference(preference: LocationPreference, demand: ScoringDemand, listing: CandidateListing): boolean {
  switch (preference) {
    case 'anywhere':
      return true;
    case 'same_park':
      return sharesPark(listing.parkIds, demand.parkIds);
    case 'same_city':
      return demand.regionCode !== null && listing.regionCode.slice(0, 4) === demand.regionCode.slice(0, 4);
    case 'same_province':
      return demand.regionCode !== null && listing.regionCode.slice(0, 2) === demand.regionCode.slice(0, 2);
    default:
      return assertNever(preference, 'location preference');
  }
}

// ---------------------------------------------------------------------------------------
// Factors

function textFit(text: TextMatch): Fit {
  if (text.total === 0) return undefined;
  if (text.matched.length === 0) {
    return { fit: 0, text: words('需求关键词未在描述中出现', 'No keyword of the demand in the description') };
  }
  const counted = `${text.matched.length}/${text.total}`;
  return {
    fit: text.matched.length / text.total,
    text: words(
      `关键词命中 ${text.matched.join('、')}（${counted}）`,
      `Keywords matched: ${text.matched.join(', ')} (${counted})`,
    ),
  };
}

function categoryFit(demand: ScoringDemand, listing: CandidateListing): Fit {
  if (demand.category === null) return undefined;
  const en = findCategory(listing.kind, listing.categorySlug)?.nameEn ?? listing.category;
  return demand.category === listing.categorySlug
    ? { fit: 1, text: words(`同类目「${listing.category}」`, `Same category: ${en}`) }
    : { fit: 0, text: words(`类目为「${listing.category}」`, `Category: ${en}`) };
}

function capacityFit(demand: ScoringDemand, facts: CandidateFacts): Fit {
  if (demand.kind === 'capacity') {
    const need = demand.details;
    const offer = facts.capacity;
    if (offer === undefined) return undefined;
    if (offer.unit !== need.unit) {
      const [offered, needed] = [unitName(offer.unit), unitName(need.unit)];
      return {
        fit: UNCONFIRMED_FIT,
        text: words(
          `产能以${offered['zh-CN']}计，需求以${needed['zh-CN']}计，需核算`,
          `Capacity counted in ${offered.en}, the demand in ${needed.en}: to be worked out`,
        ),
      };
    }
    const remaining =
      offer.per === need.per
        ? offer.remaining
        : offer.per === 'week'
          ? offer.remaining * WEEKS_PER_MONTH
          : offer.remaining / WEEKS_PER_MONTH;
    const per = PER_NAMES[need.per];
    const unit = unitName(need.unit);
    const shown = formatQuantity(remaining);
    const quantity = formatQuantity(need.quantity);
    if (remaining >= need.quantity) {
      return {
        fit: 1,
        text: words(
          `${per['zh-CN']}产能余量 ${shown} ${unit['zh-CN']} ≥ 需求 ${quantity}`,
          `${per.en} capacity left ${shown} ${unit.en} ≥ demand ${quantity}`,
        ),
      };
    }
    const share = Math.round((remaining / need.quantity) * 100);
    return {
      fit: remaining / need.quantity,
      text: words(
        `${per['zh-CN']}产能余量 ${shown} ${unit['zh-CN']}，为需求 ${quantity} 的 ${share}%`,
        `${per.en} capacity left ${shown} ${unit.en}, ${share}% of the demanded ${quantity}`,
      ),
    };
  }
  if (demand.kind === 'equipment' && demand.details.serviceMode !== 'sample_testing') {
    const { hours } = demand.details;
    const free = facts.freeHours;
    if (free === undefined) return undefined;
    if (free === null) return { fit: UNCONFIRMED_FIT, text: words('空闲时段待确认', 'Free time to be confirmed') };
    const [freeShown, needShown] = [formatQuantity(free), formatQuantity(hours)];
    if (free >= hours) {
      return {
        fit: 1,
        text: words(
          `窗口内空闲 ${freeShown} 小时 ≥ 需求 ${needShown} 小时`,
          `${freeShown} hours free in the window ≥ demand ${needShown} hours`,
        ),
      };
    }
    return {
      fit: free / hours,
      text:
        free === 0
          ? words('窗口内暂无空闲时段', 'No free time in the window')
          : words(
              `窗口内空闲 ${freeShown} 小时，少于需求 ${needShown} 小时`,
              `${freeShown} hours free in the window, less than the demanded ${needShown}`,
            ),
    };
  }
  return undefined;
}

function certificationsFit(demand: ScoringDemand): Fit {
  // Required ones are a hard limit: a candidate holds them all.
  if (demand.certifications.length === 0) return undefined;
  return {
    fit: 1,
    text: words(`持有 ${demand.certifications.join('、')}`, `Holds ${demand.certifications.join(', ')}`),
  };
}

/** What the demand would cost at the listing's price, when the units allow the sum. */
function estimatedCost(demand: ScoringDemand, listing: CandidateListing): number | undefined {
  const { priceFen, priceUnit } = listing;
  if (priceFen === null || priceUnit === null) return undefined;
  switch (demand.kind) {
    case 'capacity': {
      const need = demand.details;
      const sameUnit = priceUnit === need.unit || (priceUnit === 'hour' && need.unit === 'machine_hour');
      return sameUnit ? priceFen * need.quantity * demandPeriods(need).length : undefined;
    }
    case 'equipment': {
      const need = demand.details;
      if (need.serviceMode === 'sample_testing') return priceUnit === 'sample' ? priceFen * need.samples : undefined;
      return priceUnit === 'hour' || priceUnit === 'machine_hour' ? priceFen * need.hours : undefined;
    }
    case 'ip':
      return priceUnit === 'licence' ? priceFen : undefined;
    default:
      return assertNever(demand, 'demand kind');
  }
}

function priceFit(demand: ScoringDemand, listing: CandidateListing): Fit {
  const budget = demand.budgetFen;
  if (budget === null) return undefined;
  if (listing.priceFen === null || listing.priceUnit === null) {
    return { fit: UNPRICED_FIT, text: words('报价面议', 'Price on request') };
  }
  const quote = words(
    `报价 ${formatFen(listing.priceFen)}/${unitName(listing.priceUnit)['zh-CN']}`,
    `Quote ${formatFenEn(listing.priceFen)}/${PER_UNIT_EN[listing.priceUnit] ?? listing.priceUnit}`,
  );
  const cost = estimatedCost(demand, listing);
  if (cost === undefined) {
    return {
      fit: UNPRICED_FIT,
      text: words(
        `${quote['zh-CN']}，计价方式与需求不同，需询价`,
        `${quote.en}, priced otherwise than the demand: ask for a quote`,
      ),
    };
  }
  if (cost <= budget) {
    return {
      fit: 1,
      text: words(
        `${quote['zh-CN']}，估算 ${formatFen(cost)} 在预算 ${formatFen(budget)} 内`,
        `${quote.en}, about ${formatFenEn(cost)}, within the budget of ${formatFenEn(budget)}`,
      ),
    };
  }
  const over = budget === 0 ? Infinity : cost / budget - 1;
  const percent = Number.isFinite(over) ? ` ${Math.round(over * 100)}%` : '';
  return {
    fit: clamp(1 - over / BUDGET_TOLERANCE),
    text: words(
      `${quote['zh-CN']}，估算 ${formatFen(cost)} 超出预算${percent}`,
      `${quote.en}, about ${formatFenEn(cost)},${percent} over budget`,
    ),
  };
}

function distanceFit(demand: ScoringDemand, listing: CandidateListing): Fit {
  if (sharesPark(listing.parkIds, demand.parkIds)) return { fit: 1, text: words('同园区', 'Same park') };
  if (demand.regionCode === null) return undefined;
  if (listing.regionCode.slice(0, 4) === demand.regionCode.slice(0, 4)) {
    return { fit: 0.7, text: words('同城', 'Same city') };
  }
  if (listing.regionCode.slice(0, 2) === demand.regionCode.slice(0, 2)) {
    return { fit: 0.4, text: words('同省', 'Same province') };
  }
  return { fit: 0, text: words('异地', 'Another province') };
}

/** Within an hour: full marks; three days or slower: none; log-linear between. */
function responsivenessFit(minutes: number | null): Fit {
  if (minutes === null) return { fit: UNKNOWN_RESPONSE_FIT, text: words('暂无响应记录', 'No response record yet') };
  const fit = clamp(1 - Math.log(Math.max(minutes, 60) / 60) / Math.log(72));
  const within = formatDuration(minutes);
  return { fit, text: words(`通常 ${within['zh-CN']}内响应`, `Usually answers within ${within.en}`) };
}

function ratingFit(rating: ProviderRecord['rating']): Fit {
  const { count } = rating;
  const average = rating.average ?? RATING_PRIOR.average;
  const smoothed = (average * count + RATING_PRIOR.average * RATING_PRIOR.count) / (count + RATING_PRIOR.count);
  const fit = clamp((smoothed - 1) / 4);
  return count === 0 || rating.average === null
    ? { fit, text: words('暂无评价', 'No reviews yet') }
    : {
        fit,
        text: words(
          `评分 ${average.toFixed(1)}（${count} 条）`,
          `Rated ${average.toFixed(1)} (${count} review${count === 1 ? '' : 's'})`,
        ),
      };
}

function badgeFit(badge: BadgeTier | null): Fit {
  if (badge === null) return { fit: 0, text: words('无专精特新认定', 'No specialised SME (专精特新) recognition') };
  return { fit: BADGE_FIT[badge].fit, text: BADGE_FIT[badge].name };
}

// ---------------------------------------------------------------------------------------
// Wording

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function formatQuantity(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10);
}

/** `¥450`, `¥1,280.50`, `¥13.5万`, `¥2.4亿`. */
export function formatFen(fen: number): string {
  const yuan = fen / 100;
  if (yuan >= 1e8) return `¥${trim(yuan / 1e8)}亿`;
  if (yuan >= 1e4) return `¥${trim(yuan / 1e4)}万`;
  return `¥${yuan.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;
}

/** `¥450`, `¥1,280.50`, `¥135,000`: English readers count in thousands, not 万. */
export function formatFenEn(fen: number): string {
  return `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;
}

function trim(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** `45 分钟`, `3 小时`, `2 天` (45 minutes, 3 hours, 2 days): rounded up, so "within" stays true. */
function formatDuration(minutes: number): Localized {
  const [count, zh, en] =
    minutes < 60
      ? [Math.max(1, Math.ceil(minutes)), '分钟', 'minute']
      : minutes < 48 * 60
        ? [Math.ceil(minutes / 60), '小时', 'hour']
        : [Math.ceil(minutes / 1440), '天', 'day'];
  return words(`${count} ${zh}`, `${count} ${en}${count === 1 ? '' : 's'}`);
}
