import { createHash, createHmac, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, isMemberOf, OrganizationDirectory, OrganizationNotFoundError } from '@rongtong/identity';
import { GetListingUseCase, ListingForbiddenError } from '@rongtong/listings';
import { AppConfig, isUniqueViolation, UnitOfWork } from '@rongtong/platform';
import { CalendarFeedNotFoundError, CalendarNotAvailableError } from '../domain';
import {
  type CalendarFeedRecord,
  CalendarFeedRepository,
  type FeedScope,
} from '../persistence/calendar-feed.repository';
import { calendarText } from './calendar';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export type FeedTarget = { listingId: string } | { organizationId: string };

/**
 * The secret calendar feeds of an equipment listing's bookings and of an enterprise's,
 * for its members: the URL (made on first asking), a new one (the old one then answers
 * 404), or none. The token is an HMAC of the row's nonce under the server's key, so the
 * URL can be shown again while the database holds only the token's hash.
 */
@Injectable()
export class CalendarFeedsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly feeds: CalendarFeedRepository,
    private readonly listings: GetListingUseCase,
    private readonly directory: OrganizationDirectory,
    private readonly config: AppConfig,
  ) {}

  async url(actor: Actor, target: FeedTarget): Promise<{ url: string }> {
    const scope = await this.scope(actor, target);
    const feed = (await this.feeds.find(this.uow.db, scope)) ?? (await this.create(actor, scope));
    const token = this.token(feed.nonce);
    // The server's key changed since: the stored hash follows (the old URL stops).
    if (sha256(token) !== feed.tokenHash) await this.feeds.setTokenHash(this.uow.db, feed.id, sha256(token));
    return { url: this.urlOf(token) };
  }

  async rotate(actor: Actor, target: FeedTarget): Promise<{ url: string }> {
    const scope = await this.scope(actor, target);
    const nonce = randomUUID();
    const token = this.token(nonce);
    await this.uow.run(async (tx) => {
      await this.feeds.delete(tx, scope);
      await this.feeds.insert(tx, scope, { nonce, tokenHash: sha256(token), createdBy: actor.userId });
    });
    return { url: this.urlOf(token) };
  }

  async revoke(actor: Actor, target: FeedTarget): Promise<void> {
    await this.feeds.delete(this.uow.db, await this.scope(actor, target));
  }

  /** The feed a URL's token opens, as iCalendar text; 404 for a token of no feed. */
  async read(token: string): Promise<string> {
    const feed = /^[A-Za-z0-9_-]{20,100}$/.test(token)
      ? await this.feeds.findByTokenHash(this.uow.db, sha256(token))
      : undefined;
    if (!feed) throw new CalendarFeedNotFoundError();
    const bookings = await this.feeds.bookings(this.uow.db, feed);
    const name = feed.listingId
      ? (bookings[0]?.listingTitle ?? 'Rongtong')
      : ((await this.directory.facts(feed.organizationId))?.name ?? 'Rongtong');
    return calendarText(
      name,
      bookings.map((booking) => {
        const provides = booking.providerOrganizationId === feed.organizationId;
        return {
          uid: `${booking.dealId}@rongtong`,
          start: booking.start,
          end: booking.end,
          stamp: booking.updatedAt,
          summary: `${booking.listingTitle} · ${provides ? booking.requesterName : booking.providerName}`,
        };
      }),
    );
  }

  private async create(actor: Actor, scope: FeedScope): Promise<CalendarFeedRecord> {
    const nonce = randomUUID();
    try {
      return await this.feeds.insert(this.uow.db, scope, {
        nonce,
        tokenHash: sha256(this.token(nonce)),
        createdBy: actor.userId,
      });
    } catch (error) {
      // Two first askings at once: the other made it.
      if (!isUniqueViolation(error)) throw error;
      return (await this.feeds.find(this.uow.db, scope))!;
    }
  }

  private async scope(actor: Actor, target: FeedTarget): Promise<FeedScope> {
    if ('organizationId' in target) {
      if (!isMemberOf(actor, target.organizationId)) throw new OrganizationNotFoundError();
      return { organizationId: target.organizationId, listingId: null };
    }
    const listing = await this.listings.execute(actor, target.listingId);
    if (!isMemberOf(actor, listing.ownerOrganizationId)) {
      throw new ListingForbiddenError('OWNER_REQUIRED', "Only the owner may see a listing's calendar feed");
    }
    if (listing.kind !== 'equipment') throw new CalendarNotAvailableError();
    return { organizationId: listing.ownerOrganizationId, listingId: listing.id };
  }

  private token(nonce: string): string {
    return createHmac('sha256', this.config.secrets.key).update(`calendar-feed:${nonce}`).digest('base64url');
  }

  private urlOf(token: string): string {
    return `${this.config.publicWebUrl}/api/v1/calendar-feeds/${token}.ics`;
  }
}
