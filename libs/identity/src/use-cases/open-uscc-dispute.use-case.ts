import { randomUUID } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { downloadName } from '@rongtong/kernel';
import {
  AppConfig,
  isUniqueViolation,
  ObjectStorage,
  OutboxWriter,
  SNIFF_BYTES,
  sniffContentType,
  UnitOfWork,
  UploadInspector,
  type UsccDisputeEventPayload,
} from '@rongtong/platform';
import { TokenService } from '../auth/token.service';
import {
  acceptLicenceType,
  LicenceEmptyError,
  licenceExtensions,
  LicenceTooLargeError,
  type Locale,
  normalizeEmail,
  Uscc,
  UsccDisputeOpenError,
  UsccNotRegisteredError,
} from '../domain';
import { OrganizationRepository, UsccDisputeRepository } from '../persistence';
import { claimantDisputeView } from './uscc-dispute-views';

export interface OpenUsccDisputeInput {
  uscc: string;
  organizationName: string;
  contactName: string;
  email: string;
  phone?: string;
  statement: string;
  locale: Locale;
  licence: { filename?: string; content: Readable };
}

/**
 * The real holder of a credit code disputes the enterprise that registered it. The cheap
 * checks come first (the code, its holder, no dispute already open), then the business
 * licence is checked as it arrives (size, type by content) and stored; then, in one
 * transaction, the dispute is written, the holder frozen, and the emails (the claimant's
 * receipt with a link to follow it, the squatter's owners' notice) and the search
 * reindex go to the outbox. A failed dispute leaves no file behind.
 */
@Injectable()
export class OpenUsccDisputeUseCase {
  private readonly logger = new Logger(OpenUsccDisputeUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly disputes: UsccDisputeRepository,
    private readonly tokens: TokenService,
    private readonly storage: ObjectStorage,
    private readonly outbox: OutboxWriter,
    private readonly config: AppConfig,
  ) {}

  async execute(input: OpenUsccDisputeInput) {
    const uscc = Uscc.parse(input.uscc).value;
    const email = normalizeEmail(input.email);
    const holder = await this.organizations.findByUscc(this.uow.db, uscc);
    if (!holder || holder.kind === 'platform') throw new UsccNotRegisteredError();
    if (await this.disputes.openFor(this.uow.db, uscc)) throw new UsccDisputeOpenError();

    const maxBytes = this.config.uploads.maxBytes;
    let contentType = '';
    const inspector = new UploadInspector({
      maxBytes,
      headBytes: SNIFF_BYTES,
      inspectHead: async (head) => {
        if (head.length === 0) throw new LicenceEmptyError();
        contentType = acceptLicenceType((await sniffContentType(head))?.mime);
      },
      tooLarge: () => new LicenceTooLargeError(maxBytes),
    });
    const storageKey = `uscc-disputes/${randomUUID()}`;
    await this.storage.put(
      storageKey,
      pipeline(input.licence.content, inspector, () => {}),
    );

    const follow = this.tokens.newRefreshToken();
    try {
      return await this.uow.run(async (tx) => {
        const organization = await this.organizations.findByUscc(tx, uscc, { forUpdate: true });
        if (!organization || organization.kind === 'platform') throw new UsccNotRegisteredError();
        const dispute = await this.disputes.insert(tx, {
          uscc,
          organizationId: organization.id,
          claimantOrganizationName: input.organizationName.trim(),
          claimantName: input.contactName.trim(),
          claimantEmail: email,
          claimantPhone: input.phone?.trim() || null,
          claimantLocale: input.locale,
          statement: input.statement.trim(),
          licenceFilename: downloadName(input.licence.filename, licenceExtensions(contentType), 'business-licence'),
          licenceContentType: contentType,
          licenceSha256: inspector.result.sha256,
          licenceSizeBytes: inspector.result.sizeBytes,
          licenceStorageKey: storageKey,
          followTokenHash: follow.hash,
        });
        await this.disputes.audit(tx, { disputeId: dispute.id, action: 'opened', actorUserId: null });
        if (!organization.frozenReason) {
          await this.organizations.update(tx, organization.id, { frozenReason: 'uscc_disputed', frozenAt: new Date() });
          await this.outbox.append(tx, {
            type: 'organization.frozen',
            aggregateType: 'organization',
            aggregateId: organization.id,
            payload: { organizationId: organization.id, reason: 'uscc_disputed' },
          });
        }
        await this.outbox.append(tx, {
          type: 'uscc_dispute.opened',
          aggregateType: 'uscc_dispute',
          aggregateId: dispute.id,
          payload: {
            disputeId: dispute.id,
            uscc,
            organizationId: organization.id,
            organizationName: organization.name,
            claimant: {
              email,
              name: dispute.claimantName,
              organizationName: dispute.claimantOrganizationName,
              locale: input.locale,
            },
            reason: null,
            followToken: follow.token,
          } satisfies UsccDisputeEventPayload,
        });
        return claimantDisputeView(dispute);
      });
    } catch (error) {
      await this.storage
        .delete(storageKey)
        .catch((cleanupError: unknown) =>
          this.logger.error({ err: cleanupError, storageKey }, 'Could not remove the licence of a failed dispute'),
        );
      // Two disputes of one code racing past the check meet the partial unique index.
      if (isUniqueViolation(error, 'uscc_disputes_open_key')) throw new UsccDisputeOpenError();
      throw error;
    }
  }
}
