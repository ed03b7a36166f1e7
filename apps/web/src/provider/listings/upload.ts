import { refreshSession } from '../../api/client';
import { ApiProblem, NetworkError } from '../../api/problem';
import { getAccessToken } from '../../api/token';
import { currentLanguage } from '../../i18n';
import type { ListingAttachment } from './types';

function send(
  listingId: string,
  purpose: 'photo' | 'document',
  file: File,
  onProgress: (percent: number) => void,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/listings/${listingId}/attachments`);
    xhr.withCredentials = true;
    const token = getAccessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    xhr.setRequestHeader('X-Client', 'web');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.min(100, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new NetworkError(new Error('upload failed')));
    xhr.onabort = () => reject(new NetworkError(new Error('upload aborted')));
    const form = new FormData();
    // The API reads `purpose` before the file streams past.
    form.append('purpose', purpose);
    form.append('file', file);
    xhr.send(form);
  });
}

/**
 * Uploads a photo or document to a listing (multipart), reporting progress: the typed
 * client has no upload progress, XMLHttpRequest has. It carries the session as the client
 * does (bearer token, language, one refresh on 401) and throws the API's problem as an
 * ApiProblem, so the refusal (type, size, state) can be shown as any other.
 */
export async function uploadAttachment(
  listingId: string,
  purpose: 'photo' | 'document',
  file: File,
  onProgress: (percent: number) => void,
): Promise<ListingAttachment> {
  let answer = await send(listingId, purpose, file, onProgress);
  if (answer.status === 401 && (await refreshSession())) {
    onProgress(0);
    answer = await send(listingId, purpose, file, onProgress);
  }
  if (answer.status >= 200 && answer.status < 300) return answer.body as ListingAttachment;
  throw ApiProblem.from(answer.status, answer.body);
}
