import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ListDealReviewsUseCase,
  ListListingReviewsUseCase,
  ListOrganizationReviewsUseCase,
  WriteReviewUseCase,
} from '@rongtong/deals';
import { type Actor, CurrentActor, Public } from '@rongtong/identity';
import { Id } from '../http/id-param.decorator';
import { ReviewPageQueryDto, WriteReviewDto } from './reviews.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { DealReviewsDto, OrganizationReviewPageDto, ReviewDto, ReviewPageDto } from './deal-responses.dto';

const page = (query: ReviewPageQueryDto) => ({ page: query.page ?? 1, limit: query.limit ?? 20 });

/**
 * Reviews are blind: each is shown to the other party and the public once both sides have
 * written, or 14 days after the deal finished (closed, or for a licence, agreed).
 */
@ApiTags('reviews')
@Controller()
export class ReviewsController {
  constructor(
    private readonly write: WriteReviewUseCase,
    private readonly ofDeal: ListDealReviewsUseCase,
    private readonly ofListing: ListListingReviewsUseCase,
    private readonly ofOrganization: ListOrganizationReviewsUseCase,
  ) {}

  @ApiOperation({ summary: 'Review the other party of a completed deal (once per side)' })
  @Post('deals/:id/reviews')
  @ApiCreatedResponse({ type: ReviewDto })
  @ApiProblems(400, 401, 404, { 409: 'REVIEW_EXISTS, DEAL_STATE_CONFLICT' }, 422)
  writeReview(@Id() id: string, @Body() body: WriteReviewDto, @CurrentActor() actor: Actor) {
    return this.write.execute(actor, id, body);
  }

  @ApiOperation({ summary: "A deal's reviews: your side's, and the other's once revealed" })
  @Get('deals/:id/reviews')
  @ApiOkResponse({ type: DealReviewsDto })
  @ApiProblems(400, 401, 404)
  listDealReviews(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.ofDeal.execute(actor, id);
  }

  @ApiOperation({ summary: "Revealed reviews of a listing's provider by its requesters, with the average rating" })
  @Public()
  @Get('listings/:id/reviews')
  @ApiOkResponse({ type: ReviewPageDto })
  @ApiProblems(400, 401, 404)
  listListingReviews(@Id() id: string, @Query() query: ReviewPageQueryDto, @CurrentActor() actor?: Actor) {
    return this.ofListing.execute(actor, id, page(query));
  }

  @ApiOperation({
    summary:
      'Revealed reviews of an organization as a provider, with its average; `asRequester` summarises the other role',
  })
  @Public()
  @Get('organizations/:id/reviews')
  @ApiOkResponse({ type: OrganizationReviewPageDto })
  @ApiProblems(400, 401, 404)
  listOrganizationReviews(@Id() id: string, @Query() query: ReviewPageQueryDto) {
    return this.ofOrganization.execute(id, page(query));
  }
}
