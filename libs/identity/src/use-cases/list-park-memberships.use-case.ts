import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { type Actor, operatesPark, type ParkMembershipStatus, ParkNotFoundError } from '../domain';
import { ParkRepository } from '../persistence';

/** A park's operator sees who asked to join and who belongs. */
@Injectable()
export class ListParkMembershipsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly parks: ParkRepository,
  ) {}

  async execute(actor: Actor, parkId: string, status?: ParkMembershipStatus) {
    if (!operatesPark(actor, parkId)) throw new ParkNotFoundError();
    return this.parks.membershipsOfPark(this.uow.db, parkId, status);
  }
}
