import { Injectable } from '@nestjs/common';
import {
  type Actor,
  ForbiddenError,
  isAdminOf,
  isMemberOf,
  moderatesAnyOf,
  OrganizationDirectory,
  OrganizationNotFoundError,
} from '@rongtong/identity';

/**
 * Webhooks are managed by the organization's owners and admins. As elsewhere, refusals
 * name the reason (403) only to those who may know its private side exists (its members,
 * the moderators of its parks, platform admins); everyone else gets 404.
 */
@Injectable()
export class WebhookAccess {
  constructor(private readonly directory: OrganizationDirectory) {}

  async requireAdmin(actor: Actor, organizationId: string): Promise<void> {
    if (isAdminOf(actor, organizationId)) return;
    const organization = await this.directory.facts(organizationId);
    if (organization && (isMemberOf(actor, organizationId) || moderatesAnyOf(actor, organization.parkIds))) {
      throw new ForbiddenError("Only the organization's owners and admins manage its webhooks", 'ADMIN_REQUIRED');
    }
    throw new OrganizationNotFoundError();
  }
}
