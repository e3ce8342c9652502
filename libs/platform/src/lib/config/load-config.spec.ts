import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigValidationError } from './config-validation.error';
import { ApiEnvironment, CommonEnvironment } from './environment.schema';
import { loadConfig } from './load-config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'puente-config-'));

function problemsOf(env: Record<string, string>): Record<string, string[]> {
  try {
    loadConfig(ApiEnvironment, env);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    return Object.fromEntries(error.invalid.map(({ variable, problems }) => [variable, problems]));
  }
  throw new Error('expected the environment to be rejected');
}

describe('loadConfig', () => {
  it('starts in development with nothing set, using local defaults', () => {
    const config = loadConfig(ApiEnvironment, { PUENTE_DATA_DIR: dataDir() });
    expect(config.NODE_ENV).toBe('development');
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/puente');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('converts numbers and lets a set variable win over its default', () => {
    const config = loadConfig(ApiEnvironment, { PUENTE_DATA_DIR: dataDir(), PORT: '8080', RATE_LIMIT_MAX_REQUESTS: '7' });
    expect(config.PORT).toBe(8080);
    expect(config.RATE_LIMIT_MAX_REQUESTS).toBe(7);
  });

  it('names every invalid variable with its problem', () => {
    const problems = problemsOf({ PUENTE_DATA_DIR: dataDir(), PORT: '70000', DATABASE_URL: 'mysql://x', REDIS_COMMAND_TIMEOUT_MS: 'soon' });
    expect(Object.keys(problems).sort()).toEqual(['DATABASE_URL', 'PORT', 'REDIS_COMMAND_TIMEOUT_MS']);
    expect(problems.PORT).toEqual(['PORT must be an integer between 1 and 65535']);
  });

  it('rejects an unknown NODE_ENV before anything else', () => {
    expect(problemsOf({ NODE_ENV: 'staging' })).toEqual({ NODE_ENV: ['must be one of development, test, production'] });
  });

  it('requires DATABASE_URL and REDIS_URL in production, and nothing else', () => {
    expect(problemsOf({ NODE_ENV: 'production', PUENTE_DATA_DIR: dataDir() })).toEqual({
      DATABASE_URL: ['must be set when NODE_ENV=production'],
      REDIS_URL: ['must be set when NODE_ENV=production'],
    });
    const config = loadConfig(ApiEnvironment, {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/puente',
      REDIS_URL: 'redis://cache:6379',
      PUENTE_DATA_DIR: dataDir(),
    });
    expect(config.CORS_ORIGINS).toBe('');
  });

  it('generates a missing secret once, stores it, warns, and reuses it', () => {
    const dir = dataDir();
    const first = loadConfig(CommonEnvironment, { PUENTE_DATA_DIR: dir });
    expect(first.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(first.warnings[0]).toContain('SESSION_SECRET was not set: generated one');
    expect(readFileSync(join(dir, 'secrets', 'SESSION_SECRET'), 'utf8')).toBe(first.SESSION_SECRET);

    const second = loadConfig(CommonEnvironment, { PUENTE_DATA_DIR: dir });
    expect(second.SESSION_SECRET).toBe(first.SESSION_SECRET);
    expect(second.warnings[0]).toContain('using the one generated earlier');
  });

  it('prefers a set secret over a stored one and validates it', () => {
    const dir = dataDir();
    loadConfig(CommonEnvironment, { PUENTE_DATA_DIR: dir });
    const explicit = 'x'.repeat(40);
    const config = loadConfig(CommonEnvironment, { PUENTE_DATA_DIR: dir, SESSION_SECRET: explicit });
    expect(config.SESSION_SECRET).toBe(explicit);
    expect(config.warnings).toEqual([]);
    expect(() => loadConfig(CommonEnvironment, { PUENTE_DATA_DIR: dir, SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET must be at least 32/);
  });
});
