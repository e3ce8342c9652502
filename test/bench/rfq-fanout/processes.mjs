// The built API and worker, started by the rfq-fanout bench (and the comparison bench) on its own database
// with a Redis prefix of its own. Each program's stdout (JSON log lines) goes to tmp/bench/<bench>-<name>.log
// for a post-mortem.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { WORKSPACE } from '../../../tools/ensure-installed.mjs';

async function waitReady(url, child, name, bench) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready (see tmp/bench/${bench}-${name}.log)`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // starting
    }
    await sleep(200);
  }
  throw new Error(`${name} not ready at ${url} after 120 s`);
}

function start(program, env, name, bench) {
  mkdirSync(join(WORKSPACE, 'tmp/bench'), { recursive: true });
  const log = openSync(join(WORKSPACE, 'tmp/bench', `${bench}-${name}.log`), 'a');
  const child = spawn(process.execPath, [join(WORKSPACE, program)], { cwd: WORKSPACE, env, stdio: ['ignore', log, 'inherit'] });
  closeSync(log);
  return child;
}

export function stop(child) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', done);
    child.kill('SIGTERM');
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 15_000).unref();
  });
}

export async function startApi(env, port, bench = 'rfq-fanout') {
  // The bench is one client sending thousands of requests; the per-client rate limit would refuse most.
  const api = start('dist/apps/api/main.cjs', { ...env, PORT: String(port), RATE_LIMIT_MAX_REQUESTS: '100000000' }, 'api', bench);
  await waitReady(`http://127.0.0.1:${port}/health/ready`, api, 'api', bench);
  return api;
}

export async function startWorker(env, port, bench = 'rfq-fanout') {
  const worker = start('dist/apps/worker/main.cjs', { ...env, WORKER_HEALTH_PORT: String(port) }, 'worker', bench);
  await waitReady(`http://127.0.0.1:${port}/health/ready`, worker, 'worker', bench);
  return worker;
}
