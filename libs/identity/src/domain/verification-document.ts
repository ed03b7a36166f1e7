import { LICENCE_TYPES, licenceExtensions } from './uscc-dispute';
import { VerificationDocumentTypeNotAllowedError } from './verification-document.errors';

/**
 * What an enterprise uploads to support its verification: its business licence, its
 * 专精特新 (SRDI) certificate, or another paper the operator asked for.
 */
export const VERIFICATION_DOCUMENT_KINDS = ['business_licence', 'srdi_certificate', 'other'] as const;
export type VerificationDocumentKind = (typeof VERIFICATION_DOCUMENT_KINDS)[number];

/** Scans and PDFs, as for the business licence of a credit code dispute: the sniffed type decides, never the name. */
export const VERIFICATION_DOCUMENT_TYPES = LICENCE_TYPES;

/** A document may be at most this big, whatever larger UPLOAD_MAX_BYTES allows other uploads. */
export const VERIFICATION_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Enough for a licence, a certificate and what an operator asks for; more is a mistake or abuse. */
export const VERIFICATION_DOCUMENTS_PER_ORGANIZATION = 20;

export const VERIFICATION_DOCUMENT_NOTE_MAX_LENGTH = 500;

export function acceptVerificationDocumentType(sniffed: string | undefined): string {
  if (sniffed === undefined || !(VERIFICATION_DOCUMENT_TYPES as readonly string[]).includes(sniffed)) {
    throw new VerificationDocumentTypeNotAllowedError(sniffed, VERIFICATION_DOCUMENT_TYPES);
  }
  return sniffed;
}

/** The extensions a stored document's download name may end with, the first one preferred. */
export const verificationDocumentExtensions = licenceExtensions;
