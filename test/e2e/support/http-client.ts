export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** name=value pairs sent as a Cookie header. */
  cookies?: Record<string, string>;
  /** A non-JSON body (a file upload), sent as is with its content type. */
  raw?: { bytes: Buffer; contentType: string };
}

// Tests assert on response bodies field by field; `any` keeps them short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface CallResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
  /** Set-Cookie values by cookie name. */
  setCookies: Record<string, string>;
}

/** A thin fetch wrapper: JSON in, JSON out, cookies visible. */
export class HttpClient {
  constructor(readonly base: string) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async call<T = any>(method: string, path: string, options: CallOptions = {}): Promise<CallResult<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.raw) headers['content-type'] = options.raw.contentType;
    if (options.cookies) headers.cookie = Object.entries(options.cookies).map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: options.raw ? new Uint8Array(options.raw.bytes) : options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    // A download (a stored file) is not JSON: its text is the body.
    const json = (response.headers.get('content-type') ?? 'application/json').includes('json');
    const setCookies = Object.fromEntries(
      response.headers.getSetCookie().map((cookie) => {
        const [pair, ...attributes] = cookie.split(';');
        const [name, ...value] = pair.split('=');
        return [name.trim(), [value.join('='), ...attributes].join(';')];
      }),
    );
    return { status: response.status, body: (text ? (json ? JSON.parse(text) : text) : undefined) as T, headers: response.headers, setCookies };
  }

  /** A download's bytes as sent (a PDF is not text): for routes that answer a file. */
  async download(path: string, options: { token?: string } = {}): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
    const response = await fetch(`${this.base}${path}`, { headers: options.token ? { authorization: `Bearer ${options.token}` } : {} });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
  }

  /** A session for an API client (refresh token in the body). */
  async signIn(email: string, password: string): Promise<{ accessToken: string; refreshToken: string }> {
    const result = await this.call('POST', '/api/v1/auth/sign-in', { body: { email, password, client: 'api' } });
    if (result.status !== 200) throw new Error(`sign-in of ${email} answered ${result.status}: ${JSON.stringify(result.body)}`);
    return result.body;
  }
}
