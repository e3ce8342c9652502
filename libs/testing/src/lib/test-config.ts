import { ApiEnvironment, loadConfig, WorkerEnvironment, type LoadedConfig } from '@puente/platform';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Redis key prefix no other run or test uses, so tests delete only their own keys. */
export function uniqueRedisPrefix(label = 'test'): string {
  return `ptest-${process.env.PUENTE_TEST_RUN ?? process.pid}-${label}-${randomBytes(3).toString('hex')}`;
}

export function temporaryDirectory(label = 'puente'): string {
  return mkdtempSync(join(tmpdir(), `${label}-`));
}

/**
 * The environment an app under test gets: this run's database, its own Redis prefix and data
 * dir, and short queue timings so retries happen within a test.
 */
export function testEnvironment(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: process.env.DATABASE_URL ?? '',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: uniqueRedisPrefix(),
    PUENTE_DATA_DIR: temporaryDirectory(),
    LOG_LEVEL: 'warn',
    CORS_ORIGINS: 'http://localhost:4200',
    QUEUE_BACKOFF_MS: '100',
    OUTBOX_POLL_INTERVAL_MS: '200',
    ...overrides,
  };
}

export function testApiConfig(overrides: Record<string, string> = {}): LoadedConfig<ApiEnvironment> {
  return loadConfig(ApiEnvironment, testEnvironment(overrides));
}

export function testWorkerConfig(overrides: Record<string, string> = {}): LoadedConfig<WorkerEnvironment> {
  return loadConfig(WorkerEnvironment, testEnvironment(overrides));
}
