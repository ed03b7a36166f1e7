import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Public } from '@rongtong/identity';
import {
  ChangeListingStatusUseCase,
  CreateListingUseCase,
  GetListingUseCase,
  ListingValidationError,
  ListOrganizationListingsUseCase,
  ListParkAuditUseCase,
  ModerationQueueUseCase,
  ParkReasonTemplatesUseCase,
  ReportListingUseCase,
  UpdateListingUseCase,
  WithdrawRevisionUseCase,
} from '@rongtong/listings';
import { Id } from '../http/id-param.decorator';
import { expectedVersion, IfMatchVersion } from '../http/if-match';
import {
  CreateListingDto,
  ListingReasonDto,
  ModerationQueryDto,
  OrganizationListingsQueryDto,
  ParkAuditQueryDto,
  ReasonTemplatesDto,
  UpdateListingDto,
} from './listings.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import {
  ListingAuditEntryDto,
  ListingDto,
  ListingReportDto,
  ModerationItemDto,
  ParkAuditPageDto,
  ReasonTemplateListDto,
} from './listing-responses.dto';

@ApiTags('listings')
@Controller()
export class ListingsController {
  constructor(
    private readonly create: CreateListingUseCase,
    private readonly update: UpdateListingUseCase,
    private readonly get: GetListingUseCase,
    private readonly status: ChangeListingStatusUseCase,
    private readonly report: ReportListingUseCase,
    private readonly queue: ModerationQueueUseCase,
    private readonly organizationListingsUseCase: ListOrganizationListingsUseCase,
    private readonly withdrawRevisionUseCase: WithdrawRevisionUseCase,
    private readonly parkAudit: ListParkAuditUseCase,
    private readonly reasonTemplates: ParkReasonTemplatesUseCase,
  ) {}

  @Post('listings')
  @ApiOperation({ summary: 'Create a draft listing (capacity, equipment or a patent)' })
  @ApiCreatedResponse({ type: ListingDto })
  @ApiProblems(400, 401, 403, 404, 422)
  createListing(@Body() body: CreateListingDto, @CurrentActor() actor: Actor) {
    return this.create.execute(actor, body);
  }

  @Public()
  @Get('listings/:id')
  @ApiOperation({
    summary: 'Read a listing (published to everyone it is visible to; any status to its owner and moderators)',
  })
  @ApiOkResponse({ type: ListingDto })
  @ApiProblems(400, 401, 404)
  getListing(@Id() id: string, @CurrentActor() actor?: Actor) {
    return this.get.execute(actor, id);
  }

  @ApiHeader({ name: 'If-Match', required: false, description: 'The version edited, e.g. "3"' })
  @Patch('listings/:id')
  @ApiOperation({ summary: 'Edit a listing (a published one gets a pending revision); If-Match or version required' })
  @ApiOkResponse({ type: ListingDto })
  @ApiProblems(400, 401, 403, 404, { 409: 'VERSION_CONFLICT, LISTING_NOT_EDITABLE' }, 422)
  updateListing(
    @Id() id: string,
    @Body() body: UpdateListingDto,
    @IfMatchVersion() ifMatch: number | undefined,
    @CurrentActor() actor: Actor,
  ) {
    const { version, ...patch } = body;
    return this.update.execute(
      actor,
      id,
      expectedVersion(ifMatch, version, (violations) => new ListingValidationError(violations)),
      patch,
    );
  }

