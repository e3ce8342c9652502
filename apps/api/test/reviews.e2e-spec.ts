import { ReviewQueue, ReviewSubjectHandlers, type ReviewDecision, type ReviewSubjectHandler } from '@puente/moderation';
import { identityFactory, suiteDatabase, type SuiteDatabase, type UserFixture } from '@puente/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from './support/test-api';

/** The suppliers context's part, played by the test: records what reached it. */
class RecordingHandler implements ReviewSubjectHandler {
  readonly kind = 'report' as const;
  readonly decisions: Array<{ subjectId: string; decision: ReviewDecision }> = [];
  async compare() {
    return [
      { field: 'tradeName', published: 'Maquinados', proposed: 'Maquinados del Bajío', changed: true },
      { field: 'rfc', published: 'MBA010101AB1', proposed: 'MBA010101AB1', changed: false },
    ];
  }
  async onDecision(subjectId: string, decision: ReviewDecision) {
    this.decisions.push({ subjectId, decision });
  }
}

describe('admin review routes over HTTP', () => {
  let database: SuiteDatabase;
  let api: TestApi;
  const handler = new RecordingHandler();
  let admin: UserFixture;
  let supplier: UserFixture;
  let adminToken: string;
  let supplierToken: string;

  async function call(method: string, path: string, options: { token?: string; body?: unknown; language?: string } = {}) {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.language) headers['accept-language'] = options.language;
    const response = await fetch(`${api.url}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as any };
  }

  const signIn = async (user: UserFixture) =>
    (await call('POST', '/api/v1/auth/sign-in', { body: { email: user.email, password: user.password, client: 'api' } })).body.accessToken as string;

  async function openItem(): Promise<string> {
    const dataSource = api.app.get(DataSource);
    const item = await dataSource.transaction((manager) =>
      api.app.get(ReviewQueue).open(manager, { kind: 'report', subjectId: randomUUID(), organizationId: supplier.organizationId }),
    );
    return item.id;
  }

  beforeAll(async () => {
    database = await suiteDatabase();
    api = await startTestApi({ env: { DATABASE_URL: database.url } });
    api.app.get(ReviewSubjectHandlers).register(handler);
    const factory = identityFactory(api.app.get(DataSource));
    const organization = await factory.organization({ kind: 'supplier', name: 'Maquinados del Bajío', country: 'MX', language: 'es' });
    supplier = await factory.user(organization.id);
    admin = await factory.user((await factory.platformOrganization()).id);
    [adminToken, supplierToken] = [await signIn(admin), await signIn(supplier)];
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('is for admins only', async () => {
    expect((await call('GET', '/api/v1/admin/reviews')).status).toBe(401);
    expect((await call('GET', '/api/v1/admin/reviews', { token: supplierToken })).status).toBe(403);
    expect((await call('GET', '/api/v1/admin/reviews', { token: adminToken })).status).toBe(200);
  });

  it('lists the reasons in English and Spanish', async () => {
    const { status, body } = await call('GET', '/api/v1/admin/reviews/reasons', { token: adminToken });
    expect(status).toBe(200);
    expect(body.data).toContainEqual({ code: 'unverifiable_rfc', en: 'The RFC could not be verified.', es: 'No se pudo verificar el RFC.' });
  });

  it('reviews an item from the queue to a decision, with the comparison, the assignment and the audit row', async () => {
    const id = await openItem();
    const list = await call('GET', '/api/v1/admin/reviews?state=open&kind=report&assignee=none', { token: adminToken });
    expect(list.body.data.map((item: { id: string }) => item.id)).toContain(id);
    expect(list.body.data.find((item: { id: string }) => item.id === id)).toMatchObject({ organizationName: 'Maquinados del Bajío', state: 'open' });

    const detail = await call('GET', `/api/v1/admin/reviews/${id}`, { token: adminToken });
    expect(detail.status).toBe(200);
    expect(detail.body.comparison.map((row: { field: string; changed: boolean }) => [row.field, row.changed])).toEqual([
      ['tradeName', true],
      ['rfc', false],
    ]);

    const assigned = await call('POST', `/api/v1/admin/reviews/${id}/assign`, { token: adminToken });
    expect([assigned.status, assigned.body.assigneeUserId]).toEqual([200, admin.userId]);
    expect((await call('GET', '/api/v1/admin/reviews?assignee=me', { token: adminToken })).body.data.map((item: { id: string }) => item.id)).toEqual([id]);

    const decided = await call('POST', `/api/v1/admin/reviews/${id}/request-changes`, {
      token: adminToken,
      body: { reasonCode: 'incomplete_information', note: 'Falta la dirección de la planta.' },
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ state: 'changes_requested', reasonCode: 'incomplete_information', decidedByUserId: admin.userId });
    expect(handler.decisions.at(-1)?.decision).toMatchObject({ state: 'changes_requested', reasonCode: 'incomplete_information', note: 'Falta la dirección de la planta.' });

    const audit = await call('GET', '/api/v1/admin/audit-events?action=review.changes_requested', { token: adminToken });
    expect(audit.body.data.map((event: { targetId: string }) => event.targetId)).toContain(id);

    // Deciding again: 409 with a stable code, worded in the reader's language.
    const again = await call('POST', `/api/v1/admin/reviews/${id}/approve`, { token: adminToken, body: {}, language: 'es' });
    expect([again.status, again.body.error.code, again.body.error.message]).toEqual([409, 'REVIEW_ALREADY_DECIDED', 'Esta revisión ya tiene una decisión.']);
  });

  it('approves and rejects', async () => {
    const approved = await call('POST', `/api/v1/admin/reviews/${await openItem()}/approve`, { token: adminToken, body: { note: 'Bienvenidos' } });
    expect([approved.status, approved.body.state, approved.body.reasonCode]).toEqual([200, 'approved', null]);
    const rejected = await call('POST', `/api/v1/admin/reviews/${await openItem()}/reject`, { token: adminToken, body: { reasonCode: 'duplicate_listing' } });
    expect([rejected.status, rejected.body.state, rejected.body.reasonCode]).toEqual([200, 'rejected', 'duplicate_listing']);
  });

  it('refuses bad input at the edge, naming the field', async () => {
    const id = await openItem();
    const fieldsOf = (body: { error: { details: Array<{ field: string }> } }) => body.error.details.map((detail) => detail.field);
    const cases: Array<[string, string, unknown, string]> = [
      ['POST', `/api/v1/admin/reviews/${id}/reject`, {}, 'reasonCode'],
      ['POST', `/api/v1/admin/reviews/${id}/request-changes`, { reasonCode: 'because' }, 'reasonCode'],
      ['POST', `/api/v1/admin/reviews/${id}/reject`, { reasonCode: 'other', note: 'x'.repeat(2001) }, 'note'],
      ['POST', `/api/v1/admin/reviews/${id}/approve`, { reasonCode: 'other' }, 'reasonCode'],
      ['GET', '/api/v1/admin/reviews?kind=profile', undefined, 'kind'],
      ['GET', '/api/v1/admin/reviews?state=closed', undefined, 'state'],
      ['GET', '/api/v1/admin/reviews?assignee=someone', undefined, 'assignee'],
      ['GET', '/api/v1/admin/reviews?cursor=2026-13-45T10:00:00.000Z_' + randomUUID(), undefined, 'cursor'],
      ['GET', '/api/v1/admin/reviews?limit=0', undefined, 'limit'],
      ['GET', '/api/v1/admin/reviews/not-a-uuid', undefined, 'id'],
    ];
    for (const [method, path, body, field] of cases) {
      const result = await call(method, path, { token: adminToken, body });
      expect([path, result.status, fieldsOf(result.body)]).toEqual([path, 400, expect.arrayContaining([field])]);
    }
    expect((await call('GET', `/api/v1/admin/reviews/${randomUUID()}`, { token: adminToken })).status).toBe(404);
    expect((await call('GET', `/api/v1/admin/reviews/${id}`, { token: adminToken })).body.item.state).toBe('open');
  });
});
