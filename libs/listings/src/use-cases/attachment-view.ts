import type { AttachmentRecord } from '../persistence/listing-attachment.repository';

/** An attachment as the API shows it: never its storage key. */
export function attachmentView(attachment: AttachmentRecord) {
  return {
    id: attachment.id,
    listingId: attachment.listingId,
    purpose: attachment.purpose,
    filename: attachment.filename,
    contentType: attachment.contentType,
    sizeBytes: attachment.sizeBytes,
    sha256: attachment.sha256,
    createdAt: attachment.createdAt,
  };
}

export type AttachmentView = ReturnType<typeof attachmentView>;
