// Runs only under `npm run test:meili` (never in `npm test`), against the server at MEILI_URL (default
// http://127.0.0.1:7700) with MEILI_MASTER_KEY; see README, Meilisearch, for starting one with docker compose.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { vocabulary } from '@puente/catalog';
import { MeiliSearch } from 'meilisearch';
import { randomUUID } from 'node:crypto';
import { engineContract } from '../../testing/engine-contract';
import type { CandidateQuery } from '../search-engine';
import { MeilisearchEngine } from './meilisearch.engine';
import { searchDocument } from './meili-test-documents.test-helper';

const url = process.env['MEILI_URL'] ?? 'http://127.0.0.1:7700';
const masterKey = process.env['MEILI_MASTER_KEY'] ?? '';

/** Fails the suite at once, naming the URL, when no Meilisearch answers there. */
async function meiliEngine(): Promise<{ engine: MeilisearchEngine; client: MeiliSearch; indexUid: string }> {
  const health = await fetch(`${url}/health`).then(
    (response) => ({ ok: response.ok, detail: `HTTP ${response.status}` }),
    (error: { message?: string; cause?: { code?: string } }) => ({ ok: false, detail: error.cause?.code ?? error.message ?? String(error) }),
  );
  if (!health.ok) {
    throw new Error(
      `no Meilisearch answers at ${url} (${health.detail}): start one ` +
        '(docker compose -f docker/compose.yml --profile meilisearch up -d meilisearch) or set MEILI_URL and MEILI_MASTER_KEY',
    );
  }
  const client = new MeiliSearch({ host: url, apiKey: masterKey });
  const indexUid = `puente_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const engine = new MeilisearchEngine(client, vocabulary(), { indexUid, taskTimeoutMs: 60_000 });
  await engine.ensureSettings();
  return { engine, client, indexUid };
}

/** Every index this run made: the live one, its settings fingerprint and any rebuild aside. */
async function dropIndexes(client: MeiliSearch, indexUid: string): Promise<void> {
  const { results } = await client.getRawIndexes({ limit: 1000 });
  for (const { uid } of results.filter((index) => index.uid.startsWith(indexUid))) await client.deleteIndex(uid).waitTask();
}

engineContract('meilisearch', async () => {
  const { engine, client, indexUid } = await meiliEngine();
  return {
    engine,
    reset: async () => {
      const { results } = await client.getRawIndexes({ limit: 1000 });
      for (const { uid } of results.filter((index) => new RegExp(`^${indexUid}_\\d+$`).test(index.uid))) await client.deleteIndex(uid).waitTask();
      await client.index(indexUid).deleteAllDocuments().waitTask();
    },
    close: () => dropIndexes(client, indexUid),
  };
});

// What the contract does not cover and Meilisearch makes worth checking: synonyms across languages, a hostile filter value.
describe('Meilisearch engine specifics', () => {
  let engine: MeilisearchEngine;
  let drop: () => Promise<void> = async () => undefined;
  const query = (overrides: Partial<CandidateQuery> = {}): CandidateQuery => ({
    text: '',
    concepts: [],
    scianCodes: [],
    filters: { processes: [], materials: [], industries: [], certifications: [], states: [], verified: false },
    asOf: '2026-12-07',
    limit: 50,
    ...overrides,
  });

  beforeAll(async () => {
    const made = await meiliEngine();
    engine = made.engine;
    await engine.upsert([searchDocument({ supplierId: 'a1', processes: [], materials: [] })]);
    drop = () => dropIndexes(made.client, made.indexUid);
  });
  afterAll(() => drop());

  it('finds a Spanish-only description by English words through the vocabulary synonyms', async () => {
    const answer = await engine.candidates(query({ text: 'die casting' }));
    expect(answer.candidates.map((candidate) => candidate.document.supplierId)).toEqual(['a1']);
  });

  it('keeps a hostile state value one literal: it matches nothing and breaks nothing', async () => {
    const answer = await engine.candidates(query({ filters: { ...query().filters, states: ['19" OR verified = false OR stateCodes = "19', '\\'] } }));
    expect(answer.candidates).toEqual([]);
  });
});
