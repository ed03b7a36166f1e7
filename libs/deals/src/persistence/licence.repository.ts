import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { LicenceType } from '../domain';

export interface LicenceAgreementRecord {
  id: string;
  dealId: string;
  listingId: string;
  licensorOrganizationId: string;
  licenseeOrganizationId: string;
  licenceType: LicenceType;
  territory: string;
  fieldOfUse: string;
  /** `YYYY-MM-DD` */
  startsOn: string;
  /** `YYYY-MM-DD`, exclusive: the first day the licence no longer runs. */
  endsOn: string;
  openLicence: boolean;
  /** The snapshot: the agreed terms, the patent and the parties as they were when granted. */
  terms: Record<string, unknown>;
  status: 'active' | 'terminated';
  createdAt: Date;
}

export type NewLicenceAgreement = Omit<LicenceAgreementRecord, 'id' | 'status' | 'createdAt'>;

const COLUMNS = `
  id, deal_id AS "dealId", listing_id AS "listingId", licensor_organization_id AS "licensorOrganizationId",
  licensee_organization_id AS "licenseeOrganizationId", licence_type AS "licenceType", territory,
  field_of_use AS "fieldOfUse", starts_on::text AS "startsOn", ends_on::text AS "endsOn",
  open_licence AS "openLicence", terms, status, created_at AS "createdAt"`;

/**
 * The first key of the two-key advisory lock taken for a listing's licences, so it never
 * meets another feature's advisory locks: 'LICE'.
 */
const LICENCE_LOCK_NAMESPACE = 0x4c494345;

/** Granted licences (and assignments) of patent listings. */
@Injectable()
export class LicenceRepository {
  /**
   * Serializes grants on one listing until the transaction ends: whoever holds it checks
   * for conflicts and inserts, so two conflicting grants can never both pass the check.
   */
  async lockListing(tx: Db, listingId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock($1::int, hashtext($2::text))`, [LICENCE_LOCK_NAMESPACE, listingId]);
  }

  async insert(tx: Db, agreement: NewLicenceAgreement): Promise<LicenceAgreementRecord> {
    const [row]: LicenceAgreementRecord[] = await tx.query(
      `INSERT INTO licence_agreements (deal_id, listing_id, licensor_organization_id, licensee_organization_id,
                                       licence_type, territory, field_of_use, starts_on, ends_on, open_licence, terms)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       RETURNING ${COLUMNS}`,
      [
        agreement.dealId,
        agreement.listingId,
        agreement.licensorOrganizationId,
        agreement.licenseeOrganizationId,
        agreement.licenceType,
        agreement.territory,
        agreement.fieldOfUse,
        agreement.startsOn,
        agreement.endsOn,
        agreement.openLicence,
        JSON.stringify(agreement.terms),
      ],
    );
    return row;
  }

  /**
   * A listing's agreements in force: active and not yet run out on `today`
   * (`YYYY-MM-DD`), oldest first. An assignment stays in force past its stated term.
   */
  async activeForListing(db: Db, listingId: string, today: string): Promise<LicenceAgreementRecord[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM licence_agreements
       WHERE listing_id = $1 AND status = 'active' AND (ends_on > $2::date OR licence_type = 'assignment')
       ORDER BY created_at, id`,
      [listingId, today],
    );
  }

  /** `activeForListing` for many listings in one query. */
  async activeForListings(db: Db, listingIds: readonly string[], today: string): Promise<LicenceAgreementRecord[]> {
    if (listingIds.length === 0) return [];
    return db.query(
      `SELECT ${COLUMNS} FROM licence_agreements
       WHERE listing_id = ANY($1::uuid[]) AND status = 'active' AND (ends_on > $2::date OR licence_type = 'assignment')
       ORDER BY created_at, id`,
      [listingIds, today],
    );
  }

  async findByDeal(db: Db, dealId: string): Promise<LicenceAgreementRecord | undefined> {
    const rows: LicenceAgreementRecord[] = await db.query(
      `SELECT ${COLUMNS} FROM licence_agreements WHERE deal_id = $1`,
      [dealId],
    );
    return rows[0];
  }

  /** An agreement one of `organizationIds` is a party to (licensor or licensee), else nothing. */
  async findForParties(
    db: Db,
    id: string,
    organizationIds: readonly string[],
  ): Promise<LicenceAgreementRecord | undefined> {
    if (organizationIds.length === 0) return undefined;
    const rows: LicenceAgreementRecord[] = await db.query(
      `SELECT ${COLUMNS} FROM licence_agreements
       WHERE id = $1 AND (licensor_organization_id = ANY($2) OR licensee_organization_id = ANY($2))`,
      [id, organizationIds],
    );
    return rows[0];
  }
}
