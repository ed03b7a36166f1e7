import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  type Actor,
  ConfirmUsccDisputeUseCase,
  CurrentActor,
  DecideUsccDisputeUseCase,
  FollowUsccDisputeUseCase,
  GetUsccDisputeUseCase,
  ListUsccDisputesUseCase,
  type Locale,
  OpenUsccDisputeUseCase,
  Public,
} from '@rongtong/identity';
import {
  createValidationPipe,
  DownloadHeaders,
  findInvalidText,
  InvalidCharactersError,
  RequestLocale,
  withFileUpload,
} from '@rongtong/platform';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Id } from '../http/id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { PageOf } from '../openapi/page.dto';
import { ReasonDto } from './identity.dto';
import {
  ClaimantUsccDisputeDto,
  ConfirmedUsccDisputeDto,
  ConfirmUsccDisputeDto,
  FollowUsccDisputeDto,
  UsccDisputeDto,
  UsccDisputeFieldsDto,
  UsccDisputeFormDto,
  UsccDisputeListQueryDto,
} from './uscc-disputes.dto';

const fieldsPipe = createValidationPipe();

/** The multipart fields, held to the same rules as a JSON body. */
async function readFields(fields: Record<string, string>): Promise<UsccDisputeFieldsDto> {
  const invalid = findInvalidText(fields);
  if (invalid !== undefined) throw new InvalidCharactersError(invalid);
  return (await fieldsPipe.transform(fields, { type: 'body', metatype: UsccDisputeFieldsDto })) as UsccDisputeFieldsDto;
}

/**
 * Credit code disputes (issue 15, row 9): the real holder of a unified social credit code
 * disputes the enterprise that registered it first, with its business licence; an
 * operator of that enterprise's park or a platform admin decides.
 */
@ApiTags('uscc-disputes')
@Controller('uscc-disputes')
export class UsccDisputesController {
  constructor(
    private readonly open: OpenUsccDisputeUseCase,
    private readonly list: ListUsccDisputesUseCase,
    private readonly get: GetUsccDisputeUseCase,
    private readonly decide: DecideUsccDisputeUseCase,
    private readonly follow: FollowUsccDisputeUseCase,
    private readonly confirm: ConfirmUsccDisputeUseCase,
  ) {}

  /** Anyone (the real company has no account yet), at the sign-up routes' rate limit per client. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UsccDisputeFormDto })
  @Post()
  @ApiOperation({
    summary:
      "Dispute an enterprise's credit code with your business licence (multipart: the fields, then licence). It is unconfirmed until the claimant follows the link emailed to them (24 h); nothing is frozen before",
  })
  @ApiCreatedResponse({ type: ClaimantUsccDisputeDto })
  @ApiProblems(
    400,
    { 409: 'USCC_DISPUTE_OPEN' },
    { 413: 'LICENCE_TOO_LARGE' },
    { 415: 'LICENCE_TYPE_NOT_ALLOWED, MULTIPART_REQUIRED' },
    { 422: 'USCC_INVALID, USCC_NOT_REGISTERED (nobody holds it: register with it), EMAIL_INVALID, LICENCE_EMPTY' },
    429,
  )
  openDispute(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @RequestLocale() requestLocale: Locale,
  ) {
    return withFileUpload(
      request,
      reply,
      async ({ fields, filename, file }) => {
        const input = await readFields(fields);
        return this.open.execute({
          uscc: input.uscc,
          organizationName: input.organizationName,
          contactName: input.contactName,
          email: input.email,
          phone: input.phone,
          statement: input.statement,
          locale: input.locale ?? requestLocale,
          licence: { filename, content: file },
        });
      },
      'licence',
    );
  }

  /** The claimant proves their address: the dispute opens, the holder is frozen, its owners and the reviewers learn of it. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @Post('confirm')
  @ApiOperation({
    summary:
      "Confirm a dispute with the token of the claimant's confirmation email (single use, 24 h): it opens and the holder is frozen until it is decided",
  })
  @ApiOkResponse({ type: ConfirmedUsccDisputeDto })
  @ApiProblems(
    { 400: 'VALIDATION_FAILED, USCC_DISPUTE_CONFIRMATION_EXPIRED' },
    { 404: 'USCC_DISPUTE_NOT_FOUND' },
    { 409: 'USCC_DISPUTE_ALREADY_CONFIRMED, USCC_DISPUTE_OPEN' },
    { 422: 'USCC_NOT_REGISTERED' },
    429,
  )
  confirmDispute(@Body() body: ConfirmUsccDisputeDto) {
    return this.confirm.execute(body.token);
  }

  /** The claimant's view, by the token of the link in their receipt (a token in the body, not in a URL that logs keep). */
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @Post('follow')
  @ApiOperation({ summary: "Follow a dispute with the token of the claimant's receipt email" })
  @ApiOkResponse({ type: ClaimantUsccDisputeDto })
  @ApiProblems(400, { 404: 'USCC_DISPUTE_NOT_FOUND' }, 429)
  followDispute(@Body() body: FollowUsccDisputeDto) {
    return this.follow.execute(body.token);
  }

