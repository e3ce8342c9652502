import { dataSourceOptions } from '@puente/platform';
import { recomputeResponseStats, SupplierResponseSignals } from '@puente/sourcing';
import { identityFactory, insertDirectoryListing, suiteDatabase, type SuiteDatabase } from '@puente/testing';
import { DataSource } from 'typeorm';

/**
 * The response figures on a hand-built history (every row inserted here, so each expected figure can be
 * counted by hand below), their replay, and what the ranking reads from them.
 */
describe('supplier response statistics (PostgreSQL)', () => {
  let database: SuiteDatabase;
  let dataSource: DataSource;
  let buyerOrganizationId: string;
  let buyerUserId: string;
  // S: the supplier under test; S2: a competitor that wins; S3: a supplier with no activity at all.
  const s = { supplierId: '', organizationId: '', userId: '' };
  const s2 = { supplierId: '', organizationId: '', userId: '' };
  let s3: string;
  const T0 = new Date('2026-12-01T15:00:00.000Z');
  const NOW = new Date('2026-12-20T15:00:00.000Z');
  const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

  async function supplier(target: typeof s, name: string): Promise<void> {
    const factory = identityFactory(dataSource);
    target.organizationId = (await factory.organization({ kind: 'supplier', name, country: 'MX', language: 'es' })).id;
    target.userId = (await factory.user(target.organizationId)).userId;
    target.supplierId = (await insertDirectoryListing(dataSource)).supplierId;
    await dataSource.query('UPDATE supplier_profiles SET organization_id = $1 WHERE id = $2', [target.organizationId, target.supplierId]);
  }

  async function rfq(state: string, deadline: Date): Promise<{ rfqId: string; lineId: string }> {
    const [{ id }] = await dataSource.query(
      `INSERT INTO rfqs (buyer_organization_id, created_by, state, version, title, quote_deadline, published_at, created_at, updated_at)
       VALUES ($1, $2, $3, 1, 'Brackets', $4, $5, $5, $5) RETURNING id`,
      [buyerOrganizationId, buyerUserId, state, deadline, T0],
    );
    const [line] = await dataSource.query(`INSERT INTO rfq_lines (rfq_id, position, part_name, quantities, unit) VALUES ($1, 0, 'Bracket', '{1000}', 'pcs') RETURNING id`, [id]);
    return { rfqId: id, lineId: line.id };
  }

  async function invite(rfqId: string, target: typeof s, options: { claimed?: boolean; declined?: boolean } = {}): Promise<void> {
    await dataSource.query(
      `INSERT INTO rfq_invitations (rfq_id, supplier_id, supplier_organization_id, source, state, created_at) VALUES ($1, $2, $3, 'match', $4, $5)`,
      [rfqId, target.supplierId, options.claimed === false ? null : target.organizationId, options.declined ? 'declined' : 'invited', T0],
    );
  }

  async function quote(rfqId: string, target: typeof s, at: Date, state = 'active'): Promise<string> {
    const [{ id }] = await dataSource.query(
      `INSERT INTO quotes (rfq_id, supplier_organization_id, supplier_id, state, revision, currency, submitted_by, submitted_at, revised_at)
       VALUES ($1, $2, $3, $4, 1, 'USD', $5, $6, $6) RETURNING id`,
      [rfqId, target.organizationId, target.supplierId, state, target.userId, at],
    );
    return id;
  }

  async function award(rfq: { rfqId: string; lineId: string }, quoteId: string, target: typeof s): Promise<void> {
    await dataSource.query(
      `INSERT INTO rfq_awards (rfq_id, rfq_line_id, quote_id, supplier_organization_id, awarded_by, awarded_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [rfq.rfqId, rfq.lineId, quoteId, target.organizationId, buyerUserId, minutes(10_000)],
    );
  }

  const statsOf = async (supplierId: string) =>
    (await dataSource.query('SELECT * FROM supplier_response_stats WHERE supplier_id = $1', [supplierId]))[0] as Record<string, unknown> | undefined;
  const recompute = (ids: string[], now: Date) => dataSource.transaction((manager) => recomputeResponseStats(manager, ids, now));

  beforeAll(async () => {
    database = await suiteDatabase();
    dataSource = await new DataSource({ ...dataSourceOptions({ url: database.url, applicationName: 'response-stats-int-spec' }), entities: [] }).initialize();
    const factory = identityFactory(dataSource);
    buyerOrganizationId = (await factory.organization({ name: 'Lone Star Robotics' })).id;
    buyerUserId = (await factory.user(buyerOrganizationId)).userId;
    await supplier(s, 'Maquinados del Bajío');
    await supplier(s2, 'Border Precision');
    s3 = (await insertDirectoryListing(dataSource)).supplierId;
    const future = new Date(NOW.getTime() + 7 * 86_400_000);
    const past = new Date(NOW.getTime() - 86_400_000);

    // R1: S invited, quoted after 60 minutes, won the line.            due, answered, 60 min, decided, awarded
    const r1 = await rfq('awarded', past);
    await invite(r1.rfqId, s);
    await award(r1, await quote(r1.rfqId, s, minutes(60)), s);
    // R2: S invited, quoted after 180 minutes; S2 won.                  due, answered, 180 min, decided
    const r2 = await rfq('awarded', past);
    await invite(r2.rfqId, s);
    await quote(r2.rfqId, s, minutes(180));
    await award(r2, await quote(r2.rfqId, s2, minutes(5)), s2);
    // R3: open, S declined.                                             due, answered
    const r3 = await rfq('open', future);
    await invite(r3.rfqId, s, { declined: true });
    // R4: open, S has not answered yet.                                 not due
    const r4 = await rfq('open', future);
    await invite(r4.rfqId, s);
    // R5: cancelled, never answered.                                    due
    const r5 = await rfq('cancelled', future);
    await invite(r5.rfqId, s);
    // R6: still open but past its deadline (the job has not run), never answered.   due
    const r6 = await rfq('open', past);
    await invite(r6.rfqId, s);
    // R7: invited while S was an unclaimed listing: nobody could answer.  not counted at all
    const r7 = await rfq('closed', past);
    await invite(r7.rfqId, s, { claimed: false });
    // R8: S quoted after 30 minutes then withdrew; S2 won.              due, answered, 30 min; not decided
    const r8 = await rfq('awarded', past);
    await invite(r8.rfqId, s);
    await quote(r8.rfqId, s, minutes(30), 'withdrawn');
    await award(r8, await quote(r8.rfqId, s2, minutes(5)), s2);
    // R9: a public RFQ S quoted on without an invitation; no award yet. a quote, no invitation, not decided
    const r9 = await rfq('closed', past);
    await quote(r9.rfqId, s, minutes(45));
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('computes each figure as counted by hand, for several suppliers in one statement', async () => {
    await recompute([s.supplierId, s2.supplierId, s3], NOW);
    // S: due R1 R2 R3 R5 R6 R8 = 6; answered R1 R2 R3 R8 = 4; quotes R1 R2 R8 R9 = 4; median(60, 180, 30) = 60;
    // decided R1 R2 = 2 (R8's is withdrawn, R9 has no award); awarded R1 = 1.
    expect(await statsOf(s.supplierId)).toEqual({
      supplier_id: s.supplierId,
      invitations_due: 6,
      invitations_answered: 4,
      quotes_submitted: 4,
      median_minutes_to_quote: 60,
      quotes_decided: 2,
      quotes_awarded: 1,
      computed_at: NOW,
    });
    // S2 quoted uninvited on R2 and R8 and won both.
    expect(await statsOf(s2.supplierId)).toMatchObject({ invitations_due: 0, invitations_answered: 0, quotes_submitted: 2, median_minutes_to_quote: null, quotes_decided: 2, quotes_awarded: 2 });
    expect(await statsOf(s3)).toMatchObject({ invitations_due: 0, invitations_answered: 0, quotes_submitted: 0, median_minutes_to_quote: null, quotes_decided: 0, quotes_awarded: 0 });
  });

  it('changes nothing when the same recomputation runs again (a replayed event), not even computed_at', async () => {
    const before = await dataSource.query('SELECT * FROM supplier_response_stats ORDER BY supplier_id');
    await recompute([s.supplierId, s2.supplierId, s3], new Date(NOW.getTime() + 60_000));
    await recompute([s.supplierId], new Date(NOW.getTime() + 120_000));
    expect(await dataSource.query('SELECT * FROM supplier_response_stats ORDER BY supplier_id')).toEqual(before);
  });

  it('moves with the tables: a median of an even count is the mean of the middle two; a later time makes an open invitation due', async () => {
    // Four quoted invitations now: 30, 60, 90 (new), 180 -> (60 + 90) / 2 = 75.
    const r10 = await rfq('open', new Date(NOW.getTime() + 86_400_000));
    await invite(r10.rfqId, s);
    await quote(r10.rfqId, s, minutes(90));
    const later = new Date(NOW.getTime() + 8 * 86_400_000); // past R4's deadline too
    await recompute([s.supplierId], later);
    expect(await statsOf(s.supplierId)).toMatchObject({ invitations_due: 8, invitations_answered: 5, quotes_submitted: 5, median_minutes_to_quote: 75, computed_at: later });
  });

  it('gives the ranking a smoothed response rate with the figures in both languages, and no signal without history', async () => {
    const signals = await new SupplierResponseSignals(dataSource).signalsFor([s.supplierId, s2.supplierId, s3]);
    // (answered + 1) / (due + 2) = (5 + 1) / (8 + 2)
    expect(signals.responsiveness?.(s.supplierId)).toEqual({ value: 0.6, note: { en: 'answered 5 of 8 invitations', es: 'respondió 5 de 8 invitaciones' } });
    expect(signals.responsiveness?.(s2.supplierId)).toBeNull();
    expect(signals.responsiveness?.(s3)).toBeNull();
    expect(signals.responsiveness?.('00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