  @HttpCode(200)
  @Post('listings/:id/submit')
  @ApiOperation({ summary: 'Submit a draft or rejected listing for review' })
  @ApiOkResponse({ type: ListingDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  submitListing(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.status.execute(actor, id, 'submit');
  }

  @HttpCode(200)
  @Post('listings/:id/approve')
  @ApiOperation({ summary: 'Approve a listing or its pending revision (moderators)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version reviewed' })
  @ApiOkResponse({ type: ListingDto })
  @ApiProblems(400, 401, 403, 404, 409)
  approveListing(@Id() id: string, @IfMatchVersion() ifMatch: number | undefined, @CurrentActor() actor: Actor) {
    return this.status.execute(actor, id, 'approve', undefined, ifMatch);
  }

  @HttpCode(200)
  @Post('listings/:id/reject')
  @ApiOperation({ summary: 'Reject a listing or its pending revision with a reason (moderators)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version reviewed' })
  @ApiOkResponse({ type: ListingDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  rejectListing(
    @Id() id: string,
    @Body() body: ListingReasonDto,
    @IfMatchVersion() ifMatch: number | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.status.execute(actor, id, 'reject', body.reason, ifMatch);
  }

  @HttpCode(200)
  @Post('listings/:id/suspend')
  @ApiOperation({ summary: 'Suspend a published listing with a reason (moderators)' })
  @ApiOkResponse({ type: ListingDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  suspendListing(@Id() id: string, @Body() body: ListingReasonDto, @CurrentActor() actor: Actor) {
    return this.status.execute(actor, id, 'suspend', body.reason);
  }

  @HttpCode(200)
  @Post('listings/:id/reinstate')
  @ApiOperation({ summary: 'Reinstate a suspended listing (moderators)' })
  @ApiOkResponse({ type: ListingDto })
  @ApiProblems(400, 401, 403, 404, 409)
  reinstateListing(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.status.execute(actor, id, 'reinstate');
  }

  @HttpCode(200)
  @Post('listings/:id/withdraw-revision')
  @ApiOperation({ summary: "Withdraw a live listing's pending revision (owner); the live version stays" })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version withdrawn' })
  @ApiOkResponse({ type: ListingDto })
  @ApiProblems(400, 401, { 403: 'OWNER_REQUIRED' }, 404, { 409: 'NO_PENDING_REVISION, LISTING_VERSION_CONFLICT' })
  withdrawRevision(@Id() id: string, @IfMatchVersion() ifMatch: number | undefined, @CurrentActor() actor: Actor) {
    return this.withdrawRevisionUseCase.execute(actor, id, ifMatch);
  }

  @HttpCode(200)
  @Post('listings/:id/archive')
  @ApiOperation({ summary: 'Archive a listing (owner)' })
  @ApiOkResponse({ type: ListingDto })
  @ApiProblems(400, 401, 403, 404, 409)
  archiveListing(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.status.execute(actor, id, 'archive');
  }

  @Post('listings/:id/reports')
  @ApiOperation({ summary: 'Report a listing to its moderators' })
  @ApiCreatedResponse({ type: ListingReportDto })
  @ApiProblems(400, 401, 404, 422)
  reportListing(@Id() id: string, @Body() body: ListingReasonDto, @CurrentActor() actor: Actor) {
    return this.report.execute(actor, id, body.reason);
  }

  @Get('listings/:id/audit')
  @ApiOperation({ summary: "A listing's audit trail (owner and moderators)" })
  @ApiOkResponse({ type: [ListingAuditEntryDto] })
  @ApiProblems(400, 401, 404)
  listingAudit(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.get.audit(actor, id);
  }

  /** An organization's listings: all of them for its members and moderators, else the published it may see. */
  @Public()
  @Get('organizations/:id/listings')
  @ApiOperation({ summary: "An organization's listings: every status for members and moderators, else the published" })
  @ApiOkResponse({ type: [ListingDto] })
  @ApiProblems(400, 401, 404)
  listOrganizationListings(
    @Id() id: string,
    @Query() query: OrganizationListingsQueryDto,
    @CurrentActor() actor?: Actor,
  ) {
    return this.organizationListingsUseCase.execute(actor, id, query.status);
  }

  @Get('moderation/listings')
  @ApiOperation({ summary: 'The moderation queue of the parks one moderates, or of one of them' })
  @ApiOkResponse({ type: [ModerationItemDto] })
  @ApiProblems(400, 401, 403, { 404: 'PARK_NOT_FOUND (a park one does not moderate)' })
  moderationQueue(@Query() query: ModerationQueryDto, @CurrentActor() actor: Actor) {
    return this.queue.execute(actor, { status: query.status, limit: query.limit, parkId: query.park });
  }

  @Get('parks/:id/audit')
  @ApiOperation({
    summary:
      "A park's audit trail: what happened to its enterprises' listings, newest first, by actor, action, listing, time and words (its operators, platform admins)",
  })
  @ApiOkResponse({ type: ParkAuditPageDto })
  @ApiProblems(400, 401, { 404: 'PARK_NOT_FOUND (also for a park one does not operate)' }, 422)
  parkAuditTrail(@Id() id: string, @Query() query: ParkAuditQueryDto, @CurrentActor() actor: Actor) {
    return this.parkAudit.execute(actor, id, {
      actorUserId: query.actor,
      action: query.action,
      listingId: query.listing,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      text: query.q,
      page: query.page,
      limit: query.limit,
    });
  }

  @Get('parks/:id/reason-templates')
  @ApiOperation({
    summary:
      "The reasons a park's moderators pick from: its own list, else the defaults (its operators, platform admins)",
  })
  @ApiOkResponse({ type: ReasonTemplateListDto })
  @ApiProblems(400, 401, { 404: 'PARK_NOT_FOUND (also for a park one does not operate)' })
  getReasonTemplates(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.reasonTemplates.get(actor, id);
  }

  @Put('parks/:id/reason-templates')
  @ApiOperation({ summary: "Replace a park's moderation reasons (its operators, platform admins)" })
  @ApiOkResponse({ type: ReasonTemplateListDto })
  @ApiProblems(400, 401, { 404: 'PARK_NOT_FOUND (also for a park one does not operate)' }, 422)
  replaceReasonTemplates(@Id() id: string, @Body() body: ReasonTemplatesDto, @CurrentActor() actor: Actor) {
    return this.reasonTemplates.replace(actor, id, body.templates);
  }
}
