import { DomainError } from '@rongtong/kernel';

/** No such document of this enterprise (the enterprise itself is one the caller may see). */
export class VerificationDocumentNotFoundError extends DomainError {
  readonly code = 'VERIFICATION_DOCUMENT_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Verification document not found');
  }
}

/** The file's content is not a PDF, JPEG or PNG, whatever its name says. */
export class VerificationDocumentTypeNotAllowedError extends DomainError {
  readonly code = 'VERIFICATION_DOCUMENT_TYPE_NOT_ALLOWED';
  readonly kind = 'unsupported_media_type';

  constructor(detected: string | undefined, allowed: readonly string[]) {
    super(`A verification document must be a PDF, JPEG or PNG; this is ${detected ?? 'none of them'}`, {
      field: 'file',
      detectedType: detected ?? null,
      allowedTypes: [...allowed],
    });
  }
}

export class VerificationDocumentTooLargeError extends DomainError {
  readonly code = 'VERIFICATION_DOCUMENT_TOO_LARGE';
  readonly kind = 'too_large';

  constructor(maxBytes: number) {
    super(`A verification document may be at most ${maxBytes} bytes`, { field: 'file', maxBytes });
  }
}

export class VerificationDocumentEmptyError extends DomainError {
  readonly code = 'VERIFICATION_DOCUMENT_EMPTY';
  readonly kind = 'unprocessable';

  constructor() {
    super('The file is empty', { field: 'file' });
  }
}

export class VerificationDocumentLimitError extends DomainError {
  readonly code = 'VERIFICATION_DOCUMENT_LIMIT';
  readonly kind = 'unprocessable';

  constructor(limit: number) {
    super(`An enterprise may keep at most ${limit} verification documents: delete one first`, { limit });
  }
}

/** Once verified, the documents are the record of what the verification rested on: they stay. */
export class VerificationDocumentsLockedError extends DomainError {
  readonly code = 'VERIFICATION_DOCUMENTS_LOCKED';
  readonly kind = 'conflict';

  constructor() {
    super('The enterprise is verified: the documents its verification rested on cannot be deleted');
  }
}
