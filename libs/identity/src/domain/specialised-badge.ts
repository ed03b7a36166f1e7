import { BadgeInvalidError } from './identity.errors';

/** 创新型中小企业 → 专精特新中小企业 (provincial) → 专精特新"小巨人" (national, MIIT). */
export const BADGE_TIERS = ['innovative_sme', 'provincial', 'little_giant'] as const;
export type BadgeTier = (typeof BADGE_TIERS)[number];

export interface SpecialisedBadgeProps {
  tier: BadgeTier;
  issuingAuthority: string;
  certificateNumber: string;
  /** Last day of validity, `YYYY-MM-DD`, a calendar date in China. */
  expiresOn: string;
}

const HOUR_MS = 60 * 60 * 1000;
/** China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
const CHINA_OFFSET_MS = 8 * HOUR_MS;

/** A 专精特新 designation. */
export class SpecialisedBadge {
  private constructor(
    readonly tier: BadgeTier,
    readonly issuingAuthority: string,
    readonly certificateNumber: string,
    readonly expiresOn: string,
    /** The first instant the badge is no longer valid: midnight after expiry, China time. */
    private readonly lapsesAtMs: number,
  ) {}

  static create(props: SpecialisedBadgeProps): SpecialisedBadge {
    if (!(BADGE_TIERS as readonly string[]).includes(props.tier)) {
      throw new BadgeInvalidError('tier', `must be one of ${BADGE_TIERS.join(', ')}`);
    }
    const issuingAuthority = props.issuingAuthority.trim();
    if (issuingAuthority === '') throw new BadgeInvalidError('issuingAuthority', 'is required');
    const certificateNumber = props.certificateNumber.trim();
    if (certificateNumber === '') throw new BadgeInvalidError('certificateNumber', 'is required');
    const lapsesAtMs = dayAfterInChina(props.expiresOn);
    if (lapsesAtMs === undefined) {
      throw new BadgeInvalidError('expiresOn', 'must be a calendar date as YYYY-MM-DD');
    }
    return new SpecialisedBadge(props.tier, issuingAuthority, certificateNumber, props.expiresOn, lapsesAtMs);
  }

  /** Shown through the whole of its expiry date (China time), hidden from the next day. */
  isShownOn(date: Date): boolean {
    return date.getTime() < this.lapsesAtMs;
  }

  toJSON(): SpecialisedBadgeProps {
    const { tier, issuingAuthority, certificateNumber, expiresOn } = this;
    return { tier, issuingAuthority, certificateNumber, expiresOn };
  }
}

/** Midnight (UTC+8) starting the day after `isoDate`, or undefined if it is no real date. */
function dayAfterInChina(isoDate: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over to March; a real date survives the round trip.
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    return undefined;
  }
  return Date.UTC(year, month - 1, day + 1) - CHINA_OFFSET_MS;
}
