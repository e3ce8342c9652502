import { ApiRequestError, type ApiError } from './api-client';
import { fileNameFromDisposition } from './content-disposition';

// Files behind the bearer token (RFQ drawings, quote documents, quote PDFs): a plain link carries no token, so
// the app GETs the bytes itself and hands them to the browser under their name.

export const apiErrorOf = (status: number, statusText: string, body: unknown): ApiRequestError =>
  new ApiRequestError(status, (body as { error?: ApiError } | null)?.error ?? { code: 'INTERNAL_ERROR', message: statusText, details: [], requestId: '' });

/**
 * GETs `path` with the token and saves the answer as a file: under `fileName` when the app knows it (an upload's
 * own name), else the server's name for it (a generated PDF), else `fallbackName`.
 */
export async function downloadWithToken({ path, fileName, fallbackName = 'download', accessToken, language }: { path: string; fileName?: string; fallbackName?: string; accessToken: string | null; language: string }): Promise<void> {
  const headers: Record<string, string> = { 'accept-language': language };
  if (accessToken) headers['authorization'] = `Bearer ${accessToken}`;
  const response = await fetch(path, { headers });
  if (!response.ok) throw apiErrorOf(response.status, response.statusText, await response.json().catch(() => null));
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName ?? fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
