import {
  RfqAttachmentEntity,
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
  RfqEntity,
  RfqInvitationEntity,
  RfqNdaAcceptanceEntity,
  RfqQuestionEntity,
  RfqQuoteEntity,
  RfqQuoteRevisionEntity,
];
