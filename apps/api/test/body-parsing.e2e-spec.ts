import { identityFactory } from '@puente/testing';
import { DataSource } from 'typeorm';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { startTestApi, type TestApi } from './support/test-api';
import { TestRoutesController } from './support/test-routes.controller';

interface ErrorBody {
  error: { code: string; message: string; details: { field?: string; issue: string; message: string }[]; requestId: string };
}

const nested = (levels: number) => `${'{"a":'.repeat(levels)}0${'}'.repeat(levels)}`;
const keys = (count: number) => `{${Array.from({ length: count }, (_, i) => `"k${i}":1`).join(',')}}`;
const items = (count: number) => `[${Array(count).fill('0').join(',')}]`;

/** Each body, parameter and encoding rule answers its own code, in the one error shape. */
describe('body parsing and parameter limits', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let ownerToken: string;
  let adminToken: string;

  beforeAll(async () => {
    api = await startTestApi({ extraControllers: [TestRoutesController] });
    dataSource = await new DataSource({ type: 'postgres', url: api.config.DATABASE_URL }).initialize();
    const factory = identityFactory(dataSource);
    const owner = await factory.user((await factory.organization()).id);
    const admin = await factory.user((await factory.platformOrganization()).id);
    const signIn = async (email: string, password: string) =>
      ((await (await post('/api/v1/auth/sign-in', JSON.stringify({ email, password, client: 'api' }))).json()) as { accessToken: string }).accessToken;
    ownerToken = await signIn(owner.email, owner.password);
    adminToken = await signIn(admin.email, admin.password);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await api?.close();
  });

  function post(path: string, body: string | Buffer, headers: Record<string, string> = {}, method = 'POST') {
    return fetch(`${api.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body });
  }

  async function errorOf(response: Response) {
    return { status: response.status, body: (await response.json()) as ErrorBody };
  }

  it.each([
    ['nesting of 33 levels', 'BODY_TOO_DEEP', nested(33), 'max_depth', `${Array(32).fill('a').join('.')}`],
    ['an object of 1,001 keys', 'BODY_TOO_MANY_KEYS', `{"list":[${keys(1_001)}]}`, 'max_keys', 'list.0'],
    ['an array of 10,001 items', 'BODY_TOO_MANY_ITEMS', `{"list":${items(10_001)}}`, 'max_items', 'list'],
  ])('answers %s with 400 %s naming the limit and the path', async (_label, code, body, issue, field) => {
    const { status, body: answer } = await errorOf(await post('/api/v1/test/any-body', body));
    expect(status).toBe(400);
    expect(answer.error.code).toBe(code);
    expect(answer.error.details).toEqual([expect.objectContaining({ field, issue })]);
  });

  it('accepts a body exactly at each limit (32 levels, 1,000 keys, 10,000 items)', async () => {
    for (const body of [nested(32), keys(1_000), items(10_000)]) expect((await post('/api/v1/test/any-body', body)).status).toBe(204);
  });

  it('answers a 10,000-deep body on a real route with 400, not the stack overflow it once was', async () => {
    const { status, body } = await errorOf(await post('/api/v1/auth/sign-in', `{"email":${nested(10_000)}}`));
    expect([status, body.error.code]).toEqual([400, 'BODY_TOO_DEEP']);
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ])('decodes a %s body', async (encoding, compress) => {
    const payload = { title: 'bracket', line: { partNumber: 'A-1', quantity: 5 } };
    const response = await post('/api/v1/test/echo', compress(JSON.stringify(payload)), { 'content-encoding': encoding });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual(payload);
  });

  it('refuses a small gzip bomb by its decoded size with 413', async () => {
    const bomb = gzipSync(Buffer.from(`{"title":"${' '.repeat(30 * 1024 * 1024)}"}`));
    expect(bomb.length).toBeLessThan(api.config.HTTP_BODY_LIMIT_BYTES);
    const { status, body } = await errorOf(await post('/api/v1/test/echo', bomb, { 'content-encoding': 'gzip' }));
    expect([status, body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('answers an unknown content-encoding with 415 UNSUPPORTED_CONTENT_ENCODING naming the header', async () => {
    const { status, body } = await errorOf(await post('/api/v1/test/echo', '{}', { 'content-encoding': 'compress' }));
    expect([status, body.error.code, body.error.details[0].field]).toEqual([415, 'UNSUPPORTED_CONTENT_ENCODING', 'content-encoding']);
  });

  it.each([
    ['plain JSON labelled gzip', Buffer.from('{"title":"x"}'), 'gzip'],
    ['truncated gzip', gzipSync('{"title":"x"}').subarray(0, 12), 'gzip'],
    ['garbage labelled br', Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]), 'br'],
  ])('answers %s with 400 BODY_ENCODING_INVALID', async (_label, body, encoding) => {
    const { status, body: answer } = await errorOf(await post('/api/v1/test/echo', body, { 'content-encoding': encoding }));
    expect([status, answer.error.code, answer.error.details[0].issue]).toEqual([400, 'BODY_ENCODING_INVALID', 'invalid_encoding']);
  });

  it('answers bytes that are not UTF-8 with MALFORMED_JSON', async () => {
    const { status, body } = await errorOf(await post('/api/v1/test/echo', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d])));
    expect([status, body.error.code, body.error.details[0].issue]).toEqual([400, 'MALFORMED_JSON', 'invalid_utf8']);
  });

  it.each([
    ['a NUL', 'title', '{"title":"a\\u0000b","line":{"partNumber":"A-1","quantity":5}}', 'nul_character'],
    ['a lone surrogate', 'line.partNumber', '{"title":"t","line":{"partNumber":"\\ud800","quantity":5}}', 'unpaired_surrogate'],
    ['a lone surrogate in a key', '\\udc00', '{"title":"t","line":{"partNumber":"A","quantity":5},"\\udc00":1}', 'unpaired_surrogate'],
    ['a __proto__ key', '__proto__', '{"title":"t","line":{"partNumber":"A","quantity":5},"__proto__":{"x":1}}', 'forbidden_key'],
    ['1e309', 'line.quantity', '{"title":"t","line":{"partNumber":"A","quantity":1e309}}', 'not_finite'],
  ])('refuses %s anywhere in a body with 400 VALIDATION_FAILED naming %s', async (_label, field, body, issue) => {
    const { status, body: answer } = await errorOf(await post('/api/v1/test/echo', body));
    expect([status, answer.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(answer.error.details).toEqual([expect.objectContaining({ field, issue })]);
  });

  it('refuses NUL in a query or path parameter with 400 naming it', async () => {
    const query = await errorOf(await fetch(`${api.url}/api/v1/catalog/vocabulary/match?text=a%00b`));
    expect([query.status, query.body.error.details[0]]).toEqual([400, expect.objectContaining({ field: 'text', issue: 'nul_character' })]);
    const path = await errorOf(await fetch(`${api.url}/api/v1/catalog/hs/84%00`));
    expect([path.status, path.body.error.details[0]]).toEqual([400, expect.objectContaining({ field: 'code', issue: 'nul_character' })]);
  });

  it.each([
    ['/api/v1/catalog/us-zips/7520x', 'zip'],
    [`/api/v1/catalog/us-zips/${'1'.repeat(300)}`, 'zip'],
    ['/api/v1/catalog/scian/abc', 'code'],
    ['/api/v1/catalog/hs/84-13-60-99', 'code'],
  ])('checks the format of %s at the edge (400 naming %s)', async (path, field) => {
    const { status, body } = await errorOf(await fetch(`${api.url}${path}`));
    expect([status, body.error.code, body.error.details[0].field]).toEqual([400, 'VALIDATION_FAILED', field]);
  });

  it.each([
    ['before=99999999999999999999', 'before'],
    ['before=-1', 'before'],
    ['from=%2B275760-09-13T00:00:00.000Z', 'from'],
    ['to=0001-01-01T00:00:00.000Z', 'to'],
  ])('refuses the audit filter %s with 400 naming it, never a bigint or timestamp overflow', async (query, field) => {
    const { status, body } = await errorOf(await fetch(`${api.url}/api/v1/admin/audit-events?${query}`, { headers: { authorization: `Bearer ${adminToken}` } }));
    expect([status, body.error.code, body.error.details[0].field]).toEqual([400, 'VALIDATION_FAILED', field]);
  });

  it('pages the audit log with an 18-digit cursor', async () => {
    const response = await fetch(`${api.url}/api/v1/admin/audit-events?before=999999999999999999`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(response.status).toBe(200);
  });

  it('answers a sign-up without its nested objects with 400 naming them, before any service runs', async () => {
    const { status, body } = await errorOf(await post('/api/v1/auth/sign-up', '{}'));
    expect([status, body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(body.error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'organization', issue: 'isObject' }), expect.objectContaining({ field: 'user', issue: 'isObject' })]),
    );
    const wrong = await errorOf(await post('/api/v1/auth/sign-up', '{"organization":[],"user":"ana"}'));
    expect(wrong.body.error.details.map((detail) => detail.field)).toEqual(expect.arrayContaining(['organization', 'user']));
  });

  it('refuses null for an optional field (PATCH /me) but accepts leaving it out', async () => {
    const auth = { authorization: `Bearer ${ownerToken}` };
    const { status, body } = await errorOf(await post('/api/v1/me', '{"name":null}', auth, 'PATCH'));
    expect(status).toBe(400);
    expect(body.error.details).toContainEqual(expect.objectContaining({ field: 'name', issue: 'isNotNull' }));
    expect((await post('/api/v1/me', '{"timeZone":"America/Monterrey"}', auth, 'PATCH')).status).toBe(200);
  });

  it('answers a body sent to a route that takes none with 400 naming its properties; an empty one passes', async () => {
    const { status, body } = await errorOf(await post('/api/v1/test/no-body', '{"force":true,"role":"admin"}'));
    expect([status, body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(body.error.details.map((detail) => [detail.field, detail.issue])).toEqual([
      ['force', 'unknown_property'],
      ['role', 'unknown_property'],
    ]);
    expect((await post('/api/v1/test/no-body', '{}')).status).toBe(204);
    expect((await fetch(`${api.url}/api/v1/test/no-body`, { method: 'POST' })).status).toBe(204);
    const real = await errorOf(await post('/api/v1/notifications/read-all', '{"all":true}', { authorization: `Bearer ${ownerToken}` }));
    expect([real.status, real.body.error.details[0].field]).toEqual([400, 'all']);
  });

  it('still answers an anonymous caller of a protected route without a body 401 before looking at the body', async () => {
    expect((await post('/api/v1/notifications/read-all', '{"all":true}')).status).toBe(401);
  });
});
