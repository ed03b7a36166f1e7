import {
  RfqAttachmentEntity,
  RfqAuditEntity,
  RfqEntity,
  RfqInvitationEntity,
  RfqNdaAcceptanceEntity,
  RfqQuestionEntity,
  RfqQuoteEntity,
  RfqQuoteRevisionEntity,
} from './sourcing.entities';

export * from './sourcing.entities';

/** Every table of the sourcing context, for the DataSource. */
export const sourcingEntities = [
  RfqAttachmentEntity,
  RfqAuditEntity,
  RfqEntity,
  RfqInvitationEntity,
  RfqNdaAcceptanceEntity,
  RfqQuestionEntity,
  RfqQuoteEntity,
  RfqQuoteRevisionEntity,
];
