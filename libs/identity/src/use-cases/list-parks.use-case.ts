import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { ParkNotFoundError } from '../domain';
import { ParkRepository } from '../persistence';
import { parkView } from './views';

/** Parks are public: their names, regions and operators. */
@Injectable()
export class ListParksUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly parks: ParkRepository,
  ) {}

  async list(regionPrefix?: string) {
    return (await this.parks.list(this.uow.db, { regionPrefix })).map(parkView);
  }

  async get(parkId: string) {
    const park = await this.parks.findById(this.uow.db, parkId);
    if (!park) throw new ParkNotFoundError();
    return parkView(park);
  }
}
