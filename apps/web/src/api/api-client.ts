import { client } from './generated/client.gen';

export * from './generated/sdk.gen';
export type * from './generated/types.gen';

/** The API's one error shape, as the web app reads it. */
export interface ApiError {
  code: string;
  message: string;
  details: Array<{ field?: string; issue: string; message: string }>;
  requestId: string;
}

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(error.message);
  }
}

type TokenSource = { accessToken: () => string | null; refresh: () => Promise<boolean>; language: () => string };

/**
 * Same origin (the API serves the app), cookies included for the refresh route. Every call carries
 * the in-memory access token and the UI language; a 401 triggers one silent refresh and a retry.
 */
export function configureApiClient(tokens: TokenSource): void {
  client.setConfig({ baseUrl: '', credentials: 'same-origin' });
  client.interceptors.request.use((request) => {
    const token = tokens.accessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    request.headers.set('accept-language', tokens.language());
    return request;
  });
}

/** What a generated call resolves to; its `data` has the type the API declares for the route's answer. */
export interface ApiResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer: the route's declared response type (`unknown` where the API declares none). */
export type ResponseData<R extends ApiResult> = R extends { data?: infer D } ? Exclude<D, undefined> : never;

/** Unwraps a generated call: the data, or an ApiRequestError carrying the API's error shape. */
export async function call<R extends ApiResult>(promise: Promise<R>): Promise<ResponseData<R>> {
  const result = await promise;
  // The generated result types `data` as possibly undefined; a 2xx answer carries it.
  if (result.response.ok) return result.data as ResponseData<R>;
  const body = result.error as { error?: ApiError } | undefined;
  throw new ApiRequestError(result.response.status, body?.error ?? { code: 'INTERNAL_ERROR', message: result.response.statusText, details: [], requestId: '' });
}
