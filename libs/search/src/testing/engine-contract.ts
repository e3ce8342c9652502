import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { CandidateAnswer, CandidateQuery, SearchEngine, SearchFilters } from '../lib/search-engine';
import { CONTRACT_AS_OF, contractDocuments, IDS } from './contract-documents';

/** An engine over an index of its own: `reset` empties that index (each test starts from the fixed documents). */
export interface EngineUnderTest {
  engine: SearchEngine;
  reset(): Promise<void>;
  close(): Promise<void>;
}

const NO_FILTERS: SearchFilters = { processes: [], materials: [], industries: [], certifications: [], states: [], verified: false };

function query(overrides: Partial<Omit<CandidateQuery, 'filters'>> & { filters?: Partial<SearchFilters> } = {}): CandidateQuery {
  return { text: '', concepts: [], scianCodes: [], asOf: CONTRACT_AS_OF, limit: 50, ...overrides, filters: { ...NO_FILTERS, ...overrides.filters } };
}

const idsOf = (answer: CandidateAnswer) => answer.candidates.map((c) => c.document.supplierId);
const sorted = (ids: string[]) => [...ids].sort();

/**
 * The one contract every SearchEngine passes: the same documents in, the same candidates out. Run for
 * PostgreSQL in `npm test` (apps/api/test/search-engine-contract.int-spec.ts) and for
 * Meilisearch under `npm run test:meili`.
 */
