import { Injectable } from '@nestjs/common';
import { assertKnownRegionPrefix } from '@rongtong/kernel';
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

  /** Parks in a region (a province's, city's or county's code: 32, 3205, 320594); 422 REGION_UNKNOWN for a region nobody has. */
  async list(regionPrefix?: string) {
    assertKnownRegionPrefix(regionPrefix, 'region');
    return (await this.parks.list(this.uow.db, { regionPrefix })).map(parkView);
  }

  async get(parkId: string) {
    const park = await this.parks.findById(this.uow.db, parkId);
    if (!park) throw new ParkNotFoundError();
    return parkView(park);
  }
}
