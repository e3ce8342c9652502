// `npm run demo`: the whole product on this machine, in the foreground, with demo data.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, WORKSPACE } from './ensure-installed.mjs';
import { withBuildLock } from './build-lock.mjs';
import { DEMO_ACCOUNTS, loadDemoData } from './demo/demo-data.mjs';
import { referenceDataTour } from './demo/reference-data-tour.mjs';
import { importDirectory } from './demo/directory-import.mjs';
import { buildSearchIndex, searchTour } from './demo/search-index.mjs';
import { ensureDemoRfq } from './demo/rfq.mjs';
import { ensureDemoQuotes } from './demo/quotes.mjs';
import { ensureDemoAward } from './demo/award.mjs';
import { ensureDemoRating } from './demo/rating.mjs';
import { toolEnv } from './tool-env.mjs';
import { LOCAL_DATABASE_URL, LOCAL_REDIS_URL, postgresAnswers, redisAnswers, startEmbeddedPostgres } from './demo/services.mjs';

ensureInstalled();

const port = process.env.PORT ?? '3000';
const workerHealthPort = process.env.WORKER_HEALTH_PORT ?? '3001';
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

// E-mailed links open the web app the API serves on the same port.
const env = {
  ...toolEnv,
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  PORT: port,
  WORKER_HEALTH_PORT: workerHealthPort,
  PUBLIC_WEB_URL: process.env.PUBLIC_WEB_URL ?? `http://localhost:${port}`,
};

step('Building');
const built = await withBuildLock(
  () => spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=stream'], { cwd: WORKSPACE, stdio: 'inherit', env }).status,
);
if (built !== 0) await stopAll(1);

step('Migrating');
if (spawnSync(process.execPath, ['dist/apps/api/migrate.cjs'], { cwd: WORKSPACE, stdio: 'inherit', env }).status !== 0) {
  await stopAll(1);
}

step('Directory: the RETC and DENUE registries as unclaimed listings');
if (!importDirectory({ workspace: WORKSPACE, env })) await stopAll(1);

step('Search index: every visible listing and profile, built aside and swapped in');
if (!buildSearchIndex({ workspace: WORKSPACE, env })) await stopAll(1);

let shuttingDown = false;
const pretty = join(WORKSPACE, 'node_modules', '.bin', 'pino-pretty');

