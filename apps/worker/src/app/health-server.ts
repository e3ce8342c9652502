import { AppError, errorResponseBody, pendingMigrations, QueueRegistry } from '@puente/platform';
import { ALL_MIGRATIONS } from '@puente/schema';
import type { INestApplicationContext } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

const CHECK_TIMEOUT_MS = 1_500;

function withTimeout<T>(work: Promise<T>, label: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${label} did not answer in ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref()),
  ]);
}

async function readiness(app: INestApplicationContext, isStopping: () => boolean): Promise<AppError | null> {
  if (isStopping()) {
    return new AppError('NOT_READY', { details: [{ field: 'process', issue: 'shutting_down', message: 'this worker is shutting down' }] });
  }
  const failures: Array<{ field: string; issue: string; message: string }> = [];
  const dataSource = app.get(DataSource);
  let pending: string[] = [];
  // Anyone who can reach the port may ask: name the dependency, never the driver's message.
  try {
    pending = await withTimeout(pendingMigrations(dataSource, ALL_MIGRATIONS), 'database');
  } catch {
    failures.push({ field: 'database', issue: 'unreachable', message: 'database did not answer' });
  }
  try {
    await withTimeout(app.get(QueueRegistry).ping(), 'redis');
  } catch {
    failures.push({ field: 'redis', issue: 'unreachable', message: 'redis did not answer' });
  }
  if (failures.length > 0) return new AppError('NOT_READY', { details: failures });
  if (pending.length > 0) {
    return new AppError('MIGRATIONS_PENDING', {
      details: pending.map((name) => ({ field: 'database', issue: 'migration_pending', message: name })),
    });
  }
  return null;
}

/** The worker's only HTTP: /health/live and /health/ready, in the API's error shape. */
export function startHealthServer(app: INestApplicationContext, port: number, isStopping: () => boolean): Promise<Server> {
  const server = createServer(async (request, response) => {
    const requestId = randomUUID();
    response.setHeader('content-type', 'application/json');
    response.setHeader('x-request-id', requestId);
    if (request.url === '/health/live') {
      response.end(JSON.stringify({ status: 'ok' }));
      return;
    }
    if (request.url === '/health/ready') {
      const problem = await readiness(app, isStopping);
      response.statusCode = problem ? problem.status : 200;
      response.end(JSON.stringify(problem ? errorResponseBody(problem, requestId, 'en') : { status: 'ok' }));
      return;
    }
    response.statusCode = 404;
    response.end(JSON.stringify(errorResponseBody(new AppError('NOT_FOUND'), requestId, 'en')));
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}
