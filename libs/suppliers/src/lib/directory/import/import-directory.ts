import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { DirectoryBadRow, DirectoryImportCounts } from '../../entities/directory-import.entity';
import { checkHeader, detectFormat, type DirectoryFormat } from './import-formats';
import { loadBatch, type BatchRow } from './import-batch';
import {
  DirectoryFileRefused,
  DirectoryImportBusy,
  MAX_REPORTED_BAD_ROWS,
  MAX_STORED_BAD_ROWS,
  type DirectoryImportProgress,
  type DirectoryImportReport,
} from './import-report';
import { registriesPresent } from './merge-candidates';
import { mapDirectoryRow } from './row-mapper';
import { createStaging, dropStaging, markSeen } from './staging';
import { withdrawOrRefresh } from './listing-refresh';
import { returningRows } from './returning';

export interface ImportDirectoryOptions {
  /** Taken from the header's id column (`nra` → retc, `denue_id` → denue) when not given. */
  format?: DirectoryFormat;
  /** The source name recorded with each row; default RETC / DENUE by format. */
  registry?: string;
  fileName: string;
  dryRun?: boolean;
  /** Rows per transaction (default 2,000). */
  batchSize?: number;
  now?: () => Date;
  /**
   * Hook for the search index (issue 14): called inside each batch's transaction with the listings it
   * created or rewrote (and once more in the removal step's), so index events commit with the rows.
   */
  onListingsChanged?: (manager: EntityManager, supplierIds: string[]) => Promise<void>;
}

const REGISTRY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

/**
 * Imports a registry file into the directory: streams it, refuses a wrong header before writing anything
 * (not even a `directory_imports` row), maps each row, loads batches of `batchSize` rows in one transaction
 * each (an interrupted import leaves only whole listings; a re-run skips what is there and completes it),
 * then marks the registry's rows the file no longer has as removed. A dry run does all of it inside one
 * transaction that is rolled back, and records only its `directory_imports` row.
 */
