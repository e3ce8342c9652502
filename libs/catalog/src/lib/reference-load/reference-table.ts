/**
 * How one reference table is filled from a loader: its columns, their PostgreSQL types and how each
 * value is read from a loaded item. sync-table.ts turns this into bulk SQL.
 */

/** The column types the reference tables use; each maps to the array type the rows are sent as. */
export interface ColumnValues {
  text: string | null;
  integer: number | null;
  'double precision': number | null;
  'text[]': readonly string[];
}
export type ColumnType = keyof ColumnValues;

/** A column whose `value` returns what its `type` holds (a text column cannot be handed a number). */
export type Column<T> = {
  [K in ColumnType]: { readonly name: string; readonly type: K; readonly value: (item: T) => ColumnValues[K] };
}[ColumnType];

export interface ReferenceTable {
  readonly table: string;
  /** The primary key's columns, in order (several for municipalities, localities, the crosswalk). */
  readonly key: readonly string[];
  readonly columns: readonly { readonly name: string; readonly type: ColumnType }[];
  /** The rows the table must hold, one array of values per row, in column order. */
  readonly rows: () => unknown[][];
}

/**
 * Pairs a loader with its columns. The item type stays here, so a list of tables of different items
 * needs no casts; the key must name columns of the table.
 */
export function referenceTable<T>(spec: {
  table: string;
  key: readonly string[];
  columns: readonly Column<T>[];
  items: () => Iterable<T>;
}): ReferenceTable {
  const names = spec.columns.map((column) => column.name);
  const missing = spec.key.filter((name) => !names.includes(name));
  if (missing.length) throw new Error(`${spec.table}: key column(s) ${missing.join(', ')} are not columns`);
  return {
    table: spec.table,
    key: spec.key,
    columns: spec.columns.map(({ name, type }) => ({ name, type })),
    rows: () => Array.from(spec.items(), (item) => spec.columns.map((column) => column.value(item))),
  };
}
