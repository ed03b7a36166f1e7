import type { Db } from '@rongtong/platform';
import { type Actor, OrganizationNotFoundError } from '../domain';
import type {
  OrganizationRecord,
  OrganizationRepository,
  ParkRepository,
  VerificationDocumentRecord,
} from '../persistence';
import { assertVisible } from './access';

/** A document as the API shows it: never its storage key. */
export function verificationDocumentView(document: VerificationDocumentRecord) {
  return {
    id: document.id,
    kind: document.kind,
    note: document.note,
    fileName: document.fileName,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    uploadedBy: document.uploadedBy,
    uploadedAt: document.createdAt,
  };
}

export type VerificationDocumentView = ReturnType<typeof verificationDocumentView>;

/** What the verification queue shows of each document, without a request per row. */
export function verificationDocumentSummary(document: VerificationDocumentRecord) {
  return {
    id: document.id,
    kind: document.kind,
    fileName: document.fileName,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    uploadedAt: document.createdAt,
  };
}

/**
 * The enterprise whose documents the caller may read: its members, the operators of its
 * parks (members or asking to join) and platform admins. Anyone else, and any id that is
 * not an enterprise, gets 404.
 */
export async function readableEnterprise(
  db: Db,
  organizations: OrganizationRepository,
  parks: ParkRepository,
  actor: Actor,
  organizationId: string,
): Promise<OrganizationRecord> {
  await assertVisible(db, parks, actor, organizationId);
  const organization = await organizations.findById(db, organizationId);
  if (!organization || organization.kind !== 'enterprise') throw new OrganizationNotFoundError();
  return organization;
}
