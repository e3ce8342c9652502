import { countFacets, facetsFrom, mapAnswer, resultsByPlan, validCertificationCounts } from './meili-answer';
import { searchDocument } from './meili-test-documents.test-helper';

const a = searchDocument({ supplierId: 'a' });
const b = searchDocument({ supplierId: 'b', plants: [], verificationLevel: 'unverified', processes: ['proc.machining.cnc-machining'] });
const c = searchDocument({ supplierId: 'c', certifications: [] });
const ask = { concepts: [] as string[], scianCodes: [] as string[], asOf: '2026-12-07', limit: 10 };
const noCounts = new Map<string, number>();

describe('Meilisearch answers → CandidateAnswer', () => {
  it('normalizes _rankingScore by the best of the answer and takes Meilisearch facets, certificate counts and exhaustive totals', () => {
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
        certificationCounts: new Map([
          ['cert.iatf-16949', 1],
          ['cert.iso-9001', 0],
        ]),
      },
      ask,
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
      certifications: [{ code: 'cert.iatf-16949', count: 1 }],
      verificationLevels: [
        { level: 'documents_verified', count: 1 },
        { level: 'unverified', count: 1 },
      ],
      exact: true,
    });
    expect(answer).toMatchObject({ total: 2, totalExact: true });
  });

  it('says a total is an estimate when Meilisearch only estimated it', () => {
    const answer = mapAnswer({ filtersOnly: { hits: [{ document: a }], estimatedTotalHits: 1000 }, certificationCounts: noCounts }, ask);
    expect(answer).toMatchObject({ total: 1000, totalExact: false });
    expect(answer.facets.exact).toBe(false);
    expect(answer.candidates).toEqual([{ document: a, textScore: 0 }]);
  });

  it('orders concept matches by how many of the asked concepts and SCIAN classes they hold', () => {
    const answer = mapAnswer(
      {
        concepts: {
          hits: [
            { document: c, concepts: ['mat.aluminum'] },
            { document: a, concepts: ['proc.casting.die-casting', 'proc.casting', 'mat.aluminum'] },
          ],
          totalHits: 2,
        },
        certificationCounts: noCounts,
      },
      { ...ask, concepts: ['mat.aluminum', 'proc.casting'], scianCodes: ['331310'] },
    );
    expect(answer.candidates.map((candidate) => candidate.document.supplierId)).toEqual(['a', 'c']);
  });

  it('merges text and concept hits: found by both first, then text score, concept-only at 0; bounded; facets counted and inexact', () => {
    const answer = mapAnswer(
      {
        text: { hits: [{ document: a, _rankingScore: 0.9 }, { document: b, _rankingScore: 0.3 }], totalHits: 2 },
        concepts: { hits: [{ document: b }, { document: c }], totalHits: 5 },
        certificationCounts: noCounts,
      },
      { ...ask, limit: 2 },
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
    expect(answer.facets.certifications).toEqual([{ code: 'cert.iatf-16949', count: 2 }]);
  });

  it('counts facets over documents like Meilisearch, and only certificates valid on the day (not declared, not expired)', () => {
    const declared = searchDocument({ supplierId: 'd', certifications: [{ code: 'cert.iso-9001', validFrom: null, validUntil: null, verified: false, declared: true }] });
    const expired = searchDocument({ supplierId: 'e', certifications: [{ code: 'cert.iso-9001', validFrom: '2020-01-01', validUntil: '2024-01-01', verified: false, declared: false }] });
    expect(facetsFrom(countFacets([a, c, declared])).states).toEqual([{ code: '19', count: 3 }]);
    expect([...validCertificationCounts([a, c, declared, expired], '2026-12-07')]).toEqual([['cert.iatf-16949', 1]]);
    expect([...validCertificationCounts([a], '2027-03-31')]).toEqual([['cert.iatf-16949', 1]]);
    expect([...validCertificationCounts([a], '2027-04-01')]).toEqual([]);
  });

  it('reads the certificate counts after the searches, and refuses an answer of another length', () => {
    const plan = { text: { indexUid: 'suppliers', q: 'x' }, certificationCounts: [{ code: 'cert.iso-9001', query: { indexUid: 'suppliers' } }] };
    const results = resultsByPlan(plan, [{ hits: [], totalHits: 0 }, { hits: [], totalHits: 3 }]);
    expect(results.certificationCounts.get('cert.iso-9001')).toBe(3);
    expect(() => resultsByPlan(plan, [{ hits: [] }])).toThrow(/1 results for 2 searches/);
  });

  it('refuses a hit without its document (an index built by other settings)', () => {
    expect(() => mapAnswer({ text: { hits: [{ _rankingScore: 1 }], totalHits: 1 }, certificationCounts: noCounts }, ask)).toThrow(/search:reindex/);
  });
});