export function engineContract(name: string, makeEngine: () => Promise<EngineUnderTest>): void {
  describe(`SearchEngine contract: ${name}`, () => {
    let subject: EngineUnderTest;
    let engine: SearchEngine;

    beforeAll(async () => {
      subject = await makeEngine();
      engine = subject.engine;
    });
    afterAll(async () => subject?.close());
    beforeEach(async () => {
      await subject.reset();
      await engine.upsert(contractDocuments());
    });

    describe('concepts', () => {
      it('finds the document holding a concept, first', async () => {
        const answer = await engine.candidates(query({ concepts: ['proc.casting.die-casting'] }));
        expect(idsOf(answer)).toEqual([IDS.dieCasting]);
      });

      it('finds a process through its family', async () => {
        const answer = await engine.candidates(query({ concepts: ['proc.wire-harness'] }));
        expect(idsOf(answer)).toEqual([IDS.harness]);
      });

      it('finds documents holding any of several concepts, the one holding more first', async () => {
        const answer = await engine.candidates(query({ concepts: ['mat.aluminum', 'ind.automotive'] }));
        expect(idsOf(answer)[0]).toBe(IDS.dieCasting);
        expect(sorted(idsOf(answer))).toEqual(sorted([IDS.dieCasting, IDS.cnc, IDS.harness]));
      });

      it('finds SCIAN classes (the industry-code bridge)', async () => {
        const answer = await engine.candidates(query({ scianCodes: ['311110'] }));
        expect(idsOf(answer)).toEqual([IDS.petFood]);
      });
    });

    describe('text', () => {
      it('matches Spanish words with and without accents and in the plural', async () => {
        for (const text of ['fundición', 'fundicion', 'FUNDICIONES']) {
          const answer = await engine.candidates(query({ text }));
          expect(idsOf(answer)).toEqual([IDS.dieCasting]);
        }
      });

      it('matches English words of an English description, stemmed', async () => {
        const answer = await engine.candidates(query({ text: 'corrugated box' }));
        expect(idsOf(answer)).toEqual([IDS.boxes]);
        expect(answer.candidates[0].textScore).toBe(1);
      });

      it('forgives a typo', async () => {
        const answer = await engine.candidates(query({ text: 'corugated' }));
        expect(idsOf(answer)).toContain(IDS.boxes);
      });

      it('matches names and codes', async () => {
        expect(idsOf(await engine.candidates(query({ text: 'cartonera' })))).toEqual([IDS.boxes]);
        expect(idsOf(await engine.candidates(query({ text: '6061' })))).toEqual([IDS.cnc]);
      });

      it('gives text scores between 0 and 1, the best 1', async () => {
        const answer = await engine.candidates(query({ text: 'aluminio piezas' }));
        expect(sorted(idsOf(answer))).toEqual(sorted([IDS.dieCasting, IDS.cnc]));
        expect(answer.candidates[0].document.supplierId).toBe(IDS.cnc);
        for (const candidate of answer.candidates) expect(candidate.textScore).toBeGreaterThan(0);
        expect(Math.max(...answer.candidates.map((c) => c.textScore))).toBe(1);
      });

      it('finds nothing for a word no document has', async () => {
        const answer = await engine.candidates(query({ text: 'zzzqqq' }));
        expect(answer.candidates).toEqual([]);
        expect(answer.total).toBe(0);
      });
    });

    describe('filters', () => {
      it('keeps documents with a plant in one of the states', async () => {
        const answer = await engine.candidates(query({ filters: { states: ['19'] } }));
        expect(sorted(idsOf(answer))).toEqual(sorted([IDS.boxes, IDS.harness]));
      });

      it('keeps verified suppliers (documents verified or site audited)', async () => {
        const answer = await engine.candidates(query({ filters: { verified: true } }));
        expect(sorted(idsOf(answer))).toEqual(sorted([IDS.dieCasting, IDS.harness]));
      });

      it('keeps valid certifications only: not expired, not merely declared', async () => {
        expect(idsOf(await engine.candidates(query({ filters: { certifications: ['cert.iso-9001'] } })))).toEqual([IDS.harness]);
        expect(idsOf(await engine.candidates(query({ filters: { certifications: ['cert.iatf-16949'] } })))).toEqual([IDS.dieCasting]);
        // The IATF certificate ends 2027-03-31: the day after, nobody holds a valid one.
        expect(idsOf(await engine.candidates(query({ asOf: '2027-04-01', filters: { certifications: ['cert.iatf-16949'] } })))).toEqual([]);
      });

      it('requires every listed process, material and industry (a family matches its processes)', async () => {
        expect(idsOf(await engine.candidates(query({ filters: { materials: ['mat.aluminum-6061'] } })))).toEqual([IDS.cnc]);
        expect(idsOf(await engine.candidates(query({ filters: { processes: ['proc.casting'] } })))).toEqual([IDS.dieCasting]);
        expect(sorted(idsOf(await engine.candidates(query({ filters: { industries: ['ind.automotive'] } }))))).toEqual(sorted([IDS.dieCasting, IDS.cnc, IDS.harness]));
        expect(idsOf(await engine.candidates(query({ filters: { industries: ['ind.automotive'], materials: ['mat.aluminum'] } })))).toEqual([IDS.dieCasting]);
      });

      it('applies filters to text and concept matches alike', async () => {
        const answer = await engine.candidates(query({ concepts: ['ind.automotive'], text: 'aluminio', filters: { states: ['11'] } }));
        expect(idsOf(answer)).toEqual([IDS.cnc]);
      });
    });

    describe('facets and totals', () => {
      it('counts states, processes, valid certifications and levels over every match when all fit', async () => {
        const answer = await engine.candidates(query());
        expect(answer.total).toBe(6);
        expect(answer.totalExact).toBe(true);
        expect(answer.facets.exact).toBe(true);
        expect(answer.facets.states).toContainEqual({ code: '19', count: 2 });
        expect(answer.facets.states).toContainEqual({ code: '05', count: 1 });
        expect(answer.facets.processes).toContainEqual({ code: 'proc.casting.die-casting', count: 1 });
        expect(sorted(answer.facets.certifications.map((c) => `${c.code}:${c.count}`))).toEqual(['cert.iatf-16949:1', 'cert.iso-9001:1']);
        expect(answer.facets.verificationLevels).toContainEqual({ level: 'unverified', count: 3 });
      });

      it('returns at most the limit and says when more matched', async () => {
        const answer = await engine.candidates(query({ concepts: ['ind.automotive'], limit: 2 }));
        expect(answer.candidates).toHaveLength(2);
        expect(answer.total).toBeGreaterThanOrEqual(3);
      });
    });

    describe('writes', () => {
      it('is idempotent: the same documents twice leave one each', async () => {
        await engine.upsert(contractDocuments());
        expect(await engine.count()).toBe(6);
        expect(idsOf(await engine.candidates(query({ concepts: ['proc.casting.die-casting'] })))).toEqual([IDS.dieCasting]);
      });

      it('replaces a document: the new words are found, the old ones no longer', async () => {
        const [dieCasting] = contractDocuments();
        await engine.upsert([{ ...dieCasting, descriptionEs: 'Forja de acero', processes: [], updatedAt: '2026-06-02T00:00:00.000Z' }]);
        expect(idsOf(await engine.candidates(query({ text: 'forja' })))).toEqual([IDS.dieCasting]);
        expect(idsOf(await engine.candidates(query({ text: 'autopartes' })))).toEqual([]);
        expect(idsOf(await engine.candidates(query({ concepts: ['proc.casting.die-casting'] })))).toEqual([]);
      });

      it('removes documents; removing a missing id is fine', async () => {
        await engine.remove([IDS.boxes, '00000000-0000-4000-8000-0000000000ff']);
        await engine.remove([IDS.boxes]);
        expect(await engine.count()).toBe(5);
        expect(idsOf(await engine.candidates(query({ text: 'corrugated' })))).toEqual([]);
      });
    });

    describe('rebuild', () => {
      it('builds aside while reads answer from the live index, then swaps', async () => {
        const rebuild = await engine.beginRebuild();
        const documents = contractDocuments().filter((d) => d.supplierId !== IDS.petFood);
        await rebuild.add(documents.slice(0, 2));
        await rebuild.add(documents.slice(2).map((d) => (d.supplierId === IDS.boxes ? { ...d, descriptionEn: 'Pallets and crates' } : d)));
        // Still the live index.
        expect(await engine.count()).toBe(6);
        expect(idsOf(await engine.candidates(query({ text: 'corrugated' })))).toEqual([IDS.boxes]);
        // Reads running while the swap happens all answer.
        const reads = Array.from({ length: 8 }, () => engine.candidates(query({ concepts: ['ind.automotive'] })));
        await rebuild.swap();
        for (const answer of await Promise.all(reads)) expect(sorted(idsOf(answer))).toEqual(sorted([IDS.dieCasting, IDS.cnc, IDS.harness]));
        expect(await engine.count()).toBe(5);
        expect(idsOf(await engine.candidates(query({ text: 'pallets' })))).toEqual([IDS.boxes]);
        expect(idsOf(await engine.candidates(query({ scianCodes: ['311110'] })))).toEqual([]);
      });

      it('keeps the live index when a rebuild is abandoned, and can rebuild again', async () => {
        const rebuild = await engine.beginRebuild();
        await rebuild.add(contractDocuments().slice(0, 1));
        await rebuild.abandon();
        expect(await engine.count()).toBe(6);
        const again = await engine.beginRebuild();
        await again.add(contractDocuments());
        await again.swap();
        expect(await engine.count()).toBe(6);
      });

      it('keeps a change written during a rebuild', async () => {
        const rebuild = await engine.beginRebuild();
        await rebuild.add(contractDocuments());
        await engine.remove([IDS.plastics]);
        await rebuild.swap();
        expect(await engine.count()).toBe(5);
        expect(idsOf(await engine.candidates(query({ concepts: ['proc.plastics'] })))).toEqual([]);
      });
    });
  });
}
