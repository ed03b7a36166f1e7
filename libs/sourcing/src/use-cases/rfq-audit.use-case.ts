import { Injectable } from '@nestjs/common';
import { type Actor, isMemberOf, moderatesAnyOf } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { RfqNotFoundError } from '../domain';
import { RfqRepository } from '../persistence/rfq.repository';
import { SourcingParties } from './sourcing-parties';

export interface RfqAuditQuery {
  page?: number;
  limit?: number;
}

/** One line of an RFQ's audit trail as read: who did what, why, and for an edit what changed and who was told. */
export interface RfqAuditEntry {
  id: string;
  action: string;
  actorUserId: string | null;
  actorName: string | null;
  reason: string | null;
  changedFields: string[];
  notifiedOrganizations: { id: string; name: string | null }[];
  version: number | null;
  createdAt: Date;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * An RFQ's audit trail (take-downs, reinstatements, the buyer's edits), newest first, for
 * the buyer's members, the operators of the buyer's parks and platform admins. Anyone
 * else, suppliers it is open to included, gets 404 as for an RFQ they may not see.
 */
@Injectable()
export class ListRfqAuditUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string, query: RfqAuditQuery = {}) {
    const db = this.uow.db;
    const rfq = await this.rfqs.findById(db, id);
    if (!rfq || !(isMemberOf(actor, rfq.organizationId) || moderatesAnyOf(actor, rfq.parkIds))) {
      throw new RfqNotFoundError();
    }
    const page = query.page ?? 1;
    const limit = query.limit ?? 20;
    const { items, total } = await this.rfqs.auditTrail(db, id, { limit, offset: (page - 1) * limit });
    const notified = items.map((i) => strings(i.details.notifiedOrganizationIds));
    const [readers, names] = await Promise.all([
      this.parties.organizations.readersOf([...new Set(items.flatMap((i) => (i.actorUserId ? [i.actorUserId] : [])))]),
      this.parties.names([...new Set(notified.flat())]),
    ]);
    const entries: RfqAuditEntry[] = items.map((item, n) => ({
      id: item.id,
      action: item.action,
      actorUserId: item.actorUserId,
      actorName: item.actorUserId ? (readers.get(item.actorUserId)?.displayName ?? null) : null,
      reason: item.reason,
      changedFields: strings(item.details.changedFields),
      notifiedOrganizations: notified[n].map((org) => ({ id: org, name: names.get(org) ?? null })),
      version: typeof item.details.version === 'number' ? item.details.version : null,
      createdAt: item.createdAt,
    }));
    return { items: entries, total, page, limit };
  }
}
