import { randomBytes } from 'node:crypto';
import { createTestDatabase, databaseUrl, dropTestDatabase, TEST_DATABASE_PREFIX } from './jest/test-database';

export interface SuiteDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

/**
 * A database of the suite's own: a copy of the migrated template (fast), or empty when the suite
 * is about migrations themselves.
 */
export async function suiteDatabase(options: { empty?: boolean } = {}): Promise<SuiteDatabase> {
  const run = process.env.PUENTE_TEST_RUN;
  const template = process.env.PUENTE_TEST_TEMPLATE;
  if (!run || !template) throw new Error('suiteDatabase() needs the Jest global setup of libs/testing');
  const name = `${TEST_DATABASE_PREFIX}${run}_${randomBytes(4).toString('hex')}`;
  await createTestDatabase(name, options.empty ? undefined : template);
  return { name, url: databaseUrl(name), drop: () => dropTestDatabase(name) };
}