/** Runs a built app with readable logs; if it dies on its own, the demo stops. */
function startApp(name, entry) {
  const app = spawn(process.execPath, [entry], { cwd: WORKSPACE, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const prettifier = spawn(pretty, ['--colorize', '--translateTime', 'SYS:HH:MM:ss', '--ignore', 'pid,hostname'], {
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  app.stdout.pipe(prettifier.stdin);
  children.push(app);
  app.on('exit', (code) => {
    if (!shuttingDown) {
      console.error(`The ${name} exited (${code}); stopping the demo.`);
      void stopAll(code || 1);
    }
  });
}

async function waitUntilReady(url) {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not become ready`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log('\nStopping the demo...');
    void stopAll(0);
  });
}

step('Starting the API and the worker');
startApp('API', 'dist/apps/api/main.cjs');
startApp('worker', 'dist/apps/worker/main.cjs');
const base = `http://localhost:${port}`;
try {
  await waitUntilReady(`${base}/health/ready`);
  await waitUntilReady(`http://localhost:${workerHealthPort}/health/ready`);
} catch (error) {
  console.error(`  ${error.message}`);
  shuttingDown = true;
  await stopAll(1);
}

step('Demo data');
try {
  await loadDemoData({ base, workspace: WORKSPACE, env });
} catch (error) {
  console.error(`  Loading demo data failed: ${error.message}${error.cause ? ` (${error.cause.code ?? ''} ${error.cause.message ?? error.cause})` : ''}`);
  shuttingDown = true;
  await stopAll(1);
}

let tour;
try {
  tour = await referenceDataTour(base);
} catch (error) {
  console.error(`  The reference data look-ups failed: ${error.message}`);
  shuttingDown = true;
  await stopAll(1);
}

let searchLines = [];
try {
  searchLines = await searchTour(base);
} catch (error) {
  console.error(`  The search look-up failed: ${error.message}`);
  shuttingDown = true;
  await stopAll(1);
}

step('Request for quote: Lone Star Robotics publishes an RFQ; the worker invites suppliers');
let rfq;
try {
  rfq = await ensureDemoRfq(base, DEMO_ACCOUNTS);
  for (const line of rfq.lines) console.log(`  ${line}`);
} catch (error) {
  console.error(`  The RFQ step failed: ${error.message}`);
  shuttingDown = true;
  await stopAll(1);
}

step('Quotes: two suppliers quote a second RFQ, one in pesos and one in dollars; the buyer closes it and reads both');
let quotes;
try {
  quotes = await ensureDemoQuotes(base, DEMO_ACCOUNTS);
  for (const line of quotes.lines) console.log(`  ${line}`);
} catch (error) {
  console.error(`  The quotes step failed: ${error.message}`);
  shuttingDown = true;
  await stopAll(1);
}

step('Comparison and award: the admin enters today\'s peso rate (a demo figure), the buyer compares the landed costs and awards each line');
let award;
try {
  award = await ensureDemoAward(base, DEMO_ACCOUNTS, quotes.rfqId);
  for (const line of award.lines) console.log(`  ${line}`);
} catch (error) {
  console.error(`  The award step failed: ${error.message}`);
  shuttingDown = true;
  await stopAll(1);
}

step('Rating: the buyer rates the supplier it awarded; the supplier replies, publicly, in Spanish');
let rating;
try {
  rating = await ensureDemoRating(base, DEMO_ACCOUNTS, award.rfqId);
  for (const line of rating.lines) console.log(`  ${line}`);
} catch (error) {
  console.error(`  The rating step failed: ${error.message}`);
  shuttingDown = true;
  await stopAll(1);
}

console.log(`
Puente is running (Ctrl-C stops everything):
  Web app        ${base}/   (English and Spanish; sign in with a login below)
  API            ${base}/api/v1
  API docs       ${base}/api/docs   (OpenAPI JSON: ${base}/api/docs-json)
  Error codes    ${base}/api/v1/meta/error-codes
  Readiness      ${base}/health/ready   (worker: http://localhost:${workerHealthPort}/health/ready)
  Sign in        POST ${base}/api/v1/auth/sign-in  {"email", "password", "client": "api"}
                 buyer     ${DEMO_ACCOUNTS.buyer.email}  /  ${DEMO_ACCOUNTS.buyer.password}   (${DEMO_ACCOUNTS.buyer.organization.name})
                 supplier  ${DEMO_ACCOUNTS.supplier.email}  /  ${DEMO_ACCOUNTS.supplier.password}   (${DEMO_ACCOUNTS.supplier.organization.name})
                 supplier  ${DEMO_ACCOUNTS.claimant.email}  /  ${DEMO_ACCOUNTS.claimant.password}   (${DEMO_ACCOUNTS.claimant.organization.name}, the claimed RETC plant)
                 colleague ${DEMO_ACCOUNTS.colleague.email}  /  ${DEMO_ACCOUNTS.colleague.password}   (member at ${DEMO_ACCOUNTS.buyer.organization.name})
                 admin     ${DEMO_ACCOUNTS.admin.email}  /  ${DEMO_ACCOUNTS.admin.password}
  Notices        GET ${base}/api/v1/notifications   (with the buyer's access token: the colleague joined)
  Mail           e-mails the worker sent are files in ${env.MAIL_DIR ?? '.puente/mail'} (set SMTP_URL to send them for real)
  Capabilities   ${base}/capabilities   (the bilingual vocabulary: browse, search, "what does this text map to?")
  Transit        ${base}/transit   (a Mexican place and a US ZIP: the best border crossing and the days by truck)
  Directory      ${base}/directory   (Find your plant: the RETC and DENUE plants as listings; "This is my company" claims one)
  Reference data loaded into PostgreSQL by db:migrate (catalog_* tables) and served under ${base}/api/v1/catalog:
                 ${tour.join('\n                 ')}
  Find suppliers ${base}/search?q=aluminum+die+casting&zip=75201   (the buyer search page: reasons as chips, a map)
  Search         GET ${base}/api/v1/suppliers/search?q=...&zip=...   (English or Spanish; POST /api/v1/matching/suppliers for buyers)
                 ${searchLines.join('\n                 ')}
  RFQ            ${base}/rfqs/${rfq.rfqId}   (Lone Star Robotics' open RFQ: ${rfq.invitationCount} invitations, one to Maquinados del Bajío;
                 the supplier sees it at ${base}/opportunities/${rfq.rfqId}; API: GET ${base}/api/v1/rfqs/${rfq.rfqId}/invitations)
  Quotes         ${base}/rfqs/${quotes.rfqId}   (${award.state}, ${quotes.quoteCount} quotes unsealed: ${quotes.described};
                 API: GET ${base}/api/v1/rfqs/${quotes.rfqId}/quotes${quotes.pdfQuoteId ? `; a quote's PDF: ${base}/api/v1/quotes/${quotes.pdfQuoteId}/pdf` : ''})
  Award          ${base}/rfqs/${award.rfqId}/compare   (the comparison, frozen: landed cost per unit in USD at a demo peso rate; ${award.state}: ${award.described};
                 API: GET ${base}/api/v1/rfqs/${award.rfqId}/comparison, GET ${base}/api/v1/rfqs/${award.rfqId}/awards)
  Rating         ${base}/rfqs/${award.rfqId}/compare → "Your rating of …"   (${rating.described}; the supplier reads it at ${base}/ratings;
                 API: GET ${base}/api/v1/rfqs/${award.rfqId}/ratings, GET ${base}/api/v1/supplier-ratings)
`);
