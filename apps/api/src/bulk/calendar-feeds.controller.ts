import { Controller, Delete, Get, Header, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BookingCalendarUseCase, CalendarFeedsUseCase } from '@rongtong/deals';
import { type Actor, CurrentActor, Public } from '@rongtong/identity';
import { create as contentDisposition } from 'content-disposition';
import { Id } from '../http/id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { CalendarFeedDto } from './bulk.dto';

const CALENDAR = {
  description: 'iCalendar (RFC 5545), times in UTC',
  content: { 'text/calendar': { schema: { type: 'string' } } },
} as const;
const LISTING_PROBLEMS = [
  400,
  401,
  { 403: 'OWNER_REQUIRED' },
  { 404: 'LISTING_NOT_FOUND' },
  { 409: 'CALENDAR_NOT_AVAILABLE (not equipment)' },
] as const;
const ORGANIZATION_PROBLEMS = [400, 401, { 404: 'ORGANIZATION_NOT_FOUND' }] as const;

@ApiTags('calendars')
@Controller()
export class CalendarFeedsController {
  constructor(
    private readonly feeds: CalendarFeedsUseCase,
    private readonly booking: BookingCalendarUseCase,
  ) {}

  @Header('Cache-Control', 'private, no-store')
  @Get('listings/:id/calendar-feed')
  @ApiOperation({ summary: "The secret calendar feed URL of an equipment listing's confirmed bookings (its owner)" })
  @ApiOkResponse({ type: CalendarFeedDto })
  @ApiProblems(...LISTING_PROBLEMS)
  listingCalendarFeed(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.feeds.url(actor, { listingId: id });
  }

  @HttpCode(200)
  @Header('Cache-Control', 'private, no-store')
  @Post('listings/:id/calendar-feed/rotate')
  @ApiOperation({ summary: "A new feed URL for the listing's bookings; the old one answers 404 at once" })
  @ApiOkResponse({ type: CalendarFeedDto })
  @ApiProblems(...LISTING_PROBLEMS)
  rotateListingCalendarFeed(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.feeds.rotate(actor, { listingId: id });
  }

  @HttpCode(204)
  @Delete('listings/:id/calendar-feed')
  @ApiOperation({ summary: "Revoke the listing's feed URL (asking for it again makes a new one)" })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiProblems(...LISTING_PROBLEMS)
  async revokeListingCalendarFeed(@Id() id: string, @CurrentActor() actor: Actor) {
    await this.feeds.revoke(actor, { listingId: id });
  }

  @Header('Cache-Control', 'private, no-store')
  @Get('organizations/:id/calendar-feed')
  @ApiOperation({
    summary: "The secret calendar feed URL of an enterprise's confirmed bookings, on either side (its members)",
  })
  @ApiOkResponse({ type: CalendarFeedDto })
  @ApiProblems(...ORGANIZATION_PROBLEMS)
  organizationCalendarFeed(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.feeds.url(actor, { organizationId: id });
  }

  @HttpCode(200)
  @Header('Cache-Control', 'private, no-store')
  @Post('organizations/:id/calendar-feed/rotate')
  @ApiOperation({ summary: "A new feed URL for the enterprise's bookings; the old one answers 404 at once" })
  @ApiOkResponse({ type: CalendarFeedDto })
  @ApiProblems(...ORGANIZATION_PROBLEMS)
  rotateOrganizationCalendarFeed(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.feeds.rotate(actor, { organizationId: id });
  }

  @HttpCode(204)
  @Delete('organizations/:id/calendar-feed')
  @ApiOperation({ summary: "Revoke the enterprise's feed URL" })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiProblems(...ORGANIZATION_PROBLEMS)
  async revokeOrganizationCalendarFeed(@Id() id: string, @CurrentActor() actor: Actor) {
    await this.feeds.revoke(actor, { organizationId: id });
  }

  @Public()
  @Header('Cache-Control', 'private, no-cache')
  @Get('calendar-feeds/:file')
  @ApiOperation({
    summary:
      'A calendar feed (no sign-in: the URL is the secret): confirmed bookings with their times, listing and counterpart only',
  })
  @ApiOkResponse(CALENDAR)
  @ApiProblems({ 404: 'CALENDAR_FEED_NOT_FOUND' })
  async calendarFeed(@Param('file') file: string) {
    const text = await this.feeds.read(file.replace(/\.ics$/, ''));
    return new StreamableFile(Buffer.from(text, 'utf8'), { type: 'text/calendar; charset=utf-8' });
  }

  @Header('Cache-Control', 'private, no-cache')
  @Get('deals/:id/calendar.ics')
  @ApiOperation({ summary: 'A confirmed booking as an .ics file, to add to a calendar (either party)' })
  @ApiOkResponse(CALENDAR)
  @ApiProblems(400, 401, { 404: 'DEAL_NOT_FOUND' }, { 409: 'CALENDAR_NOT_AVAILABLE' })
  async bookingCalendar(@Id() id: string, @CurrentActor() actor: Actor) {
    const file = await this.booking.execute(actor, id);
    const content = Buffer.from(file.content, 'utf8');
    return new StreamableFile(content, {
      type: 'text/calendar; charset=utf-8',
      length: content.length,
      disposition: contentDisposition(file.fileName),
    });
  }
}
