import { ApiProblem, NetworkError } from '../api/problem';
import type { components } from '../api/schema';
import { currentLanguage } from '../i18n';

export type ClaimantDispute = components['schemas']['ClaimantUsccDisputeDto'];
export type ConfirmedDispute = components['schemas']['ConfirmedUsccDisputeDto'];
export type DisputeStatus = ClaimantDispute['status'];

/** The API's default `UPLOAD_MAX_BYTES`; a larger file is refused there too (413 LICENCE_TOO_LARGE, at the field). */
export const LICENCE_MAX_BYTES = 10 * 1024 * 1024;
export const LICENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const LICENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export interface DisputeFields {
  uscc: string;
  organizationName: string;
  contactName: string;
  email: string;
  phone?: string;
  statement: string;
}

/** "10 MB", "1.5 MB", "12 KB" */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/**
 * Files a dispute: multipart, the fields first (the API checks them before a byte of the
 * file is stored), the business licence last, the emails in the reader's language. The
 * typed client sends JSON only, so this is a plain fetch; a refusal is thrown as the
 * API's problem, like every other call.
 */
export async function fileDispute(fields: DisputeFields, licence: File): Promise<ClaimantDispute> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields) as [string, string | undefined][]) {
    if (value) form.append(name, value);
  }
  form.append('locale', currentLanguage());
  form.append('licence', licence, licence.name);
  let response: Response;
  try {
    response = await globalThis.fetch(new URL('/api/v1/uscc-disputes', globalThis.location?.origin), {
      method: 'POST',
      body: form,
      credentials: 'include',
      headers: { 'Accept-Language': currentLanguage(), 'X-Client': 'web' },
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw ApiProblem.from(response.status, body);
  return body as ClaimantDispute;
}
