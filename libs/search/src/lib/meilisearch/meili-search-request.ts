import type { MultiSearchQuery } from 'meilisearch';
import type { CandidateQuery } from '../search-engine';
import { andFilter, conceptExpression, filterExpressions } from './meili-filter';

/** Meilisearch reads only the first 10 words of `q` and ignores the rest (SEARCH.md). */
export const MEILI_QUERY_WORD_BUDGET = 10;

/** Facets as Meilisearch names them → the SearchFacets member they fill. */
export const FACET_ATTRIBUTES = {
  stateCodes: 'states',
  processes: 'processes',
  certificationCodes: 'certifications',
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

/** Which searches one candidate query takes; each is sent in one multi-search request. */
export interface MeiliSearchPlan {
  /** Text relevance over the filters (absent without words). */
  text?: MultiSearchQuery;
  /** Documents carrying one of the concepts or SCIAN classes, whatever their words (the NAICS bridge). */
  concepts?: MultiSearchQuery;
  /** Neither words nor concepts: everything the filters let through. */
  filtersOnly?: MultiSearchQuery;
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
    attributesToRetrieve: ['document'],
  };
  const q = queryText(query.text);
  const concepts = conceptExpression(query);
  const plan: MeiliSearchPlan = {};
  if (q !== '') {
    plan.text = { ...common, q, filter: andFilter(filters), showRankingScore: true, matchingStrategy: 'last' };
  }
  if (concepts !== null) {
    // No words to rank by: the most complete profiles first, then a stable order.
    plan.concepts = { ...common, q: '', filter: andFilter([...filters, concepts]), sort: ['completeness:desc', 'supplierId:asc'] };
  }
  if (!plan.text && !plan.concepts) {
    plan.filtersOnly = { ...common, q: '', filter: andFilter(filters), sort: ['completeness:desc', 'supplierId:asc'] };
  }
  return plan;
}

export function planQueries(plan: MeiliSearchPlan): MultiSearchQuery[] {
  return [plan.text, plan.concepts, plan.filtersOnly].filter((query): query is MultiSearchQuery => query !== undefined);
}
