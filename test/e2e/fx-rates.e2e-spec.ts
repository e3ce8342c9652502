import { PuenteStack } from './support/puente-stack';
import { buyerParty, type BuyerParty } from './support/rfq-world';

/** The rate table's routes: an admin enters and corrects rates (audited), buyers read them, bad input is named. */
describe('exchange rates (routes)', () => {
  let stack: PuenteStack;
  let adminToken: string;
  let adminUserId: string;
  let buyer: BuyerParty;
  const call = (method: string, path: string, token: string, body?: unknown) => stack.http.call(method, `/api/v1${path}`, { token, body });

  beforeAll(async () => {
    stack = await PuenteStack.start();
    const platform = await stack.factory.platformOrganization();
    const admin = await stack.factory.user(platform.id);
    adminUserId = admin.userId;
    adminToken = (await stack.http.signIn(admin.email, admin.password)).accessToken;
    buyer = await buyerParty(stack, 'Rates Reader Inc');
  });
  afterAll(() => stack?.stop());

  it('enters a rate, corrects it with the old figure in the audit log, and lists both sources newest first', async () => {
    const entered = await call('POST', '/fx-rates', adminToken, { date: '2026-10-02', mxnPerUsd: '18.1', source: 'manual' });
    expect(entered.status).toBe(200);
    expect(entered.body).toMatchObject({ date: '2026-10-02', mxnPerUsd: '18.1000', source: 'manual', enteredBy: adminUserId });

    const corrected = await call('POST', '/fx-rates', adminToken, { date: '2026-10-02', mxnPerUsd: '18.125', source: 'manual' });
    expect(corrected.body.mxnPerUsd).toBe('18.1250');
    await call('POST', '/fx-rates', adminToken, { date: '2026-10-02', mxnPerUsd: '18.2044', source: 'banxico-fix' });
    await call('POST', '/fx-rates', adminToken, { date: '2026-10-05', mxnPerUsd: '18.3', source: 'banxico-fix' });

    const audit = await stack.db.query(`SELECT before, after FROM audit_events WHERE action = 'fx_rate.entered' AND target_id = '2026-10-02/manual' ORDER BY occurred_at, id`);
    expect(audit).toEqual([
      { before: null, after: { date: '2026-10-02', source: 'manual', mxnPerUsd: '18.1000' } },
      { before: { mxnPerUsd: '18.1000' }, after: { date: '2026-10-02', source: 'manual', mxnPerUsd: '18.1250' } },
    ]);

    const listed = await call('GET', '/fx-rates?from=2026-10-01&to=2026-10-31', buyer.token);
    expect(listed.status).toBe(200);
    expect(listed.body.rates.map((rate: { date: string; source: string; mxnPerUsd: string }) => `${rate.date} ${rate.source} ${rate.mxnPerUsd}`)).toEqual([
      '2026-10-05 banxico-fix 18.3000',
      '2026-10-02 banxico-fix 18.2044',
      '2026-10-02 manual 18.1250',
    ]);
  });

  it('names the field at fault: not a date, a rate that is not a positive decimal, an unknown source, a reversed or too wide range', async () => {
    const cases: Array<[string, string, Record<string, unknown> | undefined, string]> = [
      ['POST', '/fx-rates', { date: '2026-02-30', mxnPerUsd: '18', source: 'manual' }, 'date'],
      ['POST', '/fx-rates', { date: '02/10/2026', mxnPerUsd: '18', source: 'manual' }, 'date'],
      ['POST', '/fx-rates', { date: '2026-10-02', mxnPerUsd: '-18', source: 'manual' }, 'mxnPerUsd'],
      ['POST', '/fx-rates', { date: '2026-10-02', mxnPerUsd: '18.1234567', source: 'manual' }, 'mxnPerUsd'],
      ['POST', '/fx-rates', { date: '2026-10-02', mxnPerUsd: '18', source: 'dof' }, 'source'],
      ['GET', '/fx-rates?from=2026-10-31&to=2026-10-01', undefined, 'from'],
      ['GET', '/fx-rates?from=2020-01-01&to=2026-10-01', undefined, 'from'],
      ['GET', '/fx-rates?to=2026-13-01', undefined, 'to'],
    ];
    for (const [method, path, body, field] of cases) {
      const result = await call(method, path, adminToken, body);
      expect({ path, body, status: result.status, code: result.body.error?.code }).toEqual({ path, body, status: 400, code: 'VALIDATION_FAILED' });
      expect(result.body.error.details.map((detail: { field: string }) => detail.field)).toContain(field);
    }
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM fx_rates WHERE mxn_per_usd < 0 OR source = 'dof'`))[0].n).toBe(0);
  });
});
