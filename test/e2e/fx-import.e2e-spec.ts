import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, dataSourceOptions } from '@puente/platform';
import { fxRateOn } from '@puente/sourcing';
import { AppProcess, suiteDatabase, temporaryDirectory, testEnvironment, type SuiteDatabase } from '@puente/testing';
import { DataSource } from 'typeorm';

const COMMAND = 'dist/apps/api/fx-import.cjs';
const FIXTURE = 'test/e2e/fixtures/banxico-fix-sf43718.csv';

/** `npm run fx:import` as the built program, and the lookup conversions make over what it loaded. */
describe('fx:import (the built command) and the rate lookup', () => {
  let database: SuiteDatabase;
  let dataSource: DataSource;
  let env: Record<string, string>;
  const files = temporaryDirectory('fx-import');
  const rates = async () =>
    dataSource.query(`SELECT to_char(rate_date, 'YYYY-MM-DD') AS date, mxn_per_usd::text AS rate, source, entered_by FROM fx_rates ORDER BY rate_date, source`);

  beforeAll(async () => {
    database = await suiteDatabase();
    env = testEnvironment({ DATABASE_URL: database.url });
    dataSource = await new DataSource(dataSourceOptions({ url: database.url, applicationName: 'fx-import-e2e', entities: [] })).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('answers 64 to a wrong usage, 65 to a missing file or a file without the Fecha,SF43718 line', async () => {
    const usage = AppProcess.start(COMMAND, env, []);
    expect((await usage.exited).code).toBe(64);
    expect(usage.logs).toContain('usage: npm run fx:import');

    const missing = AppProcess.start(COMMAND, env, [join(files, 'nope.csv')]);
    expect((await missing.exited).code).toBe(65);
    expect(missing.logs).toContain('ENOENT');

    const otherSeries = join(files, 'other-series.csv');
    writeFileSync(otherSeries, '"Título","Otra serie"\n"Fecha","SF60653"\n"01/12/2026","17.20"\n');
    const refused = AppProcess.start(COMMAND, env, [otherSeries]);
    expect((await refused.exited).code).toBe(65);
    expect(refused.logs).toContain('line 2: the Fecha line has no SF43718 column');
    expect(await rates()).toEqual([]);
  }, 60_000);

  it('loads the FIX skipping N/E days, reports a bad row by its line, and a rerun changes nothing', async () => {
    const first = AppProcess.start(COMMAND, env, [FIXTURE]);
    expect((await first.exited).code).toBe(0);
    expect(first.logs).toMatch(/fx:import banxico-fix: 10 rows, inserted 6, updated 0, unchanged 0, not published \(N\/E\) 4, bad 0 in [\d.]+ s/);
    expect(await rates()).toEqual([
      { date: '2026-11-27', rate: '17.2010', source: 'banxico-fix', entered_by: null },
      { date: '2026-11-30', rate: '17.1875', source: 'banxico-fix', entered_by: null },
      { date: '2026-12-01', rate: '17.2233', source: 'banxico-fix', entered_by: null },
      { date: '2026-12-02', rate: '17.3001', source: 'banxico-fix', entered_by: null },
      { date: '2026-12-03', rate: '17.2515', source: 'banxico-fix', entered_by: null },
      { date: '2026-12-04', rate: '17.2698', source: 'banxico-fix', entered_by: null },
    ]);

    // Banxico corrects a day and publishes the next ones; one row is damaged (lines 25 and 26 of the file).
    const next = join(files, 'next.csv');
    const fixture = readFileSync(FIXTURE, 'utf8');
    writeFileSync(next, `${fixture.replace('"04/12/2026","17.2698"', '"04/12/2026","17.2700"')}"07/12/2026","17.3120"\n"31/02/2026","17.10"\n"08/12/2026","diecisiete"\n`);
    const second = AppProcess.start(COMMAND, env, [next]);
    // Bad rows: the good ones load, the exit code says to look.
    expect((await second.exited).code).toBe(65);
    expect(second.logs).toMatch(/fx:import banxico-fix: 13 rows, inserted 1, updated 1, unchanged 5, not published \(N\/E\) 4, bad 2 in [\d.]+ s/);
    expect(second.logs).toContain('line 25: date "31/02/2026" is not a dd/mm/yyyy calendar date');
    expect(second.logs).toContain('line 26: SF43718 "diecisiete" is not a positive rate with up to 4 decimals');
    const loaded = (await rates()) as Array<{ date: string; rate: string }>;
    expect(loaded.map((row) => `${row.date} ${row.rate}`).slice(-2)).toEqual(['2026-12-04 17.2700', '2026-12-07 17.3120']);

    const rerun = AppProcess.start(COMMAND, env, [FIXTURE]);
    expect((await rerun.exited).code).toBe(0);
    // The original file puts the corrected day back: one update, the rest unchanged.
    expect(rerun.logs).toMatch(/inserted 0, updated 1, unchanged 5, not published \(N\/E\) 4, bad 0/);
  }, 60_000);

  it('looks up the day’s rate, else the latest earlier one (said so), banxico-fix over manual, and refuses before any rate', async () => {
    const manager = dataSource.manager;
    expect(await fxRateOn(manager, '2026-12-03')).toEqual({ requestedDate: '2026-12-03', rateDate: '2026-12-03', mxnPerUsd: '17.2515', source: 'banxico-fix', earlierDate: false });
    // A Saturday (N/E in the file): Friday's rate, flagged.
    expect(await fxRateOn(manager, '2026-12-05')).toEqual({ requestedDate: '2026-12-05', rateDate: '2026-12-04', mxnPerUsd: '17.2698', source: 'banxico-fix', earlierDate: true });

    await dataSource.query(`INSERT INTO fx_rates (rate_date, source, mxn_per_usd, entered_at) VALUES ('2026-12-03', 'manual', 18.5, now()), ('2026-12-05', 'manual', 18.75, now())`);
    expect((await fxRateOn(manager, '2026-12-03')).mxnPerUsd).toBe('17.2515');
    expect(await fxRateOn(manager, '2026-12-06')).toMatchObject({ rateDate: '2026-12-05', mxnPerUsd: '18.7500', source: 'manual', earlierDate: true });

    const refusal = await fxRateOn(manager, '2026-11-26').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'FX_RATE_MISSING', status: 409 });
  });
});
