// npm run bench -- search-speed [--size N] [--reuse] [--keep] ...   (see search-speed/options.mjs)
// Times the PostgreSQL search engine as a buyer meets it: HTTP against the built API (dist/apps/api/main.cjs)
// started by the bench, over a directory of N listings imported through the built import command.
import { join } from 'node:path';
import { WORKSPACE } from '../../tools/ensure-installed.mjs';
import { parseOptions } from './search-speed/options.mjs';
import { buildApps, databaseName, dropDatabase, prepareDatabase } from './search-speed/prepare.mjs';

const options = parseOptions(process.argv.slice(3));
const log = (line) => console.error(`search-speed: ${line}`);
const prefix = `pbench-search-${process.pid}`;
const env = {
  ...process.env,
  NODE_ENV: 'production',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_KEY_PREFIX: prefix,
  PUENTE_DATA_DIR: join(WORKSPACE, '.puente'),
  LOG_LEVEL: 'warn',
};

let cleanUp = async () => undefined;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping`);
    await cleanUp();
    if (!options.keep) await dropDatabase(options.size);
    process.exit(130);
  });
}

try {
  log('building api and worker...');
  await buildApps();
  const prepared = await prepareDatabase(options.size, { reuse: options.reuse, env, log });
  for (const run of prepared.imports) {
    log(run.skipped ? `${run.registry}: already imported (reused)` : `${run.registry}: ${JSON.stringify(run.report)} in ${run.seconds.toFixed(1)} s`);
  }
  if (options.prepareOnly) {
    log(`prepared ${databaseName(options.size)}; run again with --reuse to measure`);
  } else {
    const { measure } = await import('./search-speed/measure.mjs');
    cleanUp = await measure({ options, env: { ...env, DATABASE_URL: prepared.url }, prepared, log });
  }
} finally {
  if (!interrupted) {
    await cleanUp();
    if (!options.keep) {
      log(`dropping ${databaseName(options.size)}`);
      await dropDatabase(options.size);
    }
  }
}
