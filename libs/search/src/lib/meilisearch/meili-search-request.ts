import type { MultiSearchQuery } from 'meilisearch';
import type { CandidateQuery } from '../search-engine';
import { dayNumber } from './meili-fields';
import { andFilter, certificateValidExpression, conceptExpression, filterExpressions } from './meili-filter';

/** Meilisearch reads only the first 10 words of `q` and ignores the rest (SEARCH.md). */
export const MEILI_QUERY_WORD_BUDGET = 10;

/** Facets Meilisearch counts itself → the SearchFacets member they fill (certifications: see certificationCounts). */
export const FACET_ATTRIBUTES = {
  stateCodes: 'states',
  processes: 'processes',
  verificationLevel: 'verificationLevels',
} as const;

/**
 * The words sent as `q`: distinct words (case-insensitively) in their order, at most the budget. Sending
 * more would let Meilisearch drop words silently; ranking gets the full text anyway.
 */
export function queryText(text: string, budget = MEILI_QUERY_WORD_BUDGET): string {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of text.split(/\s+/)) {
    const key = word.toLowerCase();
    if (word === '' || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
    if (words.length === budget) break;
  }
  return words.join(' ');
}

/** Which searches one candidate query takes; all are sent in one multi-search request. */
export interface MeiliSearchPlan {
  /** Text relevance over the filters (absent without words). */
  text?: MultiSearchQuery;
  /** Documents carrying one of the concepts or SCIAN classes, whatever their words (the NAICS bridge). */
  concepts?: MultiSearchQuery;
  /** Neither words nor concepts: everything the filters let through. */
  filtersOnly?: MultiSearchQuery;
  /**
   * With a single search: one hit-less count per certification code (the same search AND a certificate of
   * that code valid on asOf), because validity depends on the day asked and a plain facet would count
   * expired certificates too.
   */
  certificationCounts: Array<{ code: string; query: MultiSearchQuery }>;
}

/**
 * Builds the searches for a candidate query; `null` when the filters cannot match anything (a certification
 * the index has no attribute for). A document is a candidate when its words match OR it carries a concept:
 * Meilisearch answers only documents matching at least one word of `q`, so concepts need a search of their
 * own (placeholder `q`, concept filter) rather than words in `q`.
 */
export function buildSearchPlan(indexUid: string, query: CandidateQuery, knownCertifications: ReadonlySet<string>): MeiliSearchPlan | null {
  const filters = filterExpressions(query.filters, query.asOf, knownCertifications);
  if (filters === null) return null;
  const common = {
    indexUid,
    // page/hitsPerPage make Meilisearch count the hits exhaustively (`totalHits`), up to maxTotalHits.
    page: 1,
    hitsPerPage: query.limit,
    facets: Object.keys(FACET_ATTRIBUTES),
    attributesToRetrieve: ['document', 'concepts'],
  };
  const q = queryText(query.text);
  const concepts = conceptExpression(query);
  const plan: MeiliSearchPlan = { certificationCounts: [] };
  if (q !== '') {
    plan.text = { ...common, q, filter: andFilter(filters), showRankingScore: true, matchingStrategy: 'last' };
  }
  if (concepts !== null) {
    // No words to rank by: the most complete profiles first, then a stable order (the answer reorders by concepts held).
    plan.concepts = { ...common, q: '', filter: andFilter([...filters, concepts]), sort: ['completeness:desc', 'supplierId:asc'] };
  }
  if (!plan.text && !plan.concepts) {
    plan.filtersOnly = { ...common, q: '', filter: andFilter(filters), sort: ['completeness:desc', 'supplierId:asc'] };
  }
  const single = [plan.text, plan.concepts, plan.filtersOnly].filter((search) => search !== undefined);
  if (single.length === 1) {
    const [search] = single;
    const day = dayNumber(query.asOf);
    plan.certificationCounts = [...knownCertifications].sort().map((code) => ({
      code,
      query: {
        indexUid,
        q: search.q,
        ...(search.matchingStrategy ? { matchingStrategy: search.matchingStrategy } : {}),
        filter: andFilter([...(search.filter ? [search.filter as string] : []), certificateValidExpression(code, day)]),
        // page 0: Meilisearch answers no documents, only the exhaustive totalHits (documented with pagination).
        page: 0,
        hitsPerPage: 1,
      },
    }));
  }
  return plan;
}

export function planQueries(plan: MeiliSearchPlan): MultiSearchQuery[] {
  return [
    ...[plan.text, plan.concepts, plan.filtersOnly].filter((query): query is MultiSearchQuery => query !== undefined),
    ...plan.certificationCounts.map(({ query }) => query),
  ];
}
