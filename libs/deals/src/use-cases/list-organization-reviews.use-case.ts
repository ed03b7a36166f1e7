import { Injectable } from '@nestjs/common';
import { OrganizationDirectory, OrganizationNotFoundError } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { ReviewRepository } from '../persistence/review.repository';
import { publicReviewsView, type ReviewPage } from '../views/review-view';

/**
 * An organization's standing, public: what requesters said of it as a provider, across
 * its listings (revealed reviews, newest first, with their average), and the rating
 * providers gave it as a requester, as a summary.
 */
@Injectable()
export class ListOrganizationReviewsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly directory: OrganizationDirectory,
    private readonly reviews: ReviewRepository,
  ) {}

  async execute(organizationId: string, page: ReviewPage) {
    if (!(await this.directory.facts(organizationId))) throw new OrganizationNotFoundError();
    const db = this.uow.db;
    const asProvider = await this.reviews.revealedAboutOrganization(db, organizationId, 'requester', {
      limit: page.limit,
      offset: (page.page - 1) * page.limit,
    });
    const asRequester = await this.reviews.revealedAboutOrganization(db, organizationId, 'provider', {
      limit: 0,
      offset: 0,
    });
    return { ...publicReviewsView(asProvider.items, asProvider.summary, page), asRequester: asRequester.summary };
  }
}
