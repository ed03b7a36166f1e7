export * from './account-token.repository';
export * from './invitation.repository';
export * from './organization.repository';
export * from './park.repository';
export * from './session.repository';
export * from './user-audit.repository';
export * from './user.repository';
export * from './uscc-dispute.repository';
