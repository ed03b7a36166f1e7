import { assertKnownRegionCode } from '@rongtong/kernel';
import { Injectable } from '@nestjs/common';
import { isUniqueViolation, OutboxWriter, UnitOfWork } from '@rongtong/platform';
import { ActorCache } from '../auth/actor-cache';
import { TokenService } from '../auth/token.service';
import {
  type Actor,
  ForbiddenError,
  normalizeEmail,
  OrganizationNotFoundError,
  OperatorChoiceError,
  ParkNameTakenError,
  RegionCodeInvalidError,
  Uscc,
  UsccTakenError,
} from '../domain';
import { InvitationRepository, OrganizationRepository, ParkRepository } from '../persistence';
import { INVITATION_TTL_DAYS } from './invite-member.use-case';
import { parkView } from './views';

export interface CreateParkInput {
  name: string;
  regionCode: string;
  /** An existing park-operator organization, or a new one to create with the park. */
  operatorOrganizationId?: string;
  operator?: { name: string; uscc?: string; adminEmail: string };
}

/**
 * A platform admin creates a park with its operator organization. A new operator's first
 * admin is invited by a one-time token, returned here.
 */
@Injectable()
export class CreateParkUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly parks: ParkRepository,
    private readonly organizations: OrganizationRepository,
    private readonly invitations: InvitationRepository,
    private readonly tokens: TokenService,
    private readonly outbox: OutboxWriter,
    private readonly actors: ActorCache,
  ) {}

  async execute(actor: Actor, input: CreateParkInput) {
    if (!actor.isPlatformAdmin)
      throw new ForbiddenError('Only platform admins create parks', 'PLATFORM_ADMIN_REQUIRED');
    if (!/^\d{6}$/.test(input.regionCode)) throw new RegionCodeInvalidError();
    assertKnownRegionCode(input.regionCode, 'regionCode');
    if ((input.operatorOrganizationId === undefined) === (input.operator === undefined)) {
      throw new OperatorChoiceError();
    }
    const uscc = input.operator?.uscc ? Uscc.parse(input.operator.uscc) : undefined;
    const adminEmail = input.operator ? normalizeEmail(input.operator.adminEmail) : undefined;
    const invitationToken = this.tokens.newRefreshToken();

    try {
      const created = await this.uow.run(async (tx) => {
        let operatorId = input.operatorOrganizationId;
        let invitation: { token: string; email: string; expiresAt: Date } | undefined;
        if (operatorId) {
          const operator = await this.organizations.findById(tx, operatorId);
          if (!operator || operator.kind !== 'park_operator') throw new OrganizationNotFoundError();
        } else {
          const operator = await this.organizations.insert(tx, {
            kind: 'park_operator',
            name: input.operator!.name.trim(),
            uscc: uscc?.value ?? null,
            regionCode: uscc?.regionCode ?? input.regionCode,
            verificationState: 'verified',
          });
          operatorId = operator.id;
          const created = await this.invitations.insert(tx, {
            organizationId: operator.id,
            email: adminEmail!,
            role: 'owner',
            tokenHash: invitationToken.hash,
            invitedBy: actor.userId,
            expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
          });
          invitation = { token: invitationToken.token, email: created.email, expiresAt: created.expiresAt };
        }
        const park = await this.parks.insert(tx, {
          name: input.name.trim(),
          regionCode: input.regionCode,
          operatorOrganizationId: operatorId,
          createdBy: actor.userId,
        });
        await this.outbox.append(tx, {
          type: 'park.created',
          aggregateType: 'park',
          aggregateId: park.id,
          payload: { parkId: park.id, operatorOrganizationId: operatorId, regionCode: park.regionCode },
        });
        return { park: parkView(park), invitation };
      });
      // The operator's members now operate one more park.
      this.actors.forgetAll();
      return created;
    } catch (error) {
      if (isUniqueViolation(error, 'parks_name_key')) throw new ParkNameTakenError();
      if (isUniqueViolation(error, 'organizations_uscc_key')) throw new UsccTakenError();
      throw error;
    }
  }
}
