import { dropTestDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.PUENTE_TEST_DATABASE;
  if (name) await dropTestDatabase(name);
}
