import type { DealDocumentRecord } from '../persistence/deal-document.repository';
import type { DealMessageRecord } from '../persistence/deal-message.repository';
import { dealDocumentView } from '../documents/deal-document-upload';

/** A message with the documents it points at, in the order the author listed them. */
export function dealMessageView(message: DealMessageRecord, documents: ReadonlyMap<string, DealDocumentRecord>) {
  return {
    id: message.id,
    authorUserId: message.authorUserId,
    authorSide: message.authorSide,
    body: message.body,
    documents: message.documentIds.flatMap((id) => {
      const document = documents.get(id);
      return document ? [dealDocumentView(document)] : [];
    }),
    createdAt: message.createdAt,
  };
}

export type DealMessageView = ReturnType<typeof dealMessageView>;
