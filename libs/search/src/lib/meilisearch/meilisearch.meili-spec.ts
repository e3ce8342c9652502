// Runs only under `npm run test:meili`, against the server at MEILI_URL (default http://127.0.0.1:7700) with
// MEILI_MASTER_KEY: `docker compose -f docker/compose.yml --profile meilisearch up -d meilisearch`.
import { randomUUID } from 'node:crypto';
import type { CandidateQuery } from '../search-engine';
import { createMeilisearchEngine } from './meilisearch-engine.provider';
import type { MeilisearchEngine } from './meilisearch.engine';
import { searchDocument } from './meili-test-documents.test-helper';

const url = process.env['MEILI_URL'] ?? 'http://127.0.0.1:7700';
const masterKey = process.env['MEILI_MASTER_KEY'] ?? '';
const indexUid = `puente_test_${randomUUID().slice(0, 8)}`;

const query = (overrides: Partial<CandidateQuery> = {}): CandidateQuery => ({
  text: '',
  concepts: [],
  scianCodes: [],
  filters: { processes: [], materials: [], industries: [], certifications: [], states: [], verified: false },
  asOf: '2026-12-07',
  limit: 50,
  ...overrides,
});

describe(`Meilisearch engine against ${url}`, () => {
  let engine: MeilisearchEngine;

  beforeAll(async () => {
    const health = await fetch(`${url}/health`).catch((error: Error) => error);
    if (health instanceof Error || !health.ok) {
      throw new Error(`no Meilisearch answers at ${url} (${health instanceof Error ? health.message : health.status}): start one (see README, Meilisearch) or set MEILI_URL`);
    }
    engine = await createMeilisearchEngine({ url, masterKey }, { indexUid });
  });

  it('indexes, finds by English words a Spanish description through the synonyms, filters and removes', async () => {
    const castings = searchDocument({ supplierId: 'a1' });
    const boxes = searchDocument({
      supplierId: 'b2',
      descriptionEs: 'Fabricación de cajas de cartón corrugado',
      processes: [],
      materials: [],
      scianCodes: ['322210'],
      certifications: [],
      plants: [{ ...castings.plants[0], plantId: 'p2', stateCode: '05', state: 'Coahuila' }],
      verificationLevel: 'unverified',
    });
    await engine.upsert([castings, boxes]);
    await engine.upsert([castings]);
    expect(await engine.count()).toBe(2);

    const byWords = await engine.candidates(query({ text: 'die casting' }));
    expect(byWords.candidates.map((candidate) => candidate.document.supplierId)).toEqual(['a1']);
    expect(byWords.candidates[0].textScore).toBe(1);

    const bridged = await engine.candidates(query({ text: 'dog food', scianCodes: ['322210'] }));
    expect(bridged.candidates.map((candidate) => candidate.document.supplierId)).toEqual(['b2']);

    const certified = await engine.candidates(query({ filters: { ...query().filters, certifications: ['cert.iatf-16949'] } }));
    expect(certified.candidates.map((candidate) => candidate.document.supplierId)).toEqual(['a1']);
    const later = await engine.candidates(query({ asOf: '2027-04-01', filters: { ...query().filters, certifications: ['cert.iatf-16949'] } }));
    expect(later.candidates).toEqual([]);

    const hostile = await engine.candidates(query({ filters: { ...query().filters, states: ['19" OR verified = false OR stateCodes = "05', '\\'] } }));
    expect(hostile.candidates).toEqual([]);

    const all = await engine.candidates(query());
    expect(all.facets.states).toEqual([
      { code: '05', count: 1 },
      { code: '19', count: 1 },
    ]);

    await engine.remove(['b2', 'missing']);
    expect(await engine.count()).toBe(1);
  });

  it('rebuilds aside and swaps the new index in', async () => {
    const rebuild = await engine.beginRebuild();
    await rebuild.add([searchDocument({ supplierId: 'c3' })]);
    expect((await engine.candidates(query())).candidates.map((candidate) => candidate.document.supplierId)).toEqual(['a1']);
    await rebuild.swap();
    expect((await engine.candidates(query())).candidates.map((candidate) => candidate.document.supplierId)).toEqual(['c3']);
  });
});
