import { Inject, Injectable } from '@nestjs/common';
import { OnCommitted, type ConsumerContext } from '@puente/platform';
import { supplierSearchChanged } from '@puente/suppliers';
import type { EntityManager } from 'typeorm';
import { SearchEngine } from '../search-engine';
import { buildSearchDocuments } from './search-document-builder';

/**
 * Keeps the index following PostgreSQL: for each id of a change, the document is rebuilt from what is
 * stored now and upserted, or removed when the supplier is no longer visible. Idempotent (a replay
 * rebuilds the same documents) and order-proof: a stale message reads today's rows, so it cannot bring
 * back a suspended listing. Per-supplier advisory locks (in id order, so two jobs cannot deadlock) make
 * "read the rows, write the index" one step per supplier across concurrent jobs.
 */
@Injectable()
export class SearchIndexConsumer {
  constructor(@Inject(SearchEngine) private readonly engine: SearchEngine) {}

  @OnCommitted(supplierSearchChanged, { consumer: 'search.index-sync' })
  async sync({ supplierIds }: { supplierIds: string[] }, { manager }: ConsumerContext): Promise<void> {
    await syncSearchDocuments(manager, this.engine, supplierIds);
  }
}

export async function syncSearchDocuments(manager: EntityManager, engine: SearchEngine, supplierIds: string[]): Promise<{ upserted: number; removed: number }> {
  const ids = [...new Set(supplierIds)].sort();
  if (ids.length === 0) return { upserted: 0, removed: 0 };
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('search:' || id, 0)) FROM unnest($1::text[]) AS id ORDER BY id`, [ids]);
  const documents = await buildSearchDocuments(manager, ids);
  const gone = ids.filter((id) => !documents.has(id));
  await engine.upsert([...documents.values()]);
  await engine.remove(gone);
  return { upserted: documents.size, removed: gone.length };
}
