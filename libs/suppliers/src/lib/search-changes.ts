import { defineTopic, type OutboxPublisher } from '@puente/platform';
import type { EntityManager } from 'typeorm';

/**
 * "What the public sees of these suppliers may have changed": published inside the transaction of the
 * change (approval, suspension, verification, a claim, a directory import batch). The search context's
 * worker consumer rebuilds each document from PostgreSQL, so the payload carries ids only.
 */
export const supplierSearchChanged = defineTopic<{ supplierIds: string[] }>('search.suppliers.changed');

/** Ids per message: one job rebuilds at most this many documents. */
export const SEARCH_CHANGE_CHUNK = 1_000;

export async function publishSearchChanges(outbox: OutboxPublisher, manager: EntityManager, supplierIds: string[]): Promise<void> {
  const ids = [...new Set(supplierIds)];
  for (let start = 0; start < ids.length; start += SEARCH_CHANGE_CHUNK) {
    await outbox.publish(manager, supplierSearchChanged, { supplierIds: ids.slice(start, start + SEARCH_CHANGE_CHUNK) });
  }
}
