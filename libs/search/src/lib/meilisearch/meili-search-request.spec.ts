import type { CandidateQuery } from '../search-engine';
import { buildSearchPlan, planQueries, queryText } from './meili-search-request';

const CERTS = new Set(['cert.iatf-16949']);
const query = (overrides: Partial<CandidateQuery> = {}): CandidateQuery => ({
  text: '',
  concepts: [],
  scianCodes: [],
  filters: { processes: [], materials: [], industries: [], certifications: [], states: [], verified: false },
  asOf: '2026-12-07',
  limit: 400,
  ...overrides,
});

describe('Meilisearch search requests', () => {
  it('sends at most 10 distinct words as q (Meilisearch ignores the rest)', () => {
    const long = 'aluminum die casting housings for automotive transmissions with IATF certificate near Monterrey and machining';
    expect(queryText(long)).toBe('aluminum die casting housings for automotive transmissions with IATF certificate');
    expect(queryText('  brake   Brake disc  brake ')).toBe('brake disc');
    expect(queryText('')).toBe('');
  });

  it('asks one text search when there are only words, with ranking scores, facets, the document, and valid-certificate counts', () => {
    const plan = buildSearchPlan('suppliers', query({ text: 'corrugated boxes', filters: { ...query().filters, states: ['19'] } }), CERTS);
    expect(planQueries(plan ?? { certificationCounts: [] })).toEqual([
      {
        indexUid: 'suppliers',
        q: 'corrugated boxes',
        filter: 'stateCodes IN ["19"]',
        page: 1,
        hitsPerPage: 400,
        showRankingScore: true,
        matchingStrategy: 'last',
        facets: ['stateCodes', 'processes', 'verificationLevel'],
        attributesToRetrieve: ['document', 'concepts'],
      },
      {
        indexUid: 'suppliers',
        q: 'corrugated boxes',
        matchingStrategy: 'last',
        filter:
          'stateCodes IN ["19"] AND ((certValid_iatf_16949_0_from <= 20261207 AND certValid_iatf_16949_0_until >= 20261207) OR ' +
          '(certValid_iatf_16949_1_from <= 20261207 AND certValid_iatf_16949_1_until >= 20261207) OR ' +
          '(certValid_iatf_16949_2_from <= 20261207 AND certValid_iatf_16949_2_until >= 20261207) OR ' +
          '(certValid_iatf_16949_3_from <= 20261207 AND certValid_iatf_16949_3_until >= 20261207))',
        page: 0,
        hitsPerPage: 1,
      },
    ]);
  });

  it('adds a concept search (placeholder q, concept OR SCIAN filter AND the filters) so the NAICS bridge needs no words', () => {
    const plan = buildSearchPlan('suppliers', query({ text: 'dog food', scianCodes: ['311110'], concepts: ['ind.food'], filters: { ...query().filters, verified: true } }), CERTS);
    expect(plan?.text?.q).toBe('dog food');
    expect(plan?.text?.filter).toBe('verified = true');
    expect(plan?.concepts).toMatchObject({
      q: '',
      filter: 'verified = true AND (concepts IN ["ind.food"] OR scianCodes IN ["311110"])',
      sort: ['completeness:desc', 'supplierId:asc'],
      hitsPerPage: 400,
    });
    expect(plan?.concepts).not.toHaveProperty('showRankingScore');
    // Two searches merged: facets come from the candidates, so no certificate counts are asked.
    expect(plan?.certificationCounts).toEqual([]);
    expect(planQueries(plan ?? { certificationCounts: [] })).toHaveLength(2);
  });

  it('without words or concepts asks everything the filters allow, in a stable order', () => {
    const plan = buildSearchPlan('suppliers', query({ limit: 20 }), CERTS);
    expect(planQueries(plan ?? { certificationCounts: [] })).toEqual([
      expect.objectContaining({ q: '', filter: undefined, hitsPerPage: 20, sort: ['completeness:desc', 'supplierId:asc'] }),
      expect.objectContaining({ q: '', page: 0, filter: expect.stringMatching(/^\(\(certValid_iatf_16949_0_from <= 20261207 /) }),
    ]);
  });

  it('asks nothing when a required certification cannot be in the index', () => {
    expect(buildSearchPlan('suppliers', query({ text: 'x', filters: { ...query().filters, certifications: ['cert.unknown'] } }), CERTS)).toBeNull();
  });
});
