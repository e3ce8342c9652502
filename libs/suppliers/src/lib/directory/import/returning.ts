import type { QueryRunner } from 'typeorm';

/**
 * The rows an UPDATE ... RETURNING gave. TypeORM's plain `query()` answers `[rows, rowCount]` for UPDATE
 * and DELETE on PostgreSQL but the rows for SELECT and INSERT; the structured result is the same for all.
 */
export async function returningRows<T>(runner: QueryRunner, sql: string, parameters: unknown[]): Promise<T[]> {
  const result = await runner.query(sql, parameters, true);
  return result.records as T[];
}
