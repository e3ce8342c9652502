import { vocabulary } from '@puente/catalog';
import { MeiliSearch } from 'meilisearch';
import { FakeMeilisearchHttp } from './fake-meilisearch-http.test-helper';
import { buildIndexSettings, settingsFingerprint } from './meili-settings';
import { MeilisearchEngine } from './meilisearch.engine';
import { searchDocument } from './meili-test-documents.test-helper';

// The real client over a fake of Meilisearch's HTTP API (see the helper for the documented shapes it keeps):
// what is checked is the requests the engine makes and how it reads the answers, not search itself.
describe('MeilisearchEngine requests (fake HTTP, no server)', () => {
  let http: FakeMeilisearchHttp;
  let engine: MeilisearchEngine;
  const realFetch = globalThis.fetch;

  beforeEach(() => {
    http = new FakeMeilisearchHttp();
    globalThis.fetch = http.fetch as typeof fetch;
    const client = new MeiliSearch({ host: 'http://meili.test:7700', apiKey: 'a-master-key-for-tests', defaultWaitOptions: { interval: 0 } });
    engine = new MeilisearchEngine(client, vocabulary(), { indexUid: 'suppliers', taskTimeoutMs: 5_000 });
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('applies the settings and stores the fingerprint once; the same fingerprint applies nothing', async () => {
    expect(await engine.ensureSettings()).toEqual({ applied: true, reindexNeeded: false, fingerprint: settingsFingerprint(vocabulary()) });
    const settings = http.requests.find((request) => request.method === 'PATCH');
    expect(settings?.path).toBe('/indexes/suppliers/settings');
    expect(settings?.body).toEqual(JSON.parse(JSON.stringify(buildIndexSettings(vocabulary()))));
    expect(http.indexes.get('suppliers_meta')?.get('settings')).toEqual({ id: 'settings', fingerprint: settingsFingerprint(vocabulary()) });

    http.requests.length = 0;
    expect(await engine.ensureSettings()).toMatchObject({ applied: false, reindexNeeded: false });
    expect(http.calls()).toEqual(['POST /indexes', 'GET /indexes/suppliers_meta/documents/settings']);
  });

  it('asks for a reindex when the stored fingerprint is another one', async () => {
    http.indexes.set('suppliers_meta', new Map([['settings', { id: 'settings', fingerprint: 'settings-0.vocabulary-1' }]]));
    expect(await engine.ensureSettings()).toMatchObject({ applied: true, reindexNeeded: true });
  });

  it('writes mapped documents keyed by supplierId and waits for the task; a failed task is an error with its reason', async () => {
    await engine.upsert([searchDocument({ supplierId: 's1' })]);
    const write = http.requests.find((request) => request.path === '/indexes/suppliers/documents');
    expect(write?.query).toEqual({ primaryKey: 'supplierId' });
    expect(write?.body).toEqual([expect.objectContaining({ supplierId: 's1', processCodes: ['proc.casting.die-casting', 'proc.casting'], stateCodes: ['19'] })]);
    expect(await engine.count()).toBe(1);

    http.failNext = { type: 'documentAdditionOrUpdate', code: 'invalid_document_geo_field', message: 'The `_geo` field in the document with the id: `s2` is not an object.' };
    await expect(engine.upsert([searchDocument({ supplierId: 's2' })])).rejects.toThrow(/documentAdditionOrUpdate\) failed: invalid_document_geo_field/);

    await engine.remove(['s1', 'missing']);
    expect(http.requests.at(-2)).toMatchObject({ method: 'POST', path: '/indexes/suppliers/documents/delete-batch', body: ['s1', 'missing'] });
    expect(await engine.count()).toBe(0);
  });

  it('counts 0 when the index does not exist yet', async () => {
    expect(await engine.count()).toBe(0);
  });

  it('sends one multi-search and maps its results in order', async () => {
    const document = searchDocument({ supplierId: 's1' });
    http.multiSearchResults = [
      { indexUid: 'suppliers', hits: [{ supplierId: 's1', document, _rankingScore: 0.42 }], query: 'dog food', processingTimeMs: 1, hitsPerPage: 50, page: 1, totalPages: 1, totalHits: 1 },
      { indexUid: 'suppliers', hits: [{ supplierId: 's1', document, concepts: [] }], query: '', processingTimeMs: 1, hitsPerPage: 50, page: 1, totalPages: 1, totalHits: 1 },
    ];
    const answer = await engine.candidates({
      text: 'dog food',
      concepts: [],
      scianCodes: ['311110'],
      filters: { processes: [], materials: [], industries: [], certifications: [], states: [], verified: false },
      asOf: '2026-12-07',
      limit: 50,
    });
    const request = http.requests.find((recorded) => recorded.path === '/multi-search');
    expect((request?.body as { queries: Array<{ q: string; filter?: string }> }).queries.map(({ q, filter }) => ({ q, filter }))).toEqual([
      { q: 'dog food', filter: undefined },
      { q: '', filter: 'scianCodes IN ["311110"]' },
    ]);
    expect(answer.candidates).toEqual([{ document, textScore: 1 }]);
  });

  it('writes to a rebuild in progress too, so the swap keeps a change made meanwhile', async () => {
    const rebuild = await engine.beginRebuild();
    const aside = [...http.indexes.keys()].find((uid) => /^suppliers_\d+$/.test(uid)) as string;
    await rebuild.add([searchDocument({ supplierId: 'kept' }), searchDocument({ supplierId: 'gone' })]);
    await engine.remove(['gone']);
    await engine.upsert([searchDocument({ supplierId: 'added' })]);
    expect([...(http.indexes.get(aside)?.keys() ?? [])].sort()).toEqual(['added', 'kept']);
    await rebuild.swap();
    expect([...(http.indexes.get('suppliers')?.keys() ?? [])].sort()).toEqual(['added', 'kept']);
    // The suppliers_meta index is not a rebuild: a name must be <index>_<digits>.
    expect(http.requests.filter((request) => request.path === '/indexes/suppliers_meta/documents/delete-batch')).toEqual([]);
  });

  it('rebuilds aside with the settings, swaps with the live index (created when missing) and deletes the old one', async () => {
    const rebuild = await engine.beginRebuild();
    await rebuild.add([searchDocument({ supplierId: 'new' })]);
    await rebuild.swap();
    const calls = http.calls();
    const aside = /^POST \/indexes\/(suppliers_\d+)\/documents$/.exec(calls.find((call) => /suppliers_\d+\/documents$/.test(call)) ?? '')?.[1];
    expect(aside).toBeDefined();
    expect(calls).toEqual([
      'POST /indexes',
      `PATCH /indexes/${aside}/settings`,
      `POST /indexes/${aside}/documents`,
      'POST /indexes',
      'POST /swap-indexes',
      `DELETE /indexes/${aside}`,
      'POST /indexes/suppliers_meta/documents',
    ]);
    expect(http.requests.find((request) => request.path === '/swap-indexes')?.body).toEqual([{ indexes: ['suppliers', aside] }]);
    expect([...(http.indexes.get('suppliers')?.keys() ?? [])]).toEqual(['new']);
    expect(http.indexes.has(aside as string)).toBe(false);
    await expect(rebuild.add([])).rejects.toThrow(/already swapped or abandoned/);
  });

  it('abandons a rebuild by deleting the index aside', async () => {
    const rebuild = await engine.beginRebuild();
    await rebuild.abandon();
    expect(http.calls().at(-1)).toMatch(/^DELETE \/indexes\/suppliers_\d+$/);
    expect([...http.indexes.keys()]).toEqual([]);
  });
});
