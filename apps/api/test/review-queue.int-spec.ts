import { AuditEvent, AuditLog } from '@puente/identity';
import { AppError } from '@puente/platform';
import { FakeClock, identityFactory, suiteDatabase, type SuiteDatabase, type UserFixture } from '@puente/testing';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ReviewItem, ReviewQueue, ReviewSubjectHandlers, type ReviewDecision, type ReviewFieldComparison, type ReviewSubjectHandler } from '@puente/moderation';

/**
 * A stand-in for the suppliers context: subjects in a table of the test's own, whose status the
 * handler changes through the decision's manager, so a rollback shows on both sides.
 */
class TestProfileHandler implements ReviewSubjectHandler {
  readonly kind = 'supplier_profile' as const;
  failNext = false;
  readonly decisions: Array<{ subjectId: string; decision: ReviewDecision; inTransaction: boolean }> = [];

  async compare(subjectId: string, manager: EntityManager): Promise<ReviewFieldComparison[]> {
    const [row] = await manager.query('SELECT published_name, proposed_name FROM test_subjects WHERE id = $1', [subjectId]);
    return [{ field: 'tradeName', published: row.published_name, proposed: row.proposed_name, changed: row.published_name !== row.proposed_name }];
  }

  async onDecision(subjectId: string, decision: ReviewDecision, manager: EntityManager): Promise<void> {
    this.decisions.push({ subjectId, decision, inTransaction: manager.queryRunner?.isTransactionActive === true });
    await manager.query('UPDATE test_subjects SET status = $2 WHERE id = $1', [subjectId, decision.state]);
    if (this.failNext) {
      this.failNext = false;
      throw new Error('the profile could not be published');
    }
  }
}

async function expectAppError(promise: Promise<unknown>, code: string, status: number, field?: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect([appError.code, appError.status]).toEqual([code, status]);
  if (field) expect(appError.details.map((detail) => detail.field)).toContain(field);
}

