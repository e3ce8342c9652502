import 'reflect-metadata';
import { CommonEnvironment, ConfigValidationError, dataSourceOptions, loadConfig, pendingMigrations } from '@puente/platform';
import { ALL_MIGRATIONS } from '@puente/schema';
import { meilisearchConnectionFrom, reindexAll, searchEngineFor, SearchRebuildBusy } from '@puente/search';
import { DataSource } from 'typeorm';
import { reindexProgress } from './search-reindex-progress';

const USAGE = 'usage: npm run search:reindex -- [--batch-size N] [--json]';

/**
 * `npm run search:reindex`: rebuilds the whole search index from PostgreSQL beside the live one and swaps
 * it in (searches keep answering throughout). Exit codes as directory:import: 64 usage, 69 not migrated,
 * 75 another rebuild running, 78 configuration.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let batchSize = 1_000;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true;
    else if (argv[i] === '--batch-size') {
      batchSize = Number(argv[++i]);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 20_000) return usage();
    } else return usage();
  }
  let config;
  try {
    config = loadConfig(CommonEnvironment);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`search:reindex refuses to start. ${error.message}\n`);
    process.exit(78);
  }
  const dataSource = await new DataSource(dataSourceOptions({ url: config.DATABASE_URL, applicationName: 'puente-search-reindex', poolSize: 3, entities: [] })).initialize();
  const progress = reindexProgress();
  const started = Date.now();
  try {
    const pending = await pendingMigrations(dataSource, ALL_MIGRATIONS);
    if (pending.length > 0) {
      process.stderr.write(`search:reindex: the database is not migrated (${pending.length} pending). Run npm run db:migrate first.\n`);
      process.exitCode = 69;
      return;
    }
    const engine = await searchEngineFor({ meili: meilisearchConnectionFrom(config) }, dataSource);
    const { documents } = await reindexAll(dataSource, engine, { batchSize, onProgress: progress.update });
    progress.stop();
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`search:reindex ${engine.name}: ${documents} documents in ${seconds.toFixed(1)} s (${Math.round(documents / Math.max(seconds, 0.001))} docs/s), swapped in\n`);
    if (json) process.stdout.write(`${JSON.stringify({ engine: engine.name, documents, seconds })}\n`);
  } catch (error) {
    progress.stop();
    if (error instanceof SearchRebuildBusy) {
      process.stderr.write(`search:reindex: ${error.message}\n`);
      process.exitCode = 75;
      return;
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

function usage(): void {
  process.stderr.write(`${USAGE}\n`);
  process.exit(64);
}

main().catch((error: unknown) => {
  process.stderr.write(`search:reindex failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
