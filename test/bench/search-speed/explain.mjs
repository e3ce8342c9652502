// EXPLAIN (ANALYZE, BUFFERS) of the SQL the engine really sends, without knowing how it builds it:
// auto_explain is loaded for new sessions of the bench database only (ALTER DATABASE ... SET, reset
// afterwards), the API is restarted so its pool picks that up, the slowest class's queries run again at
// concurrency 1, and the plans are read back from the server's log (lines of this database only).
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { drive } from './load.mjs';
import { stop } from './processes.mjs';

const SERVER_LOG = process.env.BENCH_POSTGRES_LOG ?? '/var/log/postgresql/postgresql-15-main.log';
const REPLAYED = 20;

function readFrom(file, offset) {
  const size = statSync(file).size;
  const buffer = Buffer.alloc(Math.max(0, size - offset));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

/** The log's entries (a prefixed first line and its tab-indented continuation lines) for one database. */
function plansOf(text, database) {
  const entries = [];
  for (const line of text.split('\n')) {
    if (/^\d{4}-\d\d-\d\d \d\d:/.test(line)) entries.push([line]);
    else if (entries.length) entries[entries.length - 1].push(line);
  }
  return entries
    .filter((lines) => lines[0].includes(`@${database} `) && lines[0].includes('plan:'))
    .map((lines) => ({ ms: Number(/duration: ([\d.]+) ms/.exec(lines[0])?.[1] ?? 0), text: lines.slice(1).join('\n').replace(/^\t/gm, '') }))
    .filter((plan) => /search_(documents|postings|terms)/.test(plan.text));
}

export async function explainSlowest({ env, port, database, requests, className, startApi }) {
  const { rows } = await database.query('SELECT current_database() AS name');
  const name = rows[0].name;
  let offset;
  try {
    offset = statSync(SERVER_LOG).size;
  } catch {
    return { className, error: `the server log ${SERVER_LOG} is not readable here (set BENCH_POSTGRES_LOG)` };
  }
  const settings = {
    session_preload_libraries: 'auto_explain',
    'auto_explain.log_min_duration': '0',
    'auto_explain.log_analyze': 'on',
    'auto_explain.log_buffers': 'on',
    'auto_explain.log_timing': 'on',
    'auto_explain.log_nested_statements': 'on',
  };
  for (const [key, value] of Object.entries(settings)) await database.query(`ALTER DATABASE ${name} SET ${key} = '${value}'`);
  let api;
  try {
    api = await startApi(env, port);
    await drive(`http://127.0.0.1:${port}`, requests.slice(0, REPLAYED), 1);
  } finally {
    await stop(api);
    for (const key of Object.keys(settings)) await database.query(`ALTER DATABASE ${name} RESET ${key}`);
  }
  const plans = plansOf(readFrom(SERVER_LOG, offset), name);
  if (!plans.length) return { className, error: 'auto_explain logged no plan touching search_* tables for this database' };
  const slowest = [...plans].sort((a, b) => b.ms - a.ms)[0];
  const perStatement = plans.map((plan) => plan.ms).sort((a, b) => a - b);
  return { className, replayed: REPLAYED, statements: plans.length, medianMs: perStatement[Math.floor(perStatement.length / 2)], slowest };
}
