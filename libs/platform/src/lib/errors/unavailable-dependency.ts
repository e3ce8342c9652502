import { AppError } from './app-error';

/** The dependencies a request can find unreachable, named as readiness names them. */
export type Dependency = 'database' | 'redis' | 'storage';

/** Seconds a client is asked to wait before retrying while a dependency is down. */
export const DEPENDENCY_RETRY_AFTER_SECONDS = 5;

/** Socket errors: the peer refused, reset, or never answered. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);

/**
 * SQLSTATEs PostgreSQL answers when it cannot serve rather than when the query is wrong:
 * class 08 (connection exception), 57P01-57P03 (shutting down, cannot connect now), 53300 (too many connections).
 */
const POSTGRES_UNAVAILABLE_STATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** What pg, pg-pool and TypeORM say when the connection to PostgreSQL is gone or cannot be had. */
const POSTGRES_MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end on the pool/i,
];

/** What ioredis says to a command when Redis cannot be reached (the API's client fails fast). */
const REDIS_MESSAGES = [
  /^Connection is closed\.?$/,
  /Stream isn't writeable and enableOfflineQueue options is false/,
  /^Command timed out$/,
  /Reached the max retries per request limit/,
];

interface Thrown {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  driverError?: unknown;
  errors?: unknown;
}

/** The error and what it wraps: TypeORM keeps pg's error in `driverError`, Node's happy eyeballs in `errors`. */
function* chain(thrown: unknown, depth = 0): Generator<Thrown> {
  if (depth > 5 || thrown === null || typeof thrown !== 'object') return;
  const error = thrown as Thrown;
  yield error;
  yield* chain(error.driverError, depth + 1);
  yield* chain(error.cause, depth + 1);
  if (Array.isArray(error.errors)) for (const inner of error.errors) yield* chain(inner, depth + 1);
}

/**
 * Names the dependency a thrown error says is unreachable, or undefined when the error is something
 * else (a bug, a constraint, a bad query): those stay 500 INTERNAL_ERROR.
 */
export function unavailableDependency(thrown: unknown): Dependency | undefined {
  let network = false;
  for (const error of chain(thrown)) {
    const message = typeof error.message === 'string' ? error.message : '';
    const code = typeof error.code === 'string' ? error.code : '';
    if (error.name === 'MaxRetriesPerRequestError' || REDIS_MESSAGES.some((pattern) => pattern.test(message))) return 'redis';
    if (POSTGRES_UNAVAILABLE_STATE.test(code) || POSTGRES_MESSAGES.some((pattern) => pattern.test(message))) return 'database';
    if (NETWORK_CODES.has(code)) network = true;
  }
  // A bare socket error inside a request comes from pg, which passes connect and read errors through
  // as they are; the Redis client used in requests never does (it answers with its own errors above).
  return network ? 'database' : undefined;
}

/** Whether the error (or one it wraps) is a socket error: refused, reset, timed out, host not found. */
export function isSocketError(thrown: unknown): boolean {
  for (const error of chain(thrown)) if (typeof error.code === 'string' && NETWORK_CODES.has(error.code)) return true;
  return false;
}

/** 503 DEPENDENCY_UNAVAILABLE naming the dependency; the driver's message stays in the log, never in the body. */
export function dependencyUnavailableError(dependency: Dependency, cause?: unknown): AppError {
  return new AppError('DEPENDENCY_UNAVAILABLE', {
    details: [{ field: dependency, issue: 'unreachable', message: `${dependency} did not answer` }],
    headers: { 'Retry-After': String(DEPENDENCY_RETRY_AFTER_SECONDS) },
    cause,
  });
}
