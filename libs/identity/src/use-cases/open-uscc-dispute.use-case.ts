import { randomUUID } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { downloadName } from '@rongtong/kernel';
import {
  AppConfig,
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
  confirmExpiry,
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
 * transaction, the dispute is written `unconfirmed` and the claimant's confirmation email
 * (a one-time link, 24 h) goes to the outbox. Nothing is frozen and nobody else is told
 * until the claimant follows that link (ConfirmUsccDisputeUseCase): a dispute needs no
 * account, so an address that answers is the least it asks. A failed dispute leaves no
 * file behind.
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

    const confirm = this.tokens.newRefreshToken();
    const confirmExpiresAt = confirmExpiry(new Date());
    try {
      return await this.uow.run(async (tx) => {
        const organization = await this.organizations.findByUscc(tx, uscc);
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
          confirmTokenHash: confirm.hash,
          confirmExpiresAt,
        });
        await this.disputes.audit(tx, { disputeId: dispute.id, action: 'filed', actorUserId: null });
        await this.outbox.append(tx, {
          type: 'uscc_dispute.filed',
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
            confirmToken: confirm.token,
            confirmExpiresAt: confirmExpiresAt.toISOString(),
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
      throw error;
    }
  }
}
