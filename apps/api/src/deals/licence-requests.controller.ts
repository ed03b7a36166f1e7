import { Body, Controller, Get, Headers, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateLicenceRequestUseCase,
  GetLicenceAgreementUseCase,
  ListListingLicencesUseCase,
  readIdempotencyKey,
} from '@rongtong/deals';
import { type Actor, CurrentActor, Public } from '@rongtong/identity';
import { Id } from '../http/id-param.decorator';
import { IdempotencyKeyHeader } from './deals.controller';
import { CreateLicenceRequestDto, ListingLicenceDto } from './licence-requests.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { DealDto, LicenceAgreementDto } from './deal-responses.dto';

@ApiTags('deals')
@Controller()
export class LicenceRequestsController {
  constructor(
    private readonly create: CreateLicenceRequestUseCase,
    private readonly agreement: GetLicenceAgreementUseCase,
    private readonly listingLicencesUseCase: ListListingLicencesUseCase,
  ) {}

  @ApiOperation({
    summary: 'Ask for a patent licence (or its assignment)',
    description:
      'A licence deal, requested and the provider’s turn; negotiated through /deals/:id/offers, accept, decline. ' +
      'On a listing with a standing open licence (开放许可) an ordinary licence at the published fees is granted ' +
      'at once (state accepted); other fees are negotiated; exclusive or sole → 422 OPEN_LICENCE_DECLARED. ' +
      '409 LICENCE_CONFLICT when a licence in force rules it out; 422 LICENCE_TYPE_NOT_OFFERED, DEAL_INVALID.',
  })
  @IdempotencyKeyHeader()
  @Post('licence-requests')
  @ApiCreatedResponse({ type: DealDto })
  @ApiProblems(400, 401, 403, 404, { 409: 'LICENCE_CONFLICT', 422: 'DEAL_INVALID, IDEMPOTENCY_KEY_REUSED' })
  createLicenceRequest(
    @Body() body: CreateLicenceRequestDto,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.create.execute(actor, body, readIdempotencyKey(key));
  }

  @ApiOperation({ summary: 'A licence agreement with its snapshot, for its parties (404 for anyone else)' })
  @Get('licence-agreements/:id')
  @ApiOkResponse({ type: LicenceAgreementDto })
  @ApiProblems(400, 401, 404)
  getLicenceAgreement(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.agreement.execute(actor, id);
  }

  @ApiOperation({
    summary: 'Licences in force on a patent listing',
    description: 'Type, territory, field and term, never fees; the holder of exclusive ones only.',
  })
  @ApiOkResponse({ type: [ListingLicenceDto] })
  @Public()
  @Get('listings/:id/licences')
  @ApiProblems(400, 401, 404)
  listingLicences(@Id() id: string, @CurrentActor() actor?: Actor) {
    return this.listingLicencesUseCase.execute(actor, id);
  }
}
