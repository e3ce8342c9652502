import type { EntityManager } from 'typeorm';
import type { ColumnType, ReferenceTable } from './reference-table';

/** What one sync did to one table; a run over unchanged data reports zeros. */
export interface TableSyncCounts {
  /** Rows the data files hold for this table. */
  rows: number;
  inserted: number;
  updated: number;
  deleted: number;
}

/**
 * Rows per INSERT. Every column travels as one array parameter, so the statement has as many
 * parameters as columns whatever the chunk; the chunk only bounds the size of one round trip.
 */
const CHUNK_ROWS = 5_000;

/** The array type each column is sent as; text[] cells travel as JSON text (see selectExpression). */
const PARAMETER_TYPE: Record<ColumnType, string> = {
  text: 'text[]',
  integer: 'integer[]',
  'double precision': 'float8[]',
  'text[]': 'text[]',
};

/**
 * Makes `table` hold exactly `spec.rows()`: a chunked `INSERT ... SELECT FROM unnest(...) ON CONFLICT
 * DO UPDATE` of the rows that are missing or differ, then one DELETE of the keys the files no longer
 * have. Run inside the caller's transaction.
 */
export async function syncTable(manager: EntityManager, spec: ReferenceTable): Promise<TableSyncCounts> {
  assertIdentifiers(spec);
  const rows = spec.rows();
  assertUniqueKeys(spec, rows);
  const counts: TableSyncCounts = { rows: rows.length, inserted: 0, updated: 0, deleted: 0 };
  const upsert = upsertStatement(spec);
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const written: Array<{ inserted: boolean }> = await manager.query(upsert, columnArrays(spec, rows.slice(start, start + CHUNK_ROWS)));
    for (const row of written) counts[row.inserted ? 'inserted' : 'updated'] += 1;
  }
  counts.deleted = await deleteMissing(manager, spec, rows);
  return counts;
}

function upsertStatement(spec: ReferenceTable): string {
  const names = spec.columns.map((column) => column.name);
  const parameters = spec.columns.map((column, index) => `$${index + 1}::${PARAMETER_TYPE[column.type]}`);
  const values = spec.columns.map(selectExpression);
  const others = names.filter((name) => !spec.key.includes(name));
  const row = (alias: string, columns: string[]) => `(${columns.map((name) => `${alias}.${name}`).join(', ')})`;
  // Rows already in the table as they are in the files are left out before the upsert: ON CONFLICT DO
  // UPDATE locks every row it meets, even when its WHERE is false, and a lock dirties the page and the
  // WAL. So a re-run only reads (measured: without this filter it locked all 42,555 ZIP rows).
  const unchanged = spec.key.map((name) => `c.${name} = v.${name}`);
  if (others.length) unchanged.push(`${row('c', others)} IS NOT DISTINCT FROM ${row('v', others)}`);
  // The WHERE keeps the upsert honest on its own: a row is rewritten only when some value differs.
  const onConflict = others.length
    ? `DO UPDATE SET ${others.map((name) => `${name} = EXCLUDED.${name}`).join(', ')} WHERE ${row('t', others)} IS DISTINCT FROM ${row('EXCLUDED', others)}`
    : 'DO NOTHING';
  // xmax is 0 on a row version this statement inserted and set on one it updated: it tells the two apart.
  return `INSERT INTO ${spec.table} AS t (${names.join(', ')})
          SELECT * FROM (SELECT ${values.join(', ')} FROM unnest(${parameters.join(', ')}) AS s(${names.join(', ')})) AS v
          WHERE NOT EXISTS (SELECT 1 FROM ${spec.table} AS c WHERE ${unchanged.join(' AND ')})
          ON CONFLICT (${spec.key.join(', ')}) ${onConflict}
          RETURNING (t.xmax = 0) AS inserted`;
}

/**
 * unnest() flattens a two-dimensional array and needs every inner array the same length, so a text[]
 * column cannot travel as text[][]; each cell travels as a JSON array and is rebuilt here.
 */
function selectExpression(column: { name: string; type: ColumnType }): string {
  return column.type === 'text[]' ? `ARRAY(SELECT jsonb_array_elements_text(s.${column.name}::jsonb)) AS ${column.name}` : `s.${column.name}`;
}

/** Row-major values to one array per column, the shape unnest() reads. */
function columnArrays(spec: ReferenceTable, rows: unknown[][]): unknown[][] {
  return spec.columns.map((column, index) =>
    rows.map((row) => (column.type === 'text[]' ? JSON.stringify(row[index]) : row[index])),
  );
}

/** Deletes the rows whose key is not in the files, with one anti-join against the keys sent as arrays. */
async function deleteMissing(manager: EntityManager, spec: ReferenceTable, rows: unknown[][]): Promise<number> {
  const indexes = keyIndexes(spec);
  const parameters = indexes.map((column, position) => `$${position + 1}::${PARAMETER_TYPE[spec.columns[column].type]}`);
  const matches = spec.key.map((name) => `k.${name} = t.${name}`).join(' AND ');
  const keyValues = indexes.map((column) => rows.map((row) => row[column]));
  // TypeORM answers a DELETE with [rows, affected count].
  const [, deleted]: [unknown[], number] = await manager.query(
    `DELETE FROM ${spec.table} AS t
     WHERE NOT EXISTS (SELECT 1 FROM unnest(${parameters.join(', ')}) AS k(${spec.key.join(', ')}) WHERE ${matches})`,
    keyValues,
  );
  return deleted;
}

/** Where the key's columns are in each row (referenceTable() checked that they are columns). */
function keyIndexes(spec: ReferenceTable): number[] {
  return spec.key.map((name) => spec.columns.findIndex((column) => column.name === name));
}

/** Names are spliced into SQL; they come from this library, but a typo should fail loudly, not inject. */
function assertIdentifiers(spec: ReferenceTable): void {
  for (const name of [spec.table, ...spec.columns.map((column) => column.name)]) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`reference table ${spec.table}: bad identifier '${name}'`);
  }
  if (spec.key.some((name) => spec.columns.find((column) => column.name === name)?.type === 'text[]')) {
    throw new Error(`reference table ${spec.table}: an array column cannot be part of the key`);
  }
}

/** PostgreSQL rejects a key twice in one upsert; saying which table and key beats its generic message. */
function assertUniqueKeys(spec: ReferenceTable, rows: unknown[][]): void {
  const indexes = keyIndexes(spec);
  const seen = new Set<string>();
  for (const row of rows) {
    const key = indexes.map((index) => String(row[index])).join('\u0000');
    if (seen.has(key)) throw new Error(`${spec.table}: key (${indexes.map((index) => String(row[index])).join(', ')}) appears twice in the data files`);
    seen.add(key);
  }
}
