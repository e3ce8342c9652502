import type { ClassConstructor } from 'class-transformer';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigValidationError } from './config-validation.error';
import { ApiEnvironment, WorkerEnvironment, type CommonEnvironment } from './environment.schema';
import { loadConfig } from './load-config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'puente-config-'));

function problemsOf(schema: ClassConstructor<CommonEnvironment>, env: Record<string, string>): Record<string, string[]> {
  try {
    loadConfig(schema, { PUENTE_DATA_DIR: dataDir(), ...env });
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    return Object.fromEntries(error.invalid.map(({ variable, problems }) => [variable, problems]));
  }
  throw new Error('expected the environment to be rejected');
}

describe('Meilisearch configuration', () => {
  it('needs nothing: without MEILI_URL search stays on PostgreSQL', () => {
    const config = loadConfig(ApiEnvironment, { PUENTE_DATA_DIR: dataDir() });
    expect(config.MEILI_URL).toBeUndefined();
    expect(config.MEILI_MASTER_KEY).toBeUndefined();
  });

  it('takes a URL with its master key', () => {
    const config = loadConfig(WorkerEnvironment, { PUENTE_DATA_DIR: dataDir(), MEILI_URL: 'http://meilisearch:7700', MEILI_MASTER_KEY: 'a-master-key-of-32-characters-xx' });
    expect(config.MEILI_URL).toBe('http://meilisearch:7700');
    expect(config.MEILI_MASTER_KEY).toBe('a-master-key-of-32-characters-xx');
  });

  it.each<ClassConstructor<CommonEnvironment>>([ApiEnvironment, WorkerEnvironment])('refuses MEILI_URL without MEILI_MASTER_KEY, naming the key (%p)', (schema) => {
    expect(problemsOf(schema, { MEILI_URL: 'http://127.0.0.1:7700' })).toEqual({
      MEILI_MASTER_KEY: ['must be set when MEILI_URL is set: Meilisearch needs its master key'],
    });
  });

  it('refuses a URL that is not http(s) and a short key', () => {
    const problems = problemsOf(ApiEnvironment, { MEILI_URL: '127.0.0.1:7700', MEILI_MASTER_KEY: 'short' });
    expect(problems['MEILI_URL']).toEqual(['MEILI_URL must be an http:// or https:// URL']);
    expect(problems['MEILI_MASTER_KEY']).toEqual(['MEILI_MASTER_KEY must be at least 16 characters (Meilisearch refuses shorter ones in production)']);
  });
});
