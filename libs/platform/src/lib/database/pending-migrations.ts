import type { DataSource, MigrationInterface } from 'typeorm';

export type MigrationClass = new () => MigrationInterface;

/** Names of known migrations not yet applied to the database (all of them before the first run). */
export async function pendingMigrations(dataSource: DataSource, migrations: MigrationClass[]): Promise<string[]> {
  const known = migrations.map((migration) => new migration().name ?? migration.name);
  const [{ exists }]: Array<{ exists: boolean }> = await dataSource.query(
    `SELECT to_regclass('schema_migrations') IS NOT NULL AS exists`,
  );
  if (!exists) return known;
  const applied: Array<{ name: string }> = await dataSource.query('SELECT name FROM schema_migrations');
  const appliedNames = new Set(applied.map((row) => row.name));
  return known.filter((name) => !appliedNames.has(name));
}
