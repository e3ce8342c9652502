import type { FacetDistribution } from 'meilisearch';
import type { SearchDocument } from '../search-document';
import type { Candidate, CandidateAnswer, SearchFacets } from '../search-engine';
import { fromMeiliHit } from './meili-document';
import { MEILI_MAX_TOTAL_HITS } from './meili-settings';
import { FACET_ATTRIBUTES, type MeiliSearchPlan } from './meili-search-request';

/** The part of a Meilisearch search result the engine reads (documented response of POST /multi-search). */
export interface MeiliResult {
  hits: Array<{ document?: SearchDocument; _rankingScore?: number }>;
  totalHits?: number;
  estimatedTotalHits?: number;
  facetDistribution?: FacetDistribution;
}

/** Results in the order planQueries sent them. */
export interface PlanResults {
  text?: MeiliResult;
  concepts?: MeiliResult;
  filtersOnly?: MeiliResult;
}

export function resultsByPlan(plan: MeiliSearchPlan, results: readonly MeiliResult[]): PlanResults {
  const names = (['text', 'concepts', 'filtersOnly'] as const).filter((name) => plan[name] !== undefined);
  if (results.length !== names.length) throw new Error(`Meilisearch answered ${results.length} results for ${names.length} searches`);
  return Object.fromEntries(names.map((name, index) => [name, results[index]]));
}

export const EMPTY_ANSWER: CandidateAnswer = {
  candidates: [],
  facets: { states: [], processes: [], certifications: [], verificationLevels: [], exact: true },
  total: 0,
  totalExact: true,
};

/**
 * Merges the searches into one bounded candidate set. textScore is `_rankingScore` divided by the best one of
 * this answer (1 = best; 0 for documents only the concepts brought). Documents both searches found come
 * first, then by text score, then in the order Meilisearch gave. Facets and totals: one search's are
 * Meilisearch's own (over every match); when two searches were merged, facets are counted over the returned
 * candidates and marked inexact, and the total is at least the larger of the two.
 */
export function mapAnswer(results: PlanResults, limit: number): CandidateAnswer {
  const searches = [results.text, results.concepts, results.filtersOnly].filter((result): result is MeiliResult => result !== undefined);
  if (searches.length === 0) return EMPTY_ANSWER;
  const best = Math.max(0, ...(results.text?.hits ?? []).map((hit) => hit._rankingScore ?? 0));
  const merged = new Map<string, { document: SearchDocument; textScore: number; both: boolean; order: number }>();
  let order = 0;
  for (const hit of results.text?.hits ?? []) {
    const document = fromMeiliHit(hit);
    merged.set(document.supplierId, { document, textScore: best > 0 ? (hit._rankingScore ?? 0) / best : 0, both: false, order: order++ });
  }
  for (const hit of [...(results.concepts?.hits ?? []), ...(results.filtersOnly?.hits ?? [])]) {
    const document = fromMeiliHit(hit);
    const known = merged.get(document.supplierId);
    if (known) known.both = results.text !== undefined && results.concepts !== undefined;
    else merged.set(document.supplierId, { document, textScore: 0, both: false, order: order++ });
  }
  const ranked = [...merged.values()].sort((a, b) => Number(b.both) - Number(a.both) || b.textScore - a.textScore || a.order - b.order);
  const candidates: Candidate[] = ranked.slice(0, limit).map(({ document, textScore }) => ({ document, textScore: round(textScore) }));

  if (searches.length === 1) {
    const only = searches[0];
    const total = only.totalHits ?? only.estimatedTotalHits ?? candidates.length;
    return {
      candidates,
      facets: { ...facetsFrom(only.facetDistribution ?? {}), exact: true },
      total,
      totalExact: only.totalHits !== undefined && total < MEILI_MAX_TOTAL_HITS,
    };
  }
  const totals = searches.map((result) => result.totalHits ?? result.estimatedTotalHits ?? 0);
  return {
    candidates,
    facets: { ...facetsFrom(countFacets(candidates.map((candidate) => candidate.document))), exact: false },
    total: Math.max(merged.size, ...totals),
    totalExact: false,
  };
}

/** Meilisearch's `{ attribute: { value: count } }` → SearchFacets lists, most frequent first, ties by code. */
export function facetsFrom(distribution: FacetDistribution): Omit<SearchFacets, 'exact'> {
  const list = (attribute: keyof typeof FACET_ATTRIBUTES) =>
    Object.entries(distribution[attribute] ?? {})
      .filter(([, count]) => count > 0)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return {
    states: list('stateCodes').map(([code, count]) => ({ code, count })),
    processes: list('processes').map(([code, count]) => ({ code, count })),
    certifications: list('certificationCodes').map(([code, count]) => ({ code, count })),
    verificationLevels: list('verificationLevel').map(([level, count]) => ({ level, count })),
  };
}

/** The same counts Meilisearch would give, over documents at hand (what the merged answer returns). */
export function countFacets(documents: readonly SearchDocument[]): FacetDistribution {
  const distribution: Record<keyof typeof FACET_ATTRIBUTES, Record<string, number>> = {
    stateCodes: {},
    processes: {},
    certificationCodes: {},
    verificationLevel: {},
  };
  const add = (attribute: keyof typeof FACET_ATTRIBUTES, values: Iterable<string>) => {
    for (const value of new Set(values)) distribution[attribute][value] = (distribution[attribute][value] ?? 0) + 1;
  };
  for (const document of documents) {
    add('stateCodes', document.plants.map((plant) => plant.stateCode));
    add('processes', document.processes);
    add('certificationCodes', document.certifications.filter((cert) => !cert.declared).map((cert) => cert.code));
    add('verificationLevel', [document.verificationLevel]);
  }
  return distribution;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
