import { Injectable } from '@nestjs/common';
import { type Actor, isMemberOf, OrganizationDirectory } from '@rongtong/identity';
import { CalendarNotAvailableError } from '../domain';
import { calendarText } from './calendar';
import { GetDealUseCase } from './get-deal.use-case';

/** One confirmed booking as an .ics file ("add to calendar"), for either party. */
@Injectable()
export class BookingCalendarUseCase {
  constructor(
    private readonly deals: GetDealUseCase,
    private readonly directory: OrganizationDirectory,
  ) {}

  async execute(actor: Actor, dealId: string): Promise<{ fileName: string; content: string }> {
    const deal = await this.deals.execute(actor, dealId);
    const terms = deal.terms as { start?: unknown; end?: unknown };
    if (
      deal.kind !== 'booking' ||
      !['confirmed', 'completed'].includes(deal.state) ||
      typeof terms.start !== 'string' ||
      typeof terms.end !== 'string'
    ) {
      throw new CalendarNotAvailableError();
    }
    const provides = isMemberOf(actor, deal.providerOrganizationId);
    const counterpart = await this.directory.facts(
      provides ? deal.requesterOrganizationId : deal.providerOrganizationId,
    );
    return {
      fileName: `booking-${deal.id}.ics`,
      content: calendarText(deal.listing.title, [
        {
          uid: `${deal.id}@rongtong`,
          start: new Date(terms.start),
          end: new Date(terms.end),
          stamp: deal.updatedAt,
          summary: `${deal.listing.title} · ${counterpart?.name ?? ''}`,
        },
      ]),
    };
  }
}
