import { regionPath } from '@rongtong/kernel';

/** 登记管理部门 (GB 32100-2015, table 1): the first character of a credit code. */
export type RegistrationAuthority = 'organization_establishment' | 'civil_affairs' | 'market_regulation' | 'other';

/**
 * 机构类别 (GB 32100-2015, table 1): the second character, read under its authority. The
 * codes a moderator meets; anything else is `other` and the raw character is kept beside it.
 */
export type EntityType =
  | 'government_agency'
  | 'public_institution'
  | 'mass_organization'
  | 'social_organization'
  | 'private_non_enterprise'
  | 'foundation'
  | 'enterprise'
  | 'individual_business'
  | 'farmers_cooperative'
  | 'other';

const AUTHORITIES: Record<string, RegistrationAuthority> = {
  '1': 'organization_establishment',
  '5': 'civil_affairs',
  '9': 'market_regulation',
};

const ENTITY_TYPES: Record<string, Record<string, EntityType>> = {
  '1': { '1': 'government_agency', '2': 'public_institution', '3': 'mass_organization' },
  '5': { '1': 'social_organization', '2': 'private_non_enterprise', '3': 'foundation' },
  '9': { '1': 'enterprise', '2': 'individual_business', '3': 'farmers_cooperative' },
};

export interface UsccReading {
  registrationAuthorityCode: string;
  registrationAuthority: RegistrationAuthority;
  entityTypeCode: string;
  entityType: EntityType;
  regionCode: string;
  /** Province, city and county the code's division names, broadest first (empty when the table does not know it). */
  region: Array<{ code: string; name: string; nameEn: string }>;
  organizationCode: string;
}

/**
 * What a (valid, canonical) credit code says of its holder, for the people who verify it:
 * who registered it, as what kind of entity, and where.
 */
export function readUscc(uscc: string): UsccReading {
  const authority = uscc[0];
  const type = uscc[1];
  const regionCode = uscc.slice(2, 8);
  return {
    registrationAuthorityCode: authority,
    registrationAuthority: AUTHORITIES[authority] ?? 'other',
    entityTypeCode: type,
    entityType: ENTITY_TYPES[authority]?.[type] ?? 'other',
    regionCode,
    region: regionPath(regionCode).map((r) => ({ code: r.code, name: r.name, nameEn: r.nameEn })),
    organizationCode: uscc.slice(8, 17),
  };
}
