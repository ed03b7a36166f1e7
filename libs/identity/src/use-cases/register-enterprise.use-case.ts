import { Injectable } from '@nestjs/common';
import { isUniqueViolation, OutboxWriter, UnitOfWork } from '@rongtong/platform';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionIssuer } from '../auth/session-issuer';
import type { TokenPair } from '../auth/token.service';
import {
  assertPasswordAcceptable,
  EmailTakenError,
  enterpriseFacts,
  type EnterpriseFactsInput,
  type Locale,
  normalizeEmail,
  Uscc,
  UsccTakenError,
} from '../domain';
import { TokenService } from '../auth/token.service';
import { OrganizationRepository, type SessionDevice, UserRepository, UsccDisputeRepository } from '../persistence';
import { AccountTokenIssuer } from './account-tokens';
import { organizationView, userView } from './views';

export interface RegisterEnterpriseInput {
  organization: { name: string; nameEn?: string; uscc: string } & EnterpriseFactsInput;
  user: { email: string; password: string; displayName: string; locale?: Locale };
  /** The token of an upheld dispute's registration link: takes a code reserved for its claimant. */
  usccClaimToken?: string;
}

export interface RegisterEnterpriseContext {
  /** What the first session is opened from. */
  device?: SessionDevice;
  /** For trusted tools only (the demo seed): the owner's address counts as proven. */
  emailVerified?: boolean;
}

/**
 * An enterprise signs up: the organization (unverified), its owner, and a first session.
 * The owner is emailed a link to verify the address (until then they may browse but not
 * trade).
 */
@Injectable()
export class RegisterEnterpriseUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionIssuer,
    private readonly outbox: OutboxWriter,
    private readonly accountTokens: AccountTokenIssuer,
    private readonly disputes: UsccDisputeRepository,
  ) {}

  async execute(input: RegisterEnterpriseInput, context: RegisterEnterpriseContext = {}) {
    const uscc = Uscc.parse(input.organization.uscc);
    const email = normalizeEmail(input.user.email);
    assertPasswordAcceptable(input.user.password, { email });
    const facts = enterpriseFacts(input.organization);
    // Hashing is slow on purpose: do it before the transaction holds any lock.
    const passwordHash = await this.hasher.hash(input.user.password);

    try {
      return await this.uow.run(async (tx) => {
        if (await this.organizations.existsByUscc(tx, uscc.value)) throw new UsccTakenError();
        // A code given back to its holder by an upheld dispute is theirs (their emailed link) for a while.
        const reservation = await this.disputes.reservationOf(tx, uscc.value, new Date());
        if (
          reservation &&
          (!input.usccClaimToken || TokenService.hash(input.usccClaimToken) !== reservation.claimTokenHash)
        ) {
          throw new UsccTakenError();
        }
        if (await this.users.findByEmail(tx, email)) throw new EmailTakenError();
        const organization = await this.organizations.insert(tx, {
          kind: 'enterprise',
          name: input.organization.name.trim(),
          nameEn: input.organization.nameEn?.trim() || null,
          uscc: uscc.value,
          regionCode: uscc.regionCode,
          ...facts,
          // A badge claimed at sign-up waits for review like one claimed later.
          badge: facts.badge && { ...facts.badge, status: 'pending' },
        });
        const user = await this.users.insert(tx, {
          email,
          displayName: input.user.displayName.trim(),
          passwordHash,
          locale: input.user.locale,
          emailVerified: context.emailVerified === true,
        });
        await this.users.addMembership(tx, user.id, organization.id, 'owner');
        if (reservation) {
          await this.disputes.markClaimed(tx, reservation.id, organization.id);
          await this.disputes.audit(tx, { disputeId: reservation.id, action: 'claimed', actorUserId: user.id });
        }
        const tokens: TokenPair = await this.sessions.open(tx, user.id, context.device);
        if (!user.emailVerifiedAt) {
          await this.accountTokens.issue(
            tx,
            { userId: user.id, email, displayName: user.displayName, locale: user.locale },
            'email_verification',
          );
        }
        await this.outbox.append(tx, {
          type: 'organization.registered',
          aggregateType: 'organization',
          aggregateId: organization.id,
          payload: { organizationId: organization.id, ownerUserId: user.id, regionCode: organization.regionCode },
        });
        return {
          user: userView(user),
          organization: organizationView(organization, {
            actor: {
              userId: user.id,
              sessionId: '',
              email,
              memberships: [{ organizationId: organization.id, kind: 'enterprise', role: 'owner' }],
              operatedParkIds: [],
              isPlatformAdmin: false,
              emailVerified: user.emailVerifiedAt !== null,
              locale: user.locale,
            },
            parks: [],
            moderatedParkIds: [],
          }),
          ...tokens,
        };
      });
    } catch (error) {
      // Two sign-ups racing past the checks meet the unique indexes instead.
      if (isUniqueViolation(error, 'organizations_uscc_key')) throw new UsccTakenError();
      if (isUniqueViolation(error, 'users_email_key')) throw new EmailTakenError();
      throw error;
    }
  }
}
