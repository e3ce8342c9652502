// The search-speed bench's data: a database of its own, `puente_bench_search_<size>`, migrated with the
// built migrate program and filled through the built import command (real RETC + DENUE, then a generated
// file of size − 11,338 rows, then a few freshness fixtures). It is kept between runs with --reuse, because
// 500,000 rows take minutes to import; every run migrates again (new search migrations land on it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { withBuildLock } from '../../../tools/build-lock.mjs';
import { WORKSPACE } from '../../../tools/ensure-installed.mjs';
import { toolEnv } from '../../../tools/tool-env.mjs';

const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATA = join(WORKSPACE, 'libs/suppliers/data/directory');
export const RETC = join(DATA, 'mx_retc_manufacturing_establishments_2013_2022.csv');
export const DENUE = join(DATA, 'mx_denue_manufacturing_istmo_oax_ver.csv');
/** Listings the two real files give (RETC 4,455 + DENUE 6,883 rows); the generated file tops them up to the size. */
export const REAL_ROWS = 4455 + 6883;
export const FRESHNESS_REGISTRY = 'SBFRESH';
export const FRESHNESS_LISTINGS = 40;

export function databaseName(size) {
  return `puente_bench_search_${size}`;
}

export function databaseUrl(size) {
  return Object.assign(new URL(server), { pathname: `/${databaseName(size)}` }).toString();
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function databaseExists(size) {
  const { rows } = await admin(`SELECT 1 FROM pg_database WHERE datname = '${databaseName(size)}'`);
  return rows.length > 0;
}

export async function dropDatabase(size) {
  await admin(`DROP DATABASE IF EXISTS ${databaseName(size)} WITH (FORCE)`);
}

export async function buildApps() {
  const status = await withBuildLock(
    () => spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,worker'], { cwd: WORKSPACE, stdio: 'ignore', env: toolEnv }).status,
  );
  if (status !== 0) throw new Error('build failed (npx nx run-many -t build --projects=api,worker)');
}

function migrate(url) {
  const started = performance.now();
  const migrated = spawnSync(process.execPath, ['dist/apps/api/migrate.cjs'], {
    cwd: WORKSPACE,
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
    stdio: 'inherit',
  });
  if (migrated.status !== 0) throw new Error('migration failed');
  return (performance.now() - started) / 1000;
}

/** Runs a built program with the bench env; resolves with its stdout and wall seconds (stderr passes through). */
export function runProgram(program, args, env) {
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
 * Fixture listings for the freshness probe: real RETC rows with a made-up, unique one-word name each
 * ("Zorvexa"), so a search for that word must return exactly that listing once it is searchable.
 */
function writeFreshnessFile(file) {
  const lines = readFileSync(RETC, 'utf8').split('\n');
  const header = lines[0].split(',');
  const nra = header.indexOf('nra');
  const legal = header.indexOf('razon_social');
  const trade = header.indexOf('establecimiento');
  // Rows without quoted cells, so a plain split is safe.
  const plain = lines.slice(1).filter((line) => line && !line.includes('"'));
  const rows = Array.from({ length: FRESHNESS_LISTINGS }, (_, index) => {
    const cells = plain[(index * 97) % plain.length].split(',');
    cells[nra] = `SBF${String(index).padStart(10, '0')}`;
    cells[legal] = `${freshnessWord(index)} SA de CV`;
    cells[trade] = freshnessWord(index);
    return cells.join(',');
  });
  writeFileSync(file, `${lines[0]}\n${rows.join('\n')}\n`);
}

/** A pronounceable word no real listing has (letters only, so every tokenizer keeps it whole). */
export function freshnessWord(index) {
  const consonants = 'bdfgklmnprstvz';
  const vowels = 'aeiou';
  let n = index + 7919;
  let word = 'Zq';
  for (let i = 0; i < 3; i++) {
    word += consonants[n % consonants.length] + vowels[Math.floor(n / consonants.length) % vowels.length];
    n = Math.floor(n / 3) + 17 * (i + 1);
  }
  return `${word}x${'abcdefghijklmnopqrstuvwxyz'[index % 26]}${'abcdefghijklmnopqrstuvwxyz'[Math.floor(index / 26) % 26]}`;
}

async function completedImports(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT registry, (counts->>'rows')::int AS rows FROM directory_imports WHERE status = 'completed' AND NOT dry_run`,
    );
    return new Map(rows.map((row) => [row.registry, row.rows]));
  } catch {
    return new Map();
  } finally {
    await client.end();
  }
}

/**
 * Creates (or, with reuse, finds) the database filled for `size` listings. Returns what it did, for the
 * report: migrate seconds, and each import's report (skipped when reused).
 */
export async function prepareDatabase(size, { reuse, env, log }) {
  const url = databaseUrl(size);
  const exists = await databaseExists(size);
  if (exists && !reuse) {
    log(`dropping ${databaseName(size)} (run with --reuse to keep it between runs)`);
    await dropDatabase(size);
  }
  if (!exists || !reuse) await admin(`CREATE DATABASE ${databaseName(size)}`);
  const migrateSeconds = migrate(url);

  mkdirSync(join(WORKSPACE, 'tmp/bench'), { recursive: true });
  const generatedRows = size - REAL_ROWS;
  const generatedFile = join(WORKSPACE, 'tmp/bench', `directory-generated-${generatedRows}-seed1.csv`);
  const freshnessFile = join(WORKSPACE, 'tmp/bench', 'search-speed-freshness.csv');
  writeFreshnessFile(freshnessFile);

  const done = await completedImports(url);
  const runs = [
    { registry: 'RETC', file: RETC, format: 'retc', rows: 4455 },
    { registry: 'DENUE', file: DENUE, format: 'denue', rows: 6883 },
    { registry: 'GEN', file: generatedFile, format: 'retc', rows: generatedRows },
    { registry: FRESHNESS_REGISTRY, file: freshnessFile, format: 'retc', rows: FRESHNESS_LISTINGS },
  ];
  const imports = [];
  for (const run of runs) {
    if (done.get(run.registry) === run.rows) {
      imports.push({ ...run, skipped: true });
      continue;
    }
    if (run.registry === 'GEN' && !existsSync(generatedFile)) {
      log(`generating ${generatedRows} rows (seed 1)...`);
      const generated = spawnSync(
        process.execPath,
        [join(WORKSPACE, 'dist/apps/api/directory-generate.cjs'), '--rows', String(generatedRows), '--seed', '1', '--out', generatedFile],
        { cwd: WORKSPACE, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      if (generated.status !== 0) throw new Error(`directory-generate failed:\n${generated.stderr}`);
    }
    log(`importing ${run.registry} (${run.rows} rows)...`);
    const { stdout, seconds } = await runProgram(
      'dist/apps/api/directory-import.cjs',
      [run.file, '--format', run.format, '--registry', run.registry, '--json'],
      { ...env, DATABASE_URL: url },
    );
    imports.push({ ...run, seconds, report: JSON.parse(stdout.trim().split('\n').pop()) });
  }
  return { url, migrateSeconds, imports, reused: exists && reuse };
}
