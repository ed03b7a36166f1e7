import { Injectable } from '@nestjs/common';
import { isUniqueViolation, OutboxWriter, UnitOfWork } from '@rongtong/platform';
import {
  type Actor,
  type ContactInput,
  enterpriseFacts,
  type EnterpriseFactsInput,
  ForbiddenError,
  isAdminOf,
  OrganizationFieldLockedError,
  OrganizationNotFoundError,
  Uscc,
  UsccTakenError,
} from '../domain';
import { type OrganizationPatch, OrganizationRepository, ParkRepository } from '../persistence';
import { assertVisible } from './access';
import { organizationView } from './views';

export interface UpdateOrganizationInput extends EnterpriseFactsInput {
  name?: string;
  nameEn?: string | null;
  uscc?: string;
  description?: string | null;
  website?: string | null;
  address?: string | null;
  contact?: ContactInput | null;
}

/**
 * An organization's owners and admins edit its profile. The legal name and credit code
 * are what verification vouched for: they are locked once verified.
 */
@Injectable()
export class UpdateOrganizationUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly parks: ParkRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(actor: Actor, organizationId: string, input: UpdateOrganizationInput) {
    if (!isAdminOf(actor, organizationId)) {
      await assertVisible(this.uow.db, this.parks, actor, organizationId);
      throw new ForbiddenError('Only owners and admins edit the profile', 'ADMIN_REQUIRED');
    }
    try {
      return await this.uow.run(async (tx) => {
        const current = await this.organizations.findById(tx, organizationId, { forUpdate: true });
        if (!current) throw new OrganizationNotFoundError();
        const patch: OrganizationPatch = {};
        const uscc = input.uscc === undefined ? undefined : Uscc.parse(input.uscc);
        if (current.verificationState === 'verified') {
          if (input.name !== undefined && input.name.trim() !== current.name)
            throw new OrganizationFieldLockedError('name');
          if (uscc && uscc.value !== current.uscc) throw new OrganizationFieldLockedError('uscc');
        }
        if (input.name !== undefined) patch.name = input.name.trim();
        if (uscc) {
          patch.uscc = uscc.value;
          patch.regionCode = uscc.regionCode;
        }
        if (input.nameEn !== undefined) patch.nameEn = input.nameEn?.trim() || null;
        if (input.description !== undefined) patch.description = input.description;
        if (input.website !== undefined) patch.website = input.website;
        if (input.address !== undefined) patch.address = input.address;
        if (input.contact !== undefined) patch.contact = input.contact;
        const factsTouched = (
          ['industrySection', 'industryDivision', 'employees', 'annualRevenueFen', 'badge'] as const
        ).some((key) => input[key] !== undefined);
        if (factsTouched) {
          Object.assign(
            patch,
            enterpriseFacts({
              industrySection: input.industrySection !== undefined ? input.industrySection : current.industrySection,
              industryDivision:
                input.industryDivision !== undefined ? input.industryDivision : current.industryDivision,
              employees: input.employees !== undefined ? input.employees : current.employees,
              annualRevenueFen:
                input.annualRevenueFen !== undefined ? input.annualRevenueFen : current.annualRevenueFen,
              badge: input.badge !== undefined ? input.badge : current.badge,
            }),
          );
          // A badge claimed here waits for a park operator or admin; other facts edited
          // alone leave the badge as it was reviewed.
          const claimed = patch.badge;
          patch.badge = input.badge === undefined ? current.badge : claimed ? { ...claimed, status: 'pending' } : null;
        }
        const updated = await this.organizations.update(tx, organizationId, patch);
        const profileTouched = (['name', 'nameEn', 'description', 'regionCode'] as const).some(
          (key) => patch[key] !== undefined && patch[key] !== current[key],
        );
        if (profileTouched && !factsTouched) {
          // The supplier directory finds an enterprise by its name and description.
          await this.outbox.append(tx, {
            type: 'organization.profile_changed',
            aggregateType: 'organization',
            aggregateId: organizationId,
            payload: { organizationId },
          });
        }
        if (factsTouched) {
          // Industry, size class and badge are dimensions of the park analytics.
          await this.outbox.append(tx, {
            type: 'organization.facts_changed',
            aggregateType: 'organization',
            aggregateId: organizationId,
            payload: { organizationId },
          });
        }
        const [parks, moderatedParkIds] = await Promise.all([
          this.parks.approvedParksOf(tx, organizationId),
          this.parks.parkIdsOf(tx, organizationId, ['approved', 'pending']),
        ]);
        return organizationView(updated, { actor, parks, moderatedParkIds });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'organizations_uscc_key')) throw new UsccTakenError();
      throw error;
    }
  }
}
