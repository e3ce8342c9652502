import { ApiRequestError, type ApiError } from './api-client';

// Files in and out by hand, where the generated client cannot do it: an upload that reports its progress
// (XMLHttpRequest: fetch reports none), a download handed to the browser under a file name (a plain link
// would carry no bearer token).

const apiError = (status: number, statusText: string, body: unknown): ApiRequestError =>
  new ApiRequestError(status, (body as { error?: ApiError } | null)?.error ?? { code: 'INTERNAL_ERROR', message: statusText, details: [], requestId: '' });

export interface Credentials {
  accessToken: string | null;
  language: string;
}

/** POSTs `body` (a FormData or the raw bytes) to `path`, reporting 0 to 1 as the bytes leave; resolves the JSON answer. */
export function postWithProgress<T>(path: string, body: FormData | Blob, { accessToken, language }: Credentials, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    if (accessToken) xhr.setRequestHeader('authorization', `Bearer ${accessToken}`);
    xhr.setRequestHeader('accept-language', language);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let answer: unknown = null;
      try {
        answer = JSON.parse(xhr.responseText);
      } catch {
        answer = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(answer as T);
        return;
      }
      reject(apiError(xhr.status, xhr.statusText, answer));
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(body);
  });
}

/** GETs `path` with the bearer token and hands the bytes to the browser as a download named `fileName`. */
export async function downloadWithToken(path: string, fileName: string, { accessToken, language }: Credentials): Promise<void> {
  const headers: Record<string, string> = { 'accept-language': language };
  if (accessToken) headers['authorization'] = `Bearer ${accessToken}`;
  const response = await fetch(path, { headers });
  if (!response.ok) throw apiError(response.status, response.statusText, await response.json().catch(() => null));
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the bytes to the browser's download; the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
