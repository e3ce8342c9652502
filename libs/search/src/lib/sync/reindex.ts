import type { DataSource } from 'typeorm';
import type { SearchEngine } from '../search-engine';
import { buildSearchDocuments, countVisibleProfiles, visibleProfileIds } from './search-document-builder';

export interface ReindexProgress {
  done: number;
  total: number;
}

/**
 * Rebuilds the whole index aside from PostgreSQL, in batches of ids (keyset order), then swaps it in:
 * searches keep answering from the live index until the swap. Changes the worker applies meanwhile go
 * to both (the engine's rebuild sees them), and read-time visibility hides anything a batch read just
 * before a suspension.
 */
export async function reindexAll(
  dataSource: DataSource,
  engine: SearchEngine,
  options: { batchSize?: number; onProgress?: (progress: ReindexProgress) => void } = {},
): Promise<{ documents: number }> {
  const batchSize = options.batchSize ?? 1_000;
  const total = await countVisibleProfiles(dataSource.manager);
  const rebuild = await engine.beginRebuild();
  let done = 0;
  try {
    let after: string | null = null;
    for (;;) {
      const ids = await visibleProfileIds(dataSource.manager, after, batchSize);
      if (ids.length === 0) break;
      const documents = await buildSearchDocuments(dataSource.manager, ids);
      await rebuild.add([...documents.values()]);
      done += documents.size;
      after = ids[ids.length - 1];
      options.onProgress?.({ done, total: Math.max(total, done) });
    }
    await rebuild.swap();
  } catch (error) {
    await rebuild.abandon().catch(() => undefined);
    throw error;
  }
  return { documents: done };
}
