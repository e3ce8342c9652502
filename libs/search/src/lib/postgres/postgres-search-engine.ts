import type { DataSource } from 'typeorm';
import type { SearchDocument } from '../search-document';
import { SearchEngine, type CandidateAnswer, type CandidateQuery, type IndexRebuild } from '../search-engine';
import { findCandidates } from './postgres-candidates';
import { deleteDocuments, writeDocuments } from './postgres-index-writer';
import { createTablesSql, LIVE_TABLES, NEXT_TABLES, secondaryIndexesSql, type IndexTables } from './search-tables';

const INDEX_SUFFIXES: Array<[keyof IndexTables, string[]]> = [
  ['documents', ['_pkey', '_concepts', '_states', '_quality']],
  ['postings', ['_supplier', '_order']],
  ['terms', ['_pkey', '_trgm']],
];

/** Another rebuild holds the index's rebuild lock (the reindex command exits 75). */
export class SearchRebuildBusy extends Error {
  constructor() {
    super('another search index rebuild is running');
    this.name = 'SearchRebuildBusy';
  }
}

/** One key for the whole index: two rebuilds must not interleave (the second would drop the first's tables). */
const REBUILD_LOCK_KEY = 7_364_800_001;

/**
 * The built-in engine: the index lives in PostgreSQL beside the data (see search-tables.ts). Writes go to
 * the live tables and, while a rebuild is loading, to its `_next` tables too, so a change committed during
 * a rebuild is not lost at the swap.
 */
export class PostgresSearchEngine extends SearchEngine {
  readonly name = 'postgres' as const;

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await writeDocuments(manager, LIVE_TABLES, documents);
      if (await rebuildRunning(manager)) await writeDocuments(manager, NEXT_TABLES, documents);
    });
  }

  async remove(supplierIds: string[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await deleteDocuments(manager, LIVE_TABLES, supplierIds);
      if (await rebuildRunning(manager)) await deleteDocuments(manager, NEXT_TABLES, supplierIds);
    });
  }

  candidates(query: CandidateQuery): Promise<CandidateAnswer> {
    return findCandidates(this.dataSource.manager, LIVE_TABLES, query);
  }

  async count(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${LIVE_TABLES.documents}`);
    return row.n;
  }

  async beginRebuild(): Promise<IndexRebuild> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    // A session lock held by this connection until swap or abandon; a crashed rebuild's connection
    // releases it, and its leftover tables are dropped here.
    const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [REBUILD_LOCK_KEY]);
    if (!locked) {
      await runner.release();
      throw new SearchRebuildBusy();
    }
    try {
      await runner.startTransaction();
      await dropTables(runner.manager, NEXT_TABLES);
      for (const sql of createTablesSql(NEXT_TABLES, false)) await runner.query(sql);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      await runner.query('SELECT pg_advisory_unlock($1)', [REBUILD_LOCK_KEY]);
      await runner.release();
      throw error;
    }
    let finished = false;
    const finish = async () => {
      finished = true;
      await runner.query('SELECT pg_advisory_unlock($1)', [REBUILD_LOCK_KEY]).catch(() => undefined);
      await runner.release();
    };
    return {
      add: async (documents) => {
        if (finished) throw new Error('this rebuild is finished');
        await this.dataSource.transaction((manager) => writeDocuments(manager, NEXT_TABLES, documents));
      },
      swap: async () => {
        if (finished) throw new Error('this rebuild is finished');
        try {
          // Indexes built once over the loaded rows, before the swap, while the live index still answers.
          for (const sql of secondaryIndexesSql(NEXT_TABLES)) await runner.query(sql);
          await runner.query(`ANALYZE ${NEXT_TABLES.documents}`);
          await runner.query(`ANALYZE ${NEXT_TABLES.postings}`);
          await runner.startTransaction();
          // Renames in one transaction: readers wait for the commit (milliseconds) and then read the new tables.
          for (const key of ['documents', 'postings', 'terms'] as const) {
            await runner.query(`LOCK TABLE ${LIVE_TABLES[key]}, ${NEXT_TABLES[key]} IN ACCESS EXCLUSIVE MODE`);
          }
          for (const key of ['documents', 'postings', 'terms'] as const) {
            await runner.query(`ALTER TABLE ${LIVE_TABLES[key]} RENAME TO ${LIVE_TABLES[key]}_old`);
            await runner.query(`ALTER TABLE ${NEXT_TABLES[key]} RENAME TO ${LIVE_TABLES[key]}`);
          }
          for (const key of ['documents', 'postings', 'terms'] as const) await runner.query(`DROP TABLE ${LIVE_TABLES[key]}_old`);
          // Index names follow the tables, so the next rebuild can create its `_next` ones again.
          for (const [key, suffixes] of INDEX_SUFFIXES) {
            for (const suffix of suffixes) await runner.query(`ALTER INDEX IF EXISTS ${NEXT_TABLES[key]}${suffix} RENAME TO ${LIVE_TABLES[key]}${suffix}`);
          }
          await runner.commitTransaction();
        } catch (error) {
          if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
          throw error;
        } finally {
          await finish();
        }
      },
      abandon: async () => {
        if (finished) return;
        try {
          await dropTables(runner.manager, NEXT_TABLES);
        } finally {
          await finish();
        }
      },
    };
  }
}

async function rebuildRunning(manager: import('typeorm').EntityManager): Promise<boolean> {
  const [row] = await manager.query(`SELECT to_regclass('${NEXT_TABLES.documents}') IS NOT NULL AS running`);
  return row.running;
}

async function dropTables(manager: import('typeorm').EntityManager, t: IndexTables): Promise<void> {
  for (const table of [t.terms, t.postings, t.documents]) await manager.query(`DROP TABLE IF EXISTS ${table}`);
}
