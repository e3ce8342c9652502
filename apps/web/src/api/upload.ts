import type { DocumentResponse } from './api-client';
import { downloadWithToken } from './download';
import { postWithProgress } from './transfer';

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
 * POST /api/v1/supplier-profile/documents with its progress. The body is the raw file; failures throw the same
 * ApiRequestError the generated client's calls do.
 */
export function uploadSupplierDocument({ file, kind, accessToken, language, onProgress }: UploadRequest): Promise<DocumentResponse> {
  const query = new URLSearchParams({ kind, name: file.name.slice(0, 300) });
  return postWithProgress(`/api/v1/supplier-profile/documents?${query.toString()}`, file, { accessToken, language }, onProgress, LABELLED_TYPES.includes(file.type) ? file.type : 'application/octet-stream');
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
export function downloadSupplierDocument({ document, accessToken, language, supplierId }: DownloadRequest): Promise<void> {
  const path = supplierId
    ? `/api/v1/suppliers/${encodeURIComponent(supplierId)}/documents/${encodeURIComponent(document.id)}`
    : `/api/v1/supplier-profile/documents/${encodeURIComponent(document.id)}`;
  return downloadWithToken({ path, fileName: document.name, accessToken, language });
}