  @Get()
  @ApiOperation({ summary: "Disputes to review: an operator's parks' enterprises, every one for a platform admin" })
  @ApiOkResponse({ type: PageOf(UsccDisputeDto) })
  @ApiProblems(400, 401, { 403: 'PARK_OPERATOR_REQUIRED' })
  listDisputes(@Query() query: UsccDisputeListQueryDto, @CurrentActor() actor: Actor) {
    return this.list.execute(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One dispute with its history (its reviewers)' })
  @ApiOkResponse({ type: UsccDisputeDto })
  @ApiProblems(400, 401, { 404: 'USCC_DISPUTE_NOT_FOUND' })
  getDispute(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.get.execute(actor, id);
  }

  @DownloadHeaders()
  @Header('Cache-Control', 'private, no-store')
  @Get(':id/licence')
  @ApiOperation({ summary: "Download the claimant's business licence (its reviewers)" })
  @ApiOkResponse({
    description: 'The file, as a download',
    content: {
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'image/jpeg': { schema: { type: 'string', format: 'binary' } },
      'image/png': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblems(400, 401, { 404: 'USCC_DISPUTE_NOT_FOUND' })
  async downloadLicence(@Id() id: string, @CurrentActor() actor: Actor) {
    const licence = await this.get.licence(actor, id);
    return new StreamableFile(licence.content, {
      type: licence.contentType,
      length: licence.sizeBytes,
      disposition: contentDisposition(licence.filename, { type: 'attachment' }),
    });
  }

  @HttpCode(200)
  @Post(':id/uphold')
  @ApiOperation({
    summary:
      'Uphold a dispute with a reason: the code is taken from the enterprise (frozen for good) and reserved for the claimant, emailed a registration link',
  })
  @ApiOkResponse({ type: UsccDisputeDto })
  @ApiProblems(400, 401, { 404: 'USCC_DISPUTE_NOT_FOUND' }, { 409: 'USCC_DISPUTE_NOT_OPEN' }, 422)
  upholdDispute(@Id() id: string, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.decide.execute(actor, id, { action: 'uphold', reason: body.reason });
  }

  @HttpCode(200)
  @Post(':id/dismiss')
  @ApiOperation({ summary: 'Dismiss a dispute with a reason: the enterprise is unfrozen' })
  @ApiOkResponse({ type: UsccDisputeDto })
  @ApiProblems(400, 401, { 404: 'USCC_DISPUTE_NOT_FOUND' }, { 409: 'USCC_DISPUTE_NOT_OPEN' }, 422)
  dismissDispute(@Id() id: string, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.decide.execute(actor, id, { action: 'dismiss', reason: body.reason });
  }
}
