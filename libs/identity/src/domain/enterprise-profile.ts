import { findSection, isKnownDivision } from './industry-codes';
import { IndustryUnknownError } from './identity.errors';
import { sectorForIndustry, sizeClass, type SizeClass } from './size-class';
import { SpecialisedBadge, type SpecialisedBadgeProps } from './specialised-badge';

export interface EnterpriseFactsInput {
  /** GB/T 4754 section letter (`C`) and optional division (`C34` or `34`). */
  industrySection?: string | null;
  industryDivision?: string | null;
  employees?: number | null;
  annualRevenueFen?: number | null;
  badge?: SpecialisedBadgeProps | null;
}

export interface EnterpriseFacts {
  industrySection: string | null;
  industryDivision: string | null;
  employees: number | null;
  annualRevenueFen: number | null;
  sizeClass: SizeClass | null;
  badge: SpecialisedBadgeProps | null;
}

/**
 * Validates what an enterprise says about itself and derives its size class (2011
 * standard) from industry, employees and revenue. The size class is unknown (null) until
 * the facts it needs are known.
 */
export function enterpriseFacts(input: EnterpriseFactsInput): EnterpriseFacts {
  const section = input.industrySection?.trim().toUpperCase() || null;
  let division = input.industryDivision?.trim().toUpperCase() || null;
  if (division && !section) throw new IndustryUnknownError(division);
  if (section && !findSection(section)) throw new IndustryUnknownError(section);
  if (section && division) {
    division = /^\d{2}$/.test(division) ? `${section}${division}` : division;
    if (!division.startsWith(section) || !isKnownDivision(section, division)) throw new IndustryUnknownError(division);
  }
  const employees = input.employees ?? null;
  const annualRevenueFen = input.annualRevenueFen ?? null;
  let size: SizeClass | null = null;
  if (section && employees !== null) {
    const sector = sectorForIndustry(section, division ?? undefined);
    if (sector === 'other' || annualRevenueFen !== null) {
      size = sizeClass({ sector, employees, annualRevenueFen: annualRevenueFen ?? 0 });
    }
  }
  const badge = input.badge ? SpecialisedBadge.create(input.badge).toJSON() : null;
  return { industrySection: section, industryDivision: division, employees, annualRevenueFen, sizeClass: size, badge };
}

/** The badge as the public sees it: only once verified by a park operator or admin, and not after expiry. */
export function visibleBadge(
  badge: (SpecialisedBadgeProps & { status?: string }) | null,
  now = new Date(),
): SpecialisedBadgeProps | null {
  if (!badge || badge.status !== 'verified' || !SpecialisedBadge.create(badge).isShownOn(now)) return null;
  const { tier, issuingAuthority, certificateNumber, expiresOn } = badge;
  return { tier, issuingAuthority, certificateNumber, expiresOn };
}

/** Who to talk to at an organization; private to members and moderators. */
export interface ContactInput {
  name?: string;
  phone?: string;
  email?: string;
}
