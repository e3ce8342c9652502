import type { Provider } from '@nestjs/common';
import { vocabulary } from '@puente/catalog';
import type { CommonEnvironment } from '@puente/platform';
import { SearchEngine } from '../search-engine';
import { DEFAULT_MEILISEARCH_OPTIONS, MeilisearchEngine, type MeilisearchEngineOptions } from './meilisearch.engine';

export interface MeilisearchConnection {
  url: string;
  masterKey: string;
}

/** MEILI_URL and its key from validated configuration; null when Meilisearch is not configured (PostgreSQL then). */
export function meilisearchConnectionFrom(config: Pick<CommonEnvironment, 'MEILI_URL' | 'MEILI_MASTER_KEY'>): MeilisearchConnection | null {
  // loadConfig has refused MEILI_URL without MEILI_MASTER_KEY, so the URL alone decides.
  if (!config.MEILI_URL) return null;
  return { url: config.MEILI_URL, masterKey: config.MEILI_MASTER_KEY as string };
}

/**
 * Connects to Meilisearch and makes sure the live index has the current settings. The client is loaded only
 * here, when MEILI_URL is set, like the S3 SDK: processes on PostgreSQL search never load it.
 */
export async function createMeilisearchEngine(
  connection: MeilisearchConnection,
  options: Partial<MeilisearchEngineOptions> = {},
  warn: (message: string) => void = () => undefined,
): Promise<MeilisearchEngine> {
  const { MeiliSearch } = await import('meilisearch');
  const client = new MeiliSearch({ host: connection.url, apiKey: connection.masterKey });
  const engine = new MeilisearchEngine(client, vocabulary(), { ...DEFAULT_MEILISEARCH_OPTIONS, ...options });
  const outcome = await engine.ensureSettings();
  if (outcome.reindexNeeded) {
    warn(`Meilisearch index settings changed (now ${outcome.fingerprint}): documents may lack new fields until npm run search:reindex has run.`);
  }
  return engine;
}

/** The SearchEngine provider for Meilisearch (the SearchModule uses it when MEILI_URL is set). */
export function meilisearchEngineProvider(connection: MeilisearchConnection, warn?: (message: string) => void): Provider {
  return { provide: SearchEngine, useFactory: () => createMeilisearchEngine(connection, {}, warn) };
}