describe('ReviewQueue (PostgreSQL)', () => {
  let database: SuiteDatabase;
  let dataSource: DataSource;
  let queue: ReviewQueue;
  let handler: TestProfileHandler;
  const clock = new FakeClock(new Date('2026-03-01T10:00:00.000Z'));
  let supplierOrganizationId: string;
  let admin: UserFixture;
  let otherAdmin: UserFixture;

  beforeAll(async () => {
    database = await suiteDatabase();
    dataSource = await new DataSource({ type: 'postgres', url: database.url, entities: [ReviewItem, AuditEvent] }).initialize();
    await dataSource.query(`CREATE TABLE test_subjects (id uuid PRIMARY KEY, published_name text, proposed_name text, status text NOT NULL DEFAULT 'pending')`);
    const factory = identityFactory(dataSource);
    supplierOrganizationId = (await factory.organization({ kind: 'supplier', name: 'Maquinados de Prueba', country: 'MX' })).id;
    const platform = await factory.platformOrganization();
    admin = await factory.user(platform.id);
    otherAdmin = await factory.user(platform.id);
    handler = new TestProfileHandler();
    const handlers = new ReviewSubjectHandlers();
    handlers.register(handler);
    queue = new ReviewQueue(dataSource, handlers, new AuditLog(clock), clock);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const actor = (user: UserFixture) => ({ userId: user.userId, organizationId: user.organizationId });

  /** A subject submitted for review, as the suppliers context would: its change and the item in one transaction. */
  async function submitted(names: { published?: string | null; proposed?: string } = {}): Promise<{ subjectId: string; item: ReviewItem }> {
    const subjectId = randomUUID();
    const item = await dataSource.transaction(async (manager) => {
      await manager.query('INSERT INTO test_subjects (id, published_name, proposed_name) VALUES ($1, $2, $3)', [
        subjectId,
        names.published ?? null,
        names.proposed ?? 'Maquinados',
      ]);
      return queue.open(manager, { kind: 'supplier_profile', subjectId, organizationId: supplierOrganizationId });
    });
    clock.advance(60_000);
    return { subjectId, item };
  }

  const subjectStatus = async (subjectId: string) => (await dataSource.query('SELECT status FROM test_subjects WHERE id = $1', [subjectId]))[0].status;
  const auditOf = (itemId: string) =>
    dataSource.query(`SELECT action, actor_user_id, organization_id, after FROM audit_events WHERE target_type = 'review_item' AND target_id = $1 ORDER BY id`, [itemId]);

  it('opens one item per subject however often it is submitted, and refuses to run outside a transaction', async () => {
    const { subjectId, item } = await submitted();
    const again = await dataSource.transaction((manager) => queue.open(manager, { kind: 'supplier_profile', subjectId, organizationId: supplierOrganizationId }));
    expect(again.id).toBe(item.id);
    expect(item).toMatchObject({ state: 'open', assigneeUserId: null, organizationId: supplierOrganizationId });
    expect(item.createdAt.toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(await dataSource.query('SELECT count(*)::int AS n FROM review_items WHERE subject_id = $1', [subjectId])).toEqual([{ n: 1 }]);
    await expect(queue.open(dataSource.manager, { kind: 'supplier_profile', subjectId, organizationId: supplierOrganizationId })).rejects.toThrow(
      'inside the transaction',
    );
  });

  it('opens a new item when a decided subject is resubmitted, keeping the decision on record', async () => {
    const { subjectId, item } = await submitted();
    await queue.decide(item.id, actor(admin), { state: 'changes_requested', reasonCode: 'incomplete_information', note: 'Add your plant address' });
    const reopened = await dataSource.transaction((manager) => queue.open(manager, { kind: 'supplier_profile', subjectId, organizationId: supplierOrganizationId }));
    expect(reopened.id).not.toBe(item.id);
    const rows = await dataSource.query('SELECT state FROM review_items WHERE subject_id = $1 ORDER BY created_at', [subjectId]);
    expect(rows).toEqual([{ state: 'changes_requested' }, { state: 'open' }]);
  });

  it('lists oldest first, filtered by kind, state and assignee, page by page', async () => {
    await dataSource.query('DELETE FROM review_items');
    const items = [];
    for (let i = 0; i < 5; i++) items.push((await submitted()).item);
    await queue.assignToMe(items[1].id, actor(admin));
    await queue.assignToMe(items[3].id, actor(otherAdmin));
    await queue.decide(items[4].id, actor(admin), { state: 'approved' });

    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await queue.list({ state: 'open', kind: 'supplier_profile', cursor, limit: 2 }, actor(admin));
      pages.push(page.data.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toEqual([[items[0].id, items[1].id], [items[2].id, items[3].id]]);

    const mine = await queue.list({ assignee: 'me', limit: 10 }, actor(admin));
    expect(mine.data.map((item) => [item.id, item.assigneeName !== null])).toEqual([[items[1].id, true]]);
    expect((await queue.list({ assignee: otherAdmin.userId, limit: 10 }, actor(admin))).data.map((item) => item.id)).toEqual([items[3].id]);
    expect((await queue.list({ assignee: 'none', state: 'open', limit: 10 }, actor(admin))).data.map((item) => item.id)).toEqual([items[0].id, items[2].id]);
    expect((await queue.list({ state: 'approved', limit: 10 }, actor(admin))).data.map((item) => item.id)).toEqual([items[4].id]);
    expect((await queue.list({ kind: 'rfq', limit: 10 }, actor(admin))).data).toEqual([]);
    expect(mine.data[0].organizationName).toBe('Maquinados de Prueba');
    await expectAppError(queue.list({ cursor: '2026-13-45T10:00:00.000Z_' + randomUUID(), limit: 10 }, actor(admin)), 'VALIDATION_FAILED', 400, 'cursor');
  });

  it('shows an open item with the published and proposed versions side by side', async () => {
    const { item } = await submitted({ published: 'Maquinados', proposed: 'Maquinados del Bajío' });
    const detail = await queue.get(item.id);
    expect(detail.item.id).toBe(item.id);
    expect(detail.comparison).toEqual([{ field: 'tradeName', published: 'Maquinados', proposed: 'Maquinados del Bajío', changed: true }]);
    await expectAppError(queue.get(randomUUID()), 'NOT_FOUND', 404);
  });

  it('assigns to the caller, lets another admin take over, and audits each', async () => {
    const { item } = await submitted();
    expect((await queue.assignToMe(item.id, actor(admin))).assigneeUserId).toBe(admin.userId);
    expect((await queue.assignToMe(item.id, actor(otherAdmin))).assigneeUserId).toBe(otherAdmin.userId);
    const audit = await auditOf(item.id);
    expect(audit.map((row: { action: string; actor_user_id: string }) => [row.action, row.actor_user_id])).toEqual([
      ['review.assigned', admin.userId],
      ['review.assigned', otherAdmin.userId],
    ]);
  });

  it.each([
    ['approved', null],
    ['rejected', 'unverifiable_rfc'],
    ['changes_requested', 'invalid_certificate'],
  ] as const)('records %s, calls the handler inside the same transaction and audits it', async (state, reasonCode) => {
    const { subjectId, item } = await submitted();
    const decidedAt = clock.now();
    const decided = await queue.decide(item.id, actor(admin), { state, reasonCode, note: 'Checked against SAT' });
    expect(decided).toMatchObject({ state, reasonCode, note: 'Checked against SAT', decidedByUserId: admin.userId, decidedAt: decidedAt.toISOString() });
    expect(handler.decisions.at(-1)).toEqual({
      subjectId,
      decision: { state, reasonCode, note: 'Checked against SAT', decidedByUserId: admin.userId, decidedAt },
      inTransaction: true,
    });
    expect(await subjectStatus(subjectId)).toBe(state);
    const audit = await auditOf(item.id);
    expect(audit).toEqual([
      {
        action: `review.${state}`,
        actor_user_id: admin.userId,
        organization_id: supplierOrganizationId,
        after: { state, kind: 'supplier_profile', subjectId, reasonCode, note: 'Checked against SAT' },
      },
    ]);
    expect((await queue.get(item.id)).comparison).toBeNull();
  });

  it('rolls the whole decision back when the handler fails: nothing half-written', async () => {
    const { subjectId, item } = await submitted();
    const auditBefore = await dataSource.query('SELECT count(*)::int AS n FROM audit_events');
    handler.failNext = true;
    await expect(queue.decide(item.id, actor(admin), { state: 'approved' })).rejects.toThrow('could not be published');
    // The handler's own write, the item's decision and the audit row all rolled back together.
    expect(await subjectStatus(subjectId)).toBe('pending');
    expect(await dataSource.manager.findOneByOrFail(ReviewItem, { id: item.id })).toMatchObject({ state: 'open', decidedAt: null, decidedByUserId: null });
    expect(await dataSource.query('SELECT count(*)::int AS n FROM audit_events')).toEqual(auditBefore);
    // And the item can still be decided.
    expect((await queue.decide(item.id, actor(admin), { state: 'approved' })).state).toBe('approved');
  });

  it('answers 409 REVIEW_ALREADY_DECIDED to a second decision or assignment, leaving the first', async () => {
    const { subjectId, item } = await submitted();
    await queue.decide(item.id, actor(admin), { state: 'approved' });
    const calls = handler.decisions.length;
    await expectAppError(queue.decide(item.id, actor(otherAdmin), { state: 'rejected', reasonCode: 'other' }), 'REVIEW_ALREADY_DECIDED', 409);
    await expectAppError(queue.assignToMe(item.id, actor(otherAdmin)), 'REVIEW_ALREADY_DECIDED', 409);
    expect(handler.decisions.length).toBe(calls);
    expect(await subjectStatus(subjectId)).toBe('approved');
    expect((await dataSource.manager.findOneByOrFail(ReviewItem, { id: item.id })).decidedByUserId).toBe(admin.userId);
  });

  it('lets only one of two simultaneous decisions through', async () => {
    const { item } = await submitted();
    const results = await Promise.allSettled([
      queue.decide(item.id, actor(admin), { state: 'approved' }),
      queue.decide(item.id, actor(otherAdmin), { state: 'rejected', reasonCode: 'other' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect((failed.reason as AppError).code).toBe('REVIEW_ALREADY_DECIDED');
  });

  it('requires a reason from the list to reject or ask for changes, and bounds the note (400 naming the field)', async () => {
    const { item } = await submitted();
    await expectAppError(queue.decide(item.id, actor(admin), { state: 'rejected' }), 'VALIDATION_FAILED', 400, 'reasonCode');
    await expectAppError(queue.decide(item.id, actor(admin), { state: 'changes_requested', reasonCode: null }), 'VALIDATION_FAILED', 400, 'reasonCode');
    await expectAppError(queue.decide(item.id, actor(admin), { state: 'rejected', reasonCode: 'because' }), 'VALIDATION_FAILED', 400, 'reasonCode');
    await expectAppError(queue.decide(item.id, actor(admin), { state: 'rejected', reasonCode: 'other', note: 'x'.repeat(2001) }), 'VALIDATION_FAILED', 400, 'note');
    expect((await dataSource.manager.findOneByOrFail(ReviewItem, { id: item.id })).state).toBe('open');
    await expectAppError(queue.decide(randomUUID(), actor(admin), { state: 'approved' }), 'NOT_FOUND', 404);
  });

  it('names a kind that has no handler instead of deciding it', async () => {
    const subjectId = randomUUID();
    const item = await dataSource.transaction((manager) => queue.open(manager, { kind: 'rfq', subjectId, organizationId: supplierOrganizationId }));
    await expect(queue.decide(item.id, actor(admin), { state: 'approved' })).rejects.toThrow('No review handler is registered for kind "rfq"');
    expect((await dataSource.manager.findOneByOrFail(ReviewItem, { id: item.id })).state).toBe('open');
    expect(() => new ReviewSubjectHandlers().register(handler)).not.toThrow();
    const twice = new ReviewSubjectHandlers();
    twice.register(handler);
    expect(() => twice.register(handler)).toThrow('already registered');
  });
});
