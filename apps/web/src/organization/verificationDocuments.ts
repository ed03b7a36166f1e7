import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import { saveDownload } from '../api/download';
import type { components } from '../api/schema';

export type VerificationDocument = components['schemas']['VerificationDocumentDto'];
export type VerificationDocumentKind = VerificationDocument['kind'];

export const VERIFICATION_DOCUMENT_KINDS: VerificationDocumentKind[] = [
  'business_licence',
  'srdi_certificate',
  'other',
];

/** What the file picker offers; the API judges the content, whatever the name. */
export const VERIFICATION_DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export const VERIFICATION_DOCUMENT_MAX_MB = 10;

export const verificationDocumentsKey = (organizationId: string) => [
  'organization',
  organizationId,
  'verification-documents',
];

export function useVerificationDocuments(organizationId: string) {
  return useQuery({
    queryKey: verificationDocumentsKey(organizationId),
    queryFn: () =>
      data(api.GET('/api/v1/organizations/{id}/verification-documents', { params: { path: { id: organizationId } } })),
  });
}

/**
 * Downloads a document with the session (a plain link would carry no token) and saves it
 * under the name the server gives it.
 */
export async function downloadVerificationDocument(
  organizationId: string,
  document: { id: string; fileName: string },
): Promise<void> {
  const { data: blob, response } = await api.GET(
    '/api/v1/organizations/{id}/verification-documents/{documentId}/file',
    {
      params: { path: { id: organizationId, documentId: document.id } },
      parseAs: 'blob',
    },
  );
  saveDownload(blob as Blob, response, document.fileName);
}
