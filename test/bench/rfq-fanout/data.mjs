// The rfq-fanout bench's data: a database of its own (`puente_bench_rfqfanout_<pid>`), migrated with the built
// migrate program and filled the way production fills it: the real RETC and DENUE files through the built
// import command (11,317 unclaimed listings after merges), then some of the listings of one process family claimed by supplier
// organizations (one owner each, written in SQL the way an approved claim leaves them: the profile and its
// plants carry the organization), then the search index built by the built `search:reindex` command.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { withBuildLock } from '../../../tools/build-lock.mjs';
import { WORKSPACE } from '../../../tools/ensure-installed.mjs';
import { toolEnv } from '../../../tools/tool-env.mjs';

const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DIRECTORY = join(WORKSPACE, 'libs/suppliers/data/directory');
const IMPORTS = [
  { registry: 'RETC', file: join(DIRECTORY, 'mx_retc_manufacturing_establishments_2013_2022.csv'), format: 'retc' },
  { registry: 'DENUE', file: join(DIRECTORY, 'mx_denue_manufacturing_istmo_oax_ver.csv'), format: 'denue' },
];

export const databaseName = `puente_bench_rfqfanout_${process.pid}`;
export const databaseUrl = Object.assign(new URL(server), { pathname: `/${databaseName}` }).toString();

async function admin(sql) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function dropDatabase() {
  await admin(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
}

export async function buildApps() {
  const status = await withBuildLock(
    () => spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,worker'], { cwd: WORKSPACE, stdio: 'ignore', env: toolEnv }).status,
  );
  if (status !== 0) throw new Error('build failed (npx nx run-many -t build --projects=api,worker)');
}

/** Runs a built program; resolves with its stdout and wall seconds (stderr passes through). */
function runProgram(program, args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(WORKSPACE, program), ...args], { cwd: WORKSPACE, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${program} ${args.join(' ')} exited with ${code}:\n${stdout.slice(-4000)}`));
      else resolve({ stdout, seconds });
    });
  });
}

/**
 * Claims `count` published listings of a process family for as many new supplier organizations (Mexican, Spanish),
 * each with one verified owner, so the fan-out meets claimed profiles (invited first, notified) as well as
 * unclaimed listings (invited, never notified).
 */
async function claimListings(pool, count, process) {
  const { rows: listings } = await pool.query(
    `SELECT id FROM supplier_profiles
      WHERE origin = 'directory' AND organization_id IS NULL AND state = 'published' AND published_data->'processes' ? $1
      ORDER BY id LIMIT $2`,
    [process, count],
  );
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const [index, listing] of listings.entries()) {
      const { rows: organization } = await client.query(
        `INSERT INTO organizations (kind, name, country, language, time_zone, created_at)
         VALUES ('supplier', $1, 'MX', 'es', 'America/Mexico_City', now()) RETURNING id`,
        [`Proveedor de banco ${index + 1}`],
      );
      const { rows: user } = await client.query(
        `INSERT INTO users (email, name, password_hash, language, time_zone, email_verified_at, created_at, updated_at)
         VALUES ($1, $2, 'not-a-real-hash', 'es', 'America/Mexico_City', now(), now(), now()) RETURNING id`,
        [`rfq-bench-supplier-${index + 1}@bench.puente.example`, `Proveedor ${index + 1}`],
      );
      await client.query(`INSERT INTO memberships (user_id, organization_id, role, created_at) VALUES ($1, $2, 'owner', now())`, [user[0].id, organization[0].id]);
      await client.query(`UPDATE supplier_profiles SET organization_id = $1, updated_at = now() WHERE id = $2`, [organization[0].id, listing.id]);
      await client.query(`UPDATE supplier_plants SET organization_id = $1, updated_at = now() WHERE profile_id = $2`, [organization[0].id, listing.id]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return listings.length;
}

/** Creates, migrates and fills the bench database; returns a pool on it and what was done, for the report. */
export async function prepareDatabase({ env, claimed, claimProcess, log }) {
  await dropDatabase();
  await admin(`CREATE DATABASE ${databaseName}`);
  log(`migrating ${databaseName}...`);
  const migrated = spawnSync(process.execPath, ['dist/apps/api/migrate.cjs'], {
    cwd: WORKSPACE,
    env: { ...env, LOG_LEVEL: 'silent' },
    stdio: 'inherit',
  });
  if (migrated.status !== 0) throw new Error('migration failed');
  const imports = [];
  for (const run of IMPORTS) {
    log(`importing ${run.registry} through dist/apps/api/directory-import.cjs...`);
    const { stdout, seconds } = await runProgram('dist/apps/api/directory-import.cjs', [run.file, '--format', run.format, '--registry', run.registry, '--json'], env);
    const report = JSON.parse(stdout.trim().split('\n').pop());
    log(`  ${run.registry}: ${report.inserted} listings inserted in ${seconds.toFixed(1)} s`);
    imports.push({ registry: run.registry, seconds, report });
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  pool.on('error', () => undefined);
  log(`claiming ${claimed} ${claimProcess} listings for supplier organizations...`);
  const claimedCount = await claimListings(pool, claimed, claimProcess);
  log('building the search index with dist/apps/api/search-reindex.cjs...');
  const reindex = await runProgram('dist/apps/api/search-reindex.cjs', [], env);
  log(`  index built in ${reindex.seconds.toFixed(1)} s`);
  // The imports' and claims' change events are covered by the rebuild: the worker starts with an empty
  // outbox, as a live system would, so the bench measures only the fan-out.
  await pool.query(`UPDATE outbox_messages SET sent_at = now() WHERE sent_at IS NULL`);
  return { pool, imports, claimedCount, reindexSeconds: reindex.seconds };
}

/** What the index holds, for the report's data line. */
export async function dataFigures(pool, process) {
  const { rows } = await pool.query(
    `SELECT (SELECT count(*) FROM supplier_profiles WHERE state = 'published')::int AS published,
            (SELECT count(*) FROM supplier_profiles WHERE state = 'published' AND organization_id IS NOT NULL)::int AS claimed,
            (SELECT count(*) FROM supplier_profiles WHERE state = 'published' AND published_data->'processes' ? $1)::int AS with_process,
            (SELECT count(*) FROM search_documents)::int AS documents`,
    [process],
  );
  return rows[0];
}
