import { Injectable } from '@nestjs/common';
import { type Actor, OrganizationDirectory, operatesPark, ParkNotFoundError } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { DEFAULT_REASON_TEMPLATES, type ReasonTemplate } from '../domain';
import { ParkReasonTemplatesRepository } from '../persistence/park-reason-templates.repository';

/**
 * The reasons a park's moderators choose from (and then may edit) when they refuse or
 * suspend: the park's own list once saved, else the defaults. Its operators and platform
 * admins read and replace it; nobody else learns it exists.
 */
@Injectable()
export class ParkReasonTemplatesUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly templates: ParkReasonTemplatesRepository,
    private readonly directory: OrganizationDirectory,
  ) {}

  async get(actor: Actor, parkId: string) {
    await this.assertOperates(actor, parkId);
    const saved = await this.templates.find(this.uow.db, parkId);
    return saved
      ? { templates: saved.templates, isDefault: false, updatedAt: saved.updatedAt }
      : { templates: [...DEFAULT_REASON_TEMPLATES], isDefault: true, updatedAt: null };
  }

  async replace(actor: Actor, parkId: string, templates: ReasonTemplate[]) {
    await this.assertOperates(actor, parkId);
    const cleaned = templates.map((t) => ({ kind: t.kind, zh: t.zh.trim(), en: t.en.trim() }));
    await this.uow.run((tx) => this.templates.save(tx, parkId, cleaned, actor.userId));
    return this.get(actor, parkId);
  }

  private async assertOperates(actor: Actor, parkId: string): Promise<void> {
    if (!operatesPark(actor, parkId) || !(await this.directory.parkExists(parkId))) throw new ParkNotFoundError();
  }
}
