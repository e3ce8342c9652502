import type { InvalidVariable } from './config-validation.error';

/** What S3 storage cannot work without; S3_ENDPOINT and S3_FORCE_PATH_STYLE are optional. */
export const S3_REQUIRED = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
const S3_OPTIONAL = ['S3_ENDPOINT', 'S3_FORCE_PATH_STYLE'] as const;

/**
 * S3 settings are all or nothing: one S3_* variable set means S3 storage was meant, and starting on
 * local disk instead would keep files where the other instances cannot see them. So every required
 * variable still unset is named, rather than falling back silently.
 */
export function s3ConfigProblems(env: Partial<Record<(typeof S3_REQUIRED)[number] | (typeof S3_OPTIONAL)[number], unknown>>): InvalidVariable[] {
  const set = [...S3_REQUIRED, ...S3_OPTIONAL].filter((name) => env[name] !== undefined && env[name] !== '');
  if (set.length === 0) return [];
  return S3_REQUIRED.filter((name) => !set.includes(name)).map((variable) => ({
    variable,
    problems: [`must be set when ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set: S3 storage needs ${S3_REQUIRED.join(', ')}`],
  }));
}
