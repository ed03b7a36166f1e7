// Every identity use case, listed once: the module provides them all.
import { AcceptInvitationUseCase } from './accept-invitation.use-case';
import { BootstrapPlatformAdminUseCase } from './bootstrap-platform-admin.use-case';
import { CreateParkUseCase } from './create-park.use-case';
import { DecideParkMembershipUseCase } from './decide-park-membership.use-case';
import { DecideBadgeUseCase } from './decide-badge.use-case';
import { DecideVerificationUseCase } from './decide-verification.use-case';
import { GetMeUseCase } from './get-me.use-case';
import { GetOrganizationUseCase } from './get-organization.use-case';
import { InviteMemberUseCase } from './invite-member.use-case';
import { ListOrganizationMembersUseCase } from './list-organization-members.use-case';
import { ListParkMembershipsUseCase } from './list-park-memberships.use-case';
import { ListParkVerificationsUseCase } from './list-park-verifications.use-case';
import { ListParksUseCase } from './list-parks.use-case';
import { LoadActorUseCase } from './load-actor.use-case';
import { LoginUseCase } from './login.use-case';
import { LogoutUseCase } from './logout.use-case';
import { RefreshSessionUseCase } from './refresh-session.use-case';
import { RegisterEnterpriseUseCase } from './register-enterprise.use-case';
import { UpdateOrganizationUseCase } from './update-organization.use-case';
import { RequestParkMembershipUseCase } from './request-park-membership.use-case';
import { ChangeEmailUseCase } from './change-email.use-case';
import { ChangePasswordUseCase } from './change-password.use-case';
import { ListSessionsUseCase } from './list-sessions.use-case';
import { ListUsersUseCase } from './list-users.use-case';
import { ReinstateUserUseCase } from './reinstate-user.use-case';
import { RequestPasswordResetUseCase } from './request-password-reset.use-case';
import { ResendEmailVerificationUseCase } from './resend-email-verification.use-case';
import { ResetPasswordUseCase } from './reset-password.use-case';
import { RevokeOtherSessionsUseCase } from './revoke-other-sessions.use-case';
import { RevokeSessionUseCase } from './revoke-session.use-case';
import { SuspendUserUseCase } from './suspend-user.use-case';
import { UpdateMeUseCase } from './update-me.use-case';
import { VerifyEmailUseCase } from './verify-email.use-case';
import { ConfirmUsccDisputeUseCase } from './confirm-uscc-dispute.use-case';
import { DecideUsccDisputeUseCase } from './decide-uscc-dispute.use-case';
import { ExpireUsccDisputesUseCase } from './expire-uscc-disputes.use-case';
import { FollowUsccDisputeUseCase } from './follow-uscc-dispute.use-case';
import { GetUsccDisputeUseCase } from './get-uscc-dispute.use-case';
import { ListUsccDisputesUseCase } from './list-uscc-disputes.use-case';
import { OpenUsccDisputeUseCase } from './open-uscc-dispute.use-case';
import { ListInvitationsUseCase } from './list-invitations.use-case';
import { RevokeInvitationUseCase } from './revoke-invitation.use-case';
import { ChangeMembershipUseCase } from './change-membership.use-case';
import { DeleteVerificationDocumentUseCase } from './delete-verification-document.use-case';
import { GetVerificationDocumentFileUseCase } from './get-verification-document-file.use-case';
import { ListVerificationDocumentsUseCase } from './list-verification-documents.use-case';
import { UploadVerificationDocumentUseCase } from './upload-verification-document.use-case';

export const IDENTITY_USE_CASES = [
  AcceptInvitationUseCase,
  BootstrapPlatformAdminUseCase,
  CreateParkUseCase,
  DecideParkMembershipUseCase,
  DecideVerificationUseCase,
  DecideBadgeUseCase,
  GetMeUseCase,
  GetOrganizationUseCase,
  InviteMemberUseCase,
  ListOrganizationMembersUseCase,
  ListParkMembershipsUseCase,
  ListParkVerificationsUseCase,
  ListParksUseCase,
  LoadActorUseCase,
  LoginUseCase,
  LogoutUseCase,
  RefreshSessionUseCase,
  RegisterEnterpriseUseCase,
  UpdateOrganizationUseCase,
  RequestParkMembershipUseCase,
  ChangeEmailUseCase,
  ChangePasswordUseCase,
  ListSessionsUseCase,
  ListUsersUseCase,
  ReinstateUserUseCase,
  RequestPasswordResetUseCase,
  ResendEmailVerificationUseCase,
  ResetPasswordUseCase,
  RevokeOtherSessionsUseCase,
  RevokeSessionUseCase,
  SuspendUserUseCase,
  UpdateMeUseCase,
  VerifyEmailUseCase,
  OpenUsccDisputeUseCase,
  ListUsccDisputesUseCase,
  GetUsccDisputeUseCase,
  DecideUsccDisputeUseCase,
  FollowUsccDisputeUseCase,
  ConfirmUsccDisputeUseCase,
  ListInvitationsUseCase,
  RevokeInvitationUseCase,
  ChangeMembershipUseCase,
  ExpireUsccDisputesUseCase,
  UploadVerificationDocumentUseCase,
  ListVerificationDocumentsUseCase,
  GetVerificationDocumentFileUseCase,
  DeleteVerificationDocumentUseCase,
];
