import { ApiRequestError, type ApiError, type DocumentResponse } from './api-client';

// The types the upload route accepts by label; anything else goes as bytes and the API reads its type from them.
const LABELLED_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'];

export interface UploadRequest {
  file: File;
  kind: DocumentResponse['kind'];
  accessToken: string | null;
  language: string;
  /** 0 to 1 as the bytes leave the browser. */
  onProgress: (fraction: number) => void;
}

/**
 * POST /api/v1/supplier-profile/documents with XMLHttpRequest, because fetch reports no upload progress.
 * The body is the raw file; failures throw the same ApiRequestError the generated client's calls do.
 */
export function uploadSupplierDocument({ file, kind, accessToken, language, onProgress }: UploadRequest): Promise<DocumentResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ kind, name: file.name.slice(0, 300) });
    xhr.open('POST', `/api/v1/supplier-profile/documents?${query.toString()}`);
    if (accessToken) xhr.setRequestHeader('authorization', `Bearer ${accessToken}`);
    xhr.setRequestHeader('accept-language', language);
    xhr.setRequestHeader('content-type', LABELLED_TYPES.includes(file.type) ? file.type : 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body as DocumentResponse);
        return;
      }
      const error = (body as { error?: ApiError } | null)?.error;
      reject(new ApiRequestError(xhr.status, error ?? { code: 'INTERNAL_ERROR', message: xhr.statusText, details: [], requestId: '' }));
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(file);
  });
}

export interface DownloadRequest {
  document: Pick<DocumentResponse, 'id' | 'name'>;
  accessToken: string | null;
  language: string;
  /**
   * Read through `/suppliers/{supplierId}/documents/{id}` instead of the caller's own documents: the route an
   * admin (not a supplier organization) downloads another organization's file through.
   */
  supplierId?: string;
}

/**
 * GET /api/v1/supplier-profile/documents/{id} with the bearer token (a plain link would carry none), then hands the
 * bytes to the browser as a download under the document's own name.
 */
export async function downloadSupplierDocument({ document, accessToken, language, supplierId }: DownloadRequest): Promise<void> {
  const headers: Record<string, string> = { 'accept-language': language };
  if (accessToken) headers['authorization'] = `Bearer ${accessToken}`;
  const path = supplierId
    ? `/api/v1/suppliers/${encodeURIComponent(supplierId)}/documents/${encodeURIComponent(document.id)}`
    : `/api/v1/supplier-profile/documents/${encodeURIComponent(document.id)}`;
  const response = await fetch(path, { headers });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: ApiError } | null;
    throw new ApiRequestError(response.status, body?.error ?? { code: 'INTERNAL_ERROR', message: response.statusText, details: [], requestId: '' });
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = window.document.createElement('a');
    link.href = url;
    link.download = document.name;
    window.document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the bytes to the browser's download; the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
