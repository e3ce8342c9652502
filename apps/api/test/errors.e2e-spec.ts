import { startTestApi, type TestApi } from './support/test-api';
import { TestRoutesController } from './support/test-routes.controller';

interface ErrorBody {
  error: { code: string; message: string; details: { field?: string; issue: string; message: string }[]; requestId: string };
}

describe('API error shape', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ env: { HTTP_BODY_LIMIT_BYTES: '2048' }, extraControllers: [TestRoutesController] });
  });
  afterAll(() => api.close());

  async function send(path: string, init: RequestInit = {}) {
    const response = await fetch(`${api.url}${path}`, init);
    const body = (await response.json()) as ErrorBody;
    return { response, body };
  }

  const json = (body: string): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const { response, body } = await send('/api/v1/test/echo', json('{"title": "bracket",'));
    expect(response.status).toBe(400);
    expect(body.error.code).toBe('MALFORMED_JSON');
    expect(body.error.details[0].field).toBe('body');
    expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('rejects an unknown property and names it', async () => {
    const { response, body } = await send(
      '/api/v1/test/echo',
      json(JSON.stringify({ title: 'bracket', line: { partNumber: 'A-1', quantity: 5 }, discount: 10 })),
    );
    expect(response.status).toBe(400);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details).toEqual([
      { field: 'discount', issue: 'unknown_property', message: 'discount is not an accepted property' },
    ]);
    expect(body.error.message).toContain('discount');
  });

  it('names nested invalid fields by their path', async () => {
    const { response, body } = await send('/api/v1/test/echo', json(JSON.stringify({ title: 7, line: { partNumber: 'A-1', quantity: 0 } })));
    expect(response.status).toBe(400);
    expect(body.error.details.map((detail) => detail.field).sort()).toEqual(['line.quantity', 'title']);
  });

  it('accepts a valid body', async () => {
    const payload = { title: 'bracket', line: { partNumber: 'A-1', quantity: 5 } };
    const response = await fetch(`${api.url}/api/v1/test/echo`, json(JSON.stringify(payload)));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual(payload);
  });

  it('answers a wrong content type with 415 naming the header', async () => {
    const { response, body } = await send('/api/v1/test/echo', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'title=bracket',
    });
    expect(response.status).toBe(415);
    expect(body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(body.error.details[0].field).toBe('content-type');
  });

  it('answers an oversized body with 413', async () => {
    const { response, body } = await send('/api/v1/test/echo', json(JSON.stringify({ title: 'x'.repeat(4096) })));
    expect(response.status).toBe(413);
    expect(body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unknown route with 404 NOT_FOUND', async () => {
    const { response, body } = await send('/api/v1/no-such-thing');
    expect(response.status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });

  it('hides an unexpected error behind 500 and logs it with the request id', async () => {
    const { response, body } = await send('/api/v1/test/boom', { headers: { 'x-request-id': 'trace-boom-1' } });
    expect(response.status).toBe(500);
    expect(body).toEqual({
      error: {
        code: 'INTERNAL_ERROR',
        message: 'Something went wrong on our side. Please try again.',
        details: [],
        requestId: 'trace-boom-1',
      },
    });
    expect(JSON.stringify(body)).not.toContain('secret');
    const logged = api.logLines().find((line) => line.msg === 'request failed' && line.requestId === 'trace-boom-1');
    expect((logged?.err as { stack?: string } | undefined)?.stack).toContain('secret internal detail');
  });

  it('speaks Spanish to a client that prefers it', async () => {
    const { body } = await send('/api/v1/no-such-thing', { headers: { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' } });
    expect(body.error.message).toBe('No encontrado.');
  });

  it('echoes a caller-provided request id and makes one when absent or unsafe', async () => {
    const given = await fetch(`${api.url}/health/live`, { headers: { 'x-request-id': 'client-abc_123' } });
    expect(given.headers.get('x-request-id')).toBe('client-abc_123');

    const generated = await fetch(`${api.url}/health/live`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const unsafe = await fetch(`${api.url}/health/live`, { headers: { 'x-request-id': 'bad id\twith spaces' } });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers and CORS only to configured origins', async () => {
    const allowed = await fetch(`${api.url}/health/live`, { headers: { origin: 'http://localhost:4200' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:4200');
    expect(allowed.headers.get('x-content-type-options')).toBe('nosniff');
    expect(allowed.headers.get('x-powered-by')).toBeNull();

    const other = await fetch(`${api.url}/health/live`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the OpenAPI document and the docs page', async () => {
    const document = (await (await fetch(`${api.url}/api/docs-json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready', '/api/v1/test/echo']));
    const page = await fetch(`${api.url}/api/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger');
  });
});
