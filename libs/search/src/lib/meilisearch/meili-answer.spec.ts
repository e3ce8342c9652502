import { countFacets, facetsFrom, mapAnswer } from './meili-answer';
import { searchDocument } from './meili-test-documents.test-helper';

const a = searchDocument({ supplierId: 'a' });
const b = searchDocument({ supplierId: 'b', plants: [], verificationLevel: 'unverified', processes: ['proc.machining.cnc-machining'] });
const c = searchDocument({ supplierId: 'c', certifications: [] });

describe('Meilisearch answers → CandidateAnswer', () => {
  it('normalizes _rankingScore by the best of the answer and takes Meilisearch facets and exhaustive totals', () => {
    const answer = mapAnswer(
      {
        text: {
          hits: [
            { document: a, _rankingScore: 0.8 },
            { document: b, _rankingScore: 0.4 },
          ],
          totalHits: 2,
          facetDistribution: { stateCodes: { '19': 1, '05': 0 }, processes: { 'proc.x': 1, 'proc.a': 1 }, verificationLevel: { unverified: 1, documents_verified: 1 } },
        },
      },
      10,
    );
    expect(answer.candidates.map(({ document, textScore }) => [document.supplierId, textScore])).toEqual([
      ['a', 1],
      ['b', 0.5],
    ]);
    expect(answer.facets).toEqual({
      states: [{ code: '19', count: 1 }],
      processes: [
        { code: 'proc.a', count: 1 },
        { code: 'proc.x', count: 1 },
      ],
      certifications: [],
      verificationLevels: [
        { level: 'documents_verified', count: 1 },
        { level: 'unverified', count: 1 },
      ],
      exact: true,
    });
    expect(answer).toMatchObject({ total: 2, totalExact: true });
  });

  it('says a total is an estimate when Meilisearch only estimated it', () => {
    const answer = mapAnswer({ filtersOnly: { hits: [{ document: a }], estimatedTotalHits: 1000 } }, 10);
    expect(answer).toMatchObject({ total: 1000, totalExact: false });
    expect(answer.candidates).toEqual([{ document: a, textScore: 0 }]);
  });

  it('merges text and concept hits: found by both first, then text score, concept-only at 0; bounded; facets counted and inexact', () => {
    const answer = mapAnswer(
      {
        text: { hits: [{ document: a, _rankingScore: 0.9 }, { document: b, _rankingScore: 0.3 }], totalHits: 2 },
        concepts: { hits: [{ document: b }, { document: c }], totalHits: 5 },
      },
      2,
    );
    expect(answer.candidates.map(({ document, textScore }) => [document.supplierId, textScore])).toEqual([
      ['b', 0.333333],
      ['a', 1],
    ]);
    expect(answer.total).toBe(5);
    expect(answer.totalExact).toBe(false);
    expect(answer.facets.exact).toBe(false);
    expect(answer.facets.states).toEqual([{ code: '19', count: 1 }]);
    expect(answer.facets.processes).toEqual([
      { code: 'proc.casting.die-casting', count: 1 },
      { code: 'proc.machining.cnc-machining', count: 1 },
    ]);
  });

  it('counts facets over documents like Meilisearch: one per document and value, declared certifications left out', () => {
    const declared = searchDocument({ supplierId: 'd', certifications: [{ code: 'cert.iso-9001', validFrom: null, validUntil: null, verified: false, declared: true }] });
    expect(facetsFrom(countFacets([a, c, declared])).certifications).toEqual([{ code: 'cert.iatf-16949', count: 1 }]);
    expect(facetsFrom(countFacets([a, c, declared])).states).toEqual([{ code: '19', count: 3 }]);
  });

  it('refuses a hit without its document (an index built by other settings)', () => {
    expect(() => mapAnswer({ text: { hits: [{ _rankingScore: 1 }], totalHits: 1 } }, 10)).toThrow(/search:reindex/);
  });
});
