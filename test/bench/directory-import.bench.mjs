// npm run bench -- directory-import [--rows N]
// Times the built import command (dist/apps/api/directory-import.cjs, one process at a time) on the real
// RETC and DENUE files, on a generated file of N rows (500,000 by default, seed 1) and on a re-run of that
// file with nothing changed, against a database of its own that is dropped at the end, also on failure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { benchEnvironment } from './bench-kit.mjs';
import { WORKSPACE } from '../../tools/ensure-installed.mjs';

const rowsFlag = process.argv.indexOf('--rows');
const generatedRows = rowsFlag > 0 ? Number(process.argv[rowsFlag + 1]) : 500_000;
if (!Number.isSafeInteger(generatedRows) || generatedRows < 1) {
  console.error('usage: npm run bench -- directory-import [--rows N]');
  process.exit(2);
}
const DATA = join(WORKSPACE, 'libs/suppliers/data/directory');
const RETC = join(DATA, 'mx_retc_manufacturing_establishments_2013_2022.csv');
const DENUE = join(DATA, 'mx_denue_manufacturing_istmo_oax_ver.csv');
const generatedFile = join(WORKSPACE, 'tmp/bench', `directory-generated-${generatedRows}-seed1.csv`);

const bench = await benchEnvironment('directory');
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: dropping the bench database`);
    await bench.cleanUp();
    process.exit(130);
  });
}

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** Runs the import command once; its last stdout line is the JSON report. */
function importOnce(file, format, registry) {
  const args = [join(WORKSPACE, 'dist/apps/api/directory-import.cjs'), file, '--format', format, '--json', ...(registry ? ['--registry', registry] : [])];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // stderr passes through: the command's progress lines show while a long file runs.
    const child = spawn(process.execPath, args, { cwd: WORKSPACE, env: bench.env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`import of ${file} exited with ${code}:\n${stdout}`));
      const last = stdout.trim().split('\n').pop();
      try {
        resolve({ ...JSON.parse(last), wallSeconds });
      } catch {
        reject(new Error(`import of ${file} printed no JSON report as its last line:\n${stdout}`));
      }
    });
  });
}

async function databaseFigures() {
  const { rows } = await bench.pool.query(
    `SELECT pg_database_size(current_database()) AS bytes,
            (SELECT count(*) FROM supplier_profiles WHERE origin = 'directory' AND state = 'published') AS listings,
            (SELECT count(*) FROM directory_sources) AS sources`,
  );
  return { bytes: Number(rows[0].bytes), listings: Number(rows[0].listings), sources: Number(rows[0].sources) };
}

try {
  mkdirSync(join(WORKSPACE, 'tmp/bench'), { recursive: true });
  const generateStarted = performance.now();
  const generated = spawnSync(
    process.execPath,
    [join(WORKSPACE, 'dist/apps/api/directory-generate.cjs'), '--rows', String(generatedRows), '--seed', '1', '--out', generatedFile],
    { cwd: WORKSPACE, stdio: ['ignore', 'inherit', 'pipe'] },
  );
  if (generated.status !== 0) throw new Error(`directory-generate failed:\n${generated.stderr}`);
  const generateSeconds = (performance.now() - generateStarted) / 1000;

  const runs = [
    { label: 'RETC (real)', file: RETC, format: 'retc' },
    { label: 'DENUE (real)', file: DENUE, format: 'denue' },
    { label: `generated ${generatedRows}`, file: generatedFile, format: 'retc', registry: 'GEN' },
    { label: `generated ${generatedRows} again`, file: generatedFile, format: 'retc', registry: 'GEN' },
  ];
  const results = [];
  for (const run of runs) {
    console.error(`directory-import bench: importing ${run.label}...`);
    const report = await importOnce(run.file, run.format, run.registry);
    results.push({ ...run, report, database: await databaseFigures() });
  }

  console.log('\ndirectory import benchmark: registry CSV → staging table → set-based upserts of listings (dist/apps/api/directory-import.cjs)');
  console.log(`machine: ${await bench.machine()}`);
  console.log(
    `data: RETC ${statSync(RETC).size} bytes, DENUE ${statSync(DENUE).size} bytes, generated ${generatedRows} rows ${mib(statSync(generatedFile).size)} (seed 1, made in ${generateSeconds.toFixed(1)} s by directory-generate)`,
  );
  console.log('concurrency: 1 import process at a time, one after the other on one database; warm-up: none (each run is a cold process); samples: 1 per file');
  console.log('');
  const header = ['run', 'rows', 'inserted', 'updated', 'unchanged', 'removed', 'merged', 'bad', 'wall s', 'rows/s', 'peak RSS', 'db size after'];
  const table = results.map(({ label, report, database }) => [
    label,
    report.rows,
    report.inserted,
    report.updated,
    report.unchanged,
    report.removed,
    report.merged,
    report.bad,
    report.wallSeconds.toFixed(1),
    Math.round(report.rows / report.wallSeconds),
    mib(report.peakRssBytes),
    mib(database.bytes),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...table.map((row) => String(row[column]).length)));
  for (const row of [header, ...table]) console.log(row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  '));
  const last = results[results.length - 1];
  console.log('');
  console.log(`after all runs: ${last.database.listings} published directory listings, ${last.database.sources} registry sources`);
  console.log('(wall s is the whole process, start-up and migration check included; the command reports its own import time as `seconds`:');
  console.log(`  ${results.map(({ label, report }) => `${label} ${Number(report.seconds).toFixed(1)} s`).join(', ')})`);
} finally {
  if (!interrupted) await bench.cleanUp();
}
