import type { InvalidVariable } from './config-validation.error';

/**
 * MEILI_URL means "search on Meilisearch"; a server behind it always has a master key in production, and
 * starting without one would fail on the first search instead of at boot. So the key is required with the URL.
 */
export function meiliConfigProblems(env: { MEILI_URL?: unknown; MEILI_MASTER_KEY?: unknown }): InvalidVariable[] {
  if (env.MEILI_URL === undefined || env.MEILI_URL === '') return [];
  if (env.MEILI_MASTER_KEY !== undefined && env.MEILI_MASTER_KEY !== '') return [];
  return [{ variable: 'MEILI_MASTER_KEY', problems: ['must be set when MEILI_URL is set: Meilisearch needs its master key'] }];
}
