import type { UsccDisputeAuditRecord, UsccDisputeRecord } from '../persistence';

/** What the claimant reads: their dispute's progress, nothing of the reviewers or the other party's private side. */
export function claimantDisputeView(dispute: UsccDisputeRecord) {
  return {
    id: dispute.id,
    uscc: dispute.uscc,
    status: dispute.status,
    claimantOrganizationName: dispute.claimantOrganizationName,
    /** Unconfirmed: until when the link of the confirmation email works. */
    confirmExpiresAt: dispute.status === 'unconfirmed' ? dispute.confirmExpiresAt : null,
    decisionReason: dispute.decisionReason,
    decidedAt: dispute.decidedAt,
    /** Upheld: until when the emailed registration link keeps the code for the claimant. */
    claimExpiresAt: dispute.claimExpiresAt,
    claimed: dispute.claimedByOrganizationId !== null,
    createdAt: dispute.createdAt,
  };
}

/** What a reviewer (an operator of the disputed enterprise's park, a platform admin) reads. */
export function reviewerDisputeView(dispute: UsccDisputeRecord, history?: UsccDisputeAuditRecord[]) {
  return {
    id: dispute.id,
    uscc: dispute.uscc,
    status: dispute.status,
    organization: { id: dispute.organizationId, name: dispute.organizationName },
    claimant: {
      organizationName: dispute.claimantOrganizationName,
      name: dispute.claimantName,
      email: dispute.claimantEmail,
      phone: dispute.claimantPhone,
      locale: dispute.claimantLocale,
    },
    statement: dispute.statement,
    licence: {
      filename: dispute.licenceFilename,
      contentType: dispute.licenceContentType,
      sizeBytes: dispute.licenceSizeBytes,
      sha256: dispute.licenceSha256,
    },
    decidedBy: dispute.decidedBy,
    decisionReason: dispute.decisionReason,
    decidedAt: dispute.decidedAt,
    claimExpiresAt: dispute.claimExpiresAt,
    claimedByOrganizationId: dispute.claimedByOrganizationId,
    createdAt: dispute.createdAt,
    updatedAt: dispute.updatedAt,
    ...(history && { history }),
  };
}