export async function importDirectory(
  dataSource: DataSource,
  source: Readable,
  options: ImportDirectoryOptions,
  progress: (progress: DirectoryImportProgress) => void = () => undefined,
): Promise<DirectoryImportReport> {
  const started = process.hrtime.bigint();
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 2000;
  const dryRun = options.dryRun ?? false;
  const parser = source.pipe(parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }));
  source.on('error', (error) => parser.destroy(error));
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number; bytes: number } }>;

  const first = await readRecord(records);
  if (!first) throw new DirectoryFileRefused('the file is empty: it has no header row');
  const format = options.format ?? detectFormat(first.record);
  if (!format) throw new DirectoryFileRefused('cannot tell the format from the header (no nra or denue_id column); give --format retc|denue');
  const header = checkHeader(format, first.record);
  if (!header.ok) throw new DirectoryFileRefused(header.message);
  const registry = options.registry ?? header.spec.defaultRegistry;
  if (!REGISTRY.test(registry)) throw new DirectoryFileRefused(`the registry name ${JSON.stringify(registry)} must be 1-40 letters, digits, . _ -`);

  const counts: DirectoryImportCounts = { rows: 0, inserted: 0, updated: 0, unchanged: 0, removed: 0, merged: 0, bad: 0 };
  const badRows: DirectoryBadRow[] = [];
  const addBad = (bad: DirectoryBadRow) => {
    counts.bad += 1;
    if (badRows.length < MAX_REPORTED_BAD_ROWS) badRows.push(bad);
  };
  let bytesRead = 0;
  const report = (phase: DirectoryImportProgress['phase']) =>
    progress({ rows: counts.rows, bad: counts.bad, bytesRead, inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged, merged: counts.merged, phase });

  // One import per registry at a time (a session lock on the run's own connection, released at the end):
  // two runs of one file would both insert its new rows.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const lockKey = `directory-import:${registry}`;
  const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [lockKey]);
  if (!locked) {
    await runner.release();
    throw new DirectoryImportBusy(`another import of ${registry} is running; try again when it has finished`);
  }

  const startedAt = now();
  let importId = '';
  try {
    // Holding the registry's lock proves no other run of it is alive: a row still `running` is a run that
    // was killed, so it is marked `failed` rather than left looking busy forever.
    await runner.query(`UPDATE directory_imports SET status = 'failed', finished_at = $2 WHERE registry = $1 AND status = 'running'`, [registry, startedAt]);
    if (!dryRun) {
      [{ id: importId }] = await dataSource.query(
        `INSERT INTO directory_imports (registry, format, file_name, dry_run, status, started_at) VALUES ($1, $2, $3, false, 'running', $4) RETURNING id`,
        [registry, format, options.fileName.slice(0, 300), startedAt],
      );
    }
  } catch (error) {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]).catch(() => undefined);
    await runner.release();
    throw error;
  }

  let failure: unknown;
  try {
    await createStaging(runner);
    const otherRegistries = (await registriesPresent(runner)).filter((name) => name !== registry);
    if (dryRun) await runner.startTransaction();
    const currentYear = now().getUTCFullYear();
    let batch: BatchRow[] = [];
    let batchIds: string[] = [];
    const flush = async () => {
      const rows = batch;
      const ids = batchIds;
      batch = [];
      batchIds = [];
      // Counted only once the batch's transaction committed, so a failed run's record says what is stored.
      let loaded: Awaited<ReturnType<typeof loadBatch>> | undefined;
      const duplicates: DirectoryBadRow[] = [];
      await inTransaction(runner, dryRun, async () => {
        const fresh = await markSeen(runner, ids);
        const good: BatchRow[] = [];
        for (const row of rows) {
          if (fresh.delete(row.sourceId)) good.push(row);
          else duplicates.push({ line: row.line, sourceId: row.sourceId, field: header.spec.idColumn, reason: 'duplicate_id: the id appears earlier in the file' });
        }
        loaded = await loadBatch(runner, { registry, otherRegistries, now: now() }, good);
        if (options.onListingsChanged && loaded.changedSupplierIds.length > 0) {
          await options.onListingsChanged(runner.manager, loaded.changedSupplierIds);
        }
      });
      if (loaded) {
        counts.inserted += loaded.inserted;
        counts.updated += loaded.updated;
        counts.unchanged += loaded.unchanged;
        counts.merged += loaded.merged;
      }
      // Bad rows are reported in file order: a duplicate sits among the rows mapped before it.
      duplicates.forEach(addBad);
      if (duplicates.length > 0) badRows.sort((a, b) => a.line - b.line);
      report('rows');
    };

    for (let next = await readRecord(records); next; next = await readRecord(records)) {
      counts.rows += 1;
      bytesRead = next.info.bytes;
      const mapped = mapDirectoryRow(header.spec, header.columns, next.record, next.info.lines, { currentYear });
      if (mapped.ok) {
        batch.push({ line: next.info.lines, sourceId: mapped.sourceId, facts: mapped.facts });
        batchIds.push(mapped.sourceId);
      } else {
        addBad(mapped.bad);
        // A bad row still names a plant the registry has: it must not count as removed from the file.
        if (mapped.bad.sourceId) batchIds.push(mapped.bad.sourceId);
      }
      if (batch.length >= batchSize) await flush();
    }
    await flush();

    report('removal');
    await inTransaction(runner, dryRun, async () => {
      const gone = await returningRows<{ profile_id: string }>(
        runner,
        `UPDATE directory_sources d SET removed_at = $2
          WHERE d.registry = $1 AND d.removed_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM directory_import_seen s WHERE s.source_id = d.source_id)
          RETURNING d.profile_id`,
        [registry, now()],
      );
      counts.removed = gone.length;
      const changed = await withdrawOrRefresh(runner, [...new Set(gone.map((row) => row.profile_id))], now());
      if (options.onListingsChanged && changed.length > 0) await options.onListingsChanged(runner.manager, changed);
    });
    if (dryRun) await runner.rollbackTransaction();
  } catch (error) {
    failure = error;
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
  } finally {
    await dropStaging(runner).catch(() => undefined);
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]).catch(() => undefined);
    await runner.release();
  }

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stored = { counts: JSON.stringify(counts), bad: JSON.stringify(badRows.slice(0, MAX_STORED_BAD_ROWS)) };
  if (dryRun) {
    [{ id: importId }] = await dataSource.query(
      `INSERT INTO directory_imports (registry, format, file_name, dry_run, status, counts, bad_rows, started_at, finished_at)
       VALUES ($1, $2, $3, true, $4, $5, $6, $7, $8) RETURNING id`,
      [registry, format, options.fileName.slice(0, 300), failure ? 'failed' : 'completed', stored.counts, stored.bad, startedAt, now()],
    );
  } else {
    await dataSource.query(`UPDATE directory_imports SET status = $2, counts = $3, bad_rows = $4, finished_at = $5 WHERE id = $1`, [
      importId,
      failure ? 'failed' : 'completed',
      stored.counts,
      stored.bad,
      now(),
    ]);
  }
  if (failure) throw failure;
  report('done');
  return { importId, registry, format, dryRun, ...counts, badRows, seconds };
}

async function readRecord<T>(records: AsyncIterator<T>): Promise<T | null> {
  try {
    const next = await records.next();
    return next.done ? null : next.value;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code?.startsWith('CSV_')) throw new DirectoryFileRefused(`the file is not readable CSV: ${(error as Error).message}`);
    throw error;
  }
}

/** One batch's transaction; in a dry run everything already runs inside the run's single transaction. */
async function inTransaction(runner: QueryRunner, dryRun: boolean, work: () => Promise<void>): Promise<void> {
  if (dryRun) return work();
  await runner.startTransaction();
  try {
    await work();
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
}
