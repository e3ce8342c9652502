import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigValidationError } from './config-validation.error';
import { ApiEnvironment } from './environment.schema';
import { loadConfig } from './load-config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'puente-config-'));

const FULL_S3 = {
  S3_BUCKET: 'puente-files',
  S3_REGION: 'us-east-1',
  S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'secret',
};

function problemsOf(env: Record<string, string>): Record<string, string[]> {
  try {
    loadConfig(ApiEnvironment, { PUENTE_DATA_DIR: dataDir(), ...env });
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    return Object.fromEntries(error.invalid.map(({ variable, problems }) => [variable, problems]));
  }
  throw new Error('expected the environment to be rejected');
}

describe('storage configuration', () => {
  it('needs no S3 variable, and defaults the upload limits to 10 MiB a file and 200 MiB an organization', () => {
    const config = loadConfig(ApiEnvironment, { PUENTE_DATA_DIR: dataDir() });
    expect(config.S3_BUCKET).toBeUndefined();
    expect(config.UPLOAD_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(config.UPLOAD_QUOTA_BYTES_PER_ORGANIZATION).toBe(200 * 1024 * 1024);
  });

  it('takes a complete S3 configuration, with the optional endpoint and path style', () => {
    const config = loadConfig(ApiEnvironment, {
      PUENTE_DATA_DIR: dataDir(),
      ...FULL_S3,
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(config.S3_BUCKET).toBe('puente-files');
    expect(config.S3_FORCE_PATH_STYLE).toBe(true);
  });

  it('names every missing required variable when only S3_BUCKET is set', () => {
    const problems = problemsOf({ S3_BUCKET: 'puente-files' });
    expect(Object.keys(problems).sort()).toEqual(['S3_ACCESS_KEY_ID', 'S3_REGION', 'S3_SECRET_ACCESS_KEY']);
    expect(problems.S3_REGION).toEqual([
      'must be set when S3_BUCKET is set: S3 storage needs S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY',
    ]);
  });

  it('names S3_BUCKET when the keys are set without it: no silent fallback to local disk', () => {
    const { S3_BUCKET: _, ...withoutBucket } = FULL_S3;
    expect(Object.keys(problemsOf(withoutBucket))).toEqual(['S3_BUCKET']);
    expect(Object.keys(problemsOf({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).sort()).toEqual([
      'S3_ACCESS_KEY_ID',
      'S3_BUCKET',
      'S3_REGION',
      'S3_SECRET_ACCESS_KEY',
    ]);
  });

  it('rejects malformed S3 values and upload limits', () => {
    const problems = problemsOf({
      ...FULL_S3,
      S3_BUCKET: 'Not_A_Bucket',
      S3_ENDPOINT: 'ftp://files',
      S3_FORCE_PATH_STYLE: 'yes',
      UPLOAD_MAX_BYTES: 'ten megs',
      UPLOAD_QUOTA_BYTES_PER_ORGANIZATION: '0',
    });
    expect(Object.keys(problems).sort()).toEqual([
      'S3_BUCKET',
      'S3_ENDPOINT',
      'S3_FORCE_PATH_STYLE',
      'UPLOAD_MAX_BYTES',
      'UPLOAD_QUOTA_BYTES_PER_ORGANIZATION',
    ]);
    expect(problems.S3_FORCE_PATH_STYLE).toEqual(['S3_FORCE_PATH_STYLE must be true or false']);
  });
});
