import { Injectable } from '@nestjs/common';
import { type Actor, enterpriseIds } from '@rongtong/identity';
import { NotFoundError } from '@rongtong/kernel';
import { UnitOfWork } from '@rongtong/platform';
import { LicenceRepository } from '../persistence/licence.repository';
import { licenceAgreementView } from '../workflow/licence.effects';

/** A licence agreement with its snapshot, for its parties; anyone else is told there is none. */
@Injectable()
export class GetLicenceAgreementUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly licences: LicenceRepository,
  ) {}

  async execute(actor: Actor, agreementId: string) {
    const agreement = await this.licences.findForParties(this.uow.db, agreementId, enterpriseIds(actor));
    if (!agreement) throw new NotFoundError('Licence agreement', 'LICENCE_AGREEMENT_NOT_FOUND');
    return licenceAgreementView(agreement);
  }
}
