import { refreshSession } from './client';
import { ApiProblem, NetworkError } from './problem';
import { getAccessToken } from './token';

function send(
  url: string,
  fields: Record<string, string>,
  file: File,
  language: string,
  onProgress: (percent: number) => void,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    const token = getAccessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept-Language', language);
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
    // Fields first: the API reads them before the file streams past.
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', file);
    xhr.send(form);
  });
}

/**
 * Sends a file as multipart `file` (after `fields`), reporting progress: the typed client
 * has no upload progress, XMLHttpRequest has. It carries the session as the client does
 * (bearer token, language, one refresh on 401) and throws the API's problem as an
 * ApiProblem, so a refusal can be shown as any other.
 */
export async function uploadFile<T>(
  url: string,
  fields: Record<string, string>,
  file: File,
  language: string,
  onProgress: (percent: number) => void,
): Promise<T> {
  let answer = await send(url, fields, file, language, onProgress);
  if (answer.status === 401 && (await refreshSession())) {
    onProgress(0);
    answer = await send(url, fields, file, language, onProgress);
  }
  if (answer.status >= 200 && answer.status < 300) return answer.body as T;
  throw ApiProblem.from(answer.status, answer.body);
}
