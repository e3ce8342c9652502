import { apiErrorOf } from './download';

// An upload that reports its progress, which the generated client cannot do: XMLHttpRequest (fetch reports none).

export interface Credentials {
  accessToken: string | null;
  language: string;
}

/**
 * POSTs `body` (a FormData, or raw bytes labelled `contentType`) to `path`, reporting 0 to 1 as the bytes leave;
 * resolves the JSON answer, or rejects with the API's error as the generated client's calls do.
 */
export function postWithProgress<T>(path: string, body: FormData | Blob, { accessToken, language }: Credentials, onProgress: (fraction: number) => void, contentType?: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    if (accessToken) xhr.setRequestHeader('authorization', `Bearer ${accessToken}`);
    xhr.setRequestHeader('accept-language', language);
    if (contentType) xhr.setRequestHeader('content-type', contentType);
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
      reject(apiErrorOf(xhr.status, xhr.statusText, answer));
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(body);
  });
}
