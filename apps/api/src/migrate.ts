import 'reflect-metadata';
import { ConfigValidationError, CommonEnvironment, createLogger, dataSourceOptions, ensureDatabaseExists, loadConfig } from '@puente/platform';
import { referenceDataChanges, syncReferenceData } from '@puente/catalog';
import { ALL_MIGRATIONS } from '@puente/schema';
import { DataSource } from 'typeorm';

const MIGRATION_LOCK_KEY = 7_464_616_301; // any constant shared by every db:migrate

/** `npm run db:migrate`: the only thing that changes the schema. Safe to run again. */
async function migrate(): Promise<void> {
  let config;
  try {
    config = loadConfig(CommonEnvironment);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`db:migrate refuses to start. ${error.message}\n`);
    process.exit(78);
  }
  const logger = createLogger({ service: 'migrate', level: config.LOG_LEVEL === 'silent' ? 'silent' : 'info' });
  if (await ensureDatabaseExists(config.DATABASE_URL)) logger.info('created the database');
  const dataSource = new DataSource(dataSourceOptions({ url: config.DATABASE_URL, applicationName: 'puente-migrate', poolSize: 1, migrations: ALL_MIGRATIONS }));
  await dataSource.initialize();
  try {
    // Two db:migrate runs at once (two deploys) take turns; the second finds nothing to do.
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    logger.info({ applied: applied.map((migration) => migration.name) }, applied.length ? 'migrations applied' : 'schema is up to date');
    // Reference data rides along with the schema (demo data never does).
    const started = Date.now();
    const tables = await syncReferenceData(dataSource);
    const changes = referenceDataChanges(tables);
    logger.info({ tables, changes, ms: Date.now() - started }, changes ? 'reference data loaded' : 'reference data was already current');
  } finally {
    await dataSource.destroy();
  }
}

migrate().catch((error: unknown) => {
  process.stderr.write(`db:migrate failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
