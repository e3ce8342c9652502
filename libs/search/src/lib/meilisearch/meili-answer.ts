import type { FacetDistribution } from 'meilisearch';
import type { SearchDocument } from '../search-document';
import type { Candidate, CandidateAnswer, CandidateQuery, SearchFacets } from '../search-engine';
import { fromMeiliHit } from './meili-document';
import { MEILI_MAX_TOTAL_HITS } from './meili-settings';
import { FACET_ATTRIBUTES, type MeiliSearchPlan } from './meili-search-request';

/** The part of a Meilisearch search result the engine reads (documented response of POST /multi-search). */
export interface MeiliResult {
  hits: Array<{ document?: SearchDocument; concepts?: string[]; _rankingScore?: number }>;
  totalHits?: number;
  estimatedTotalHits?: number;
  facetDistribution?: FacetDistribution;
}

/** Results by the search they answer (planQueries' order). */
export interface PlanResults {
  text?: MeiliResult;
  concepts?: MeiliResult;
  filtersOnly?: MeiliResult;
  /** Certification code → how many matching documents hold a valid certificate of it. */
  certificationCounts: Map<string, number>;
}

export function resultsByPlan(plan: MeiliSearchPlan, results: readonly MeiliResult[]): PlanResults {
  const names = (['text', 'concepts', 'filtersOnly'] as const).filter((name) => plan[name] !== undefined);
  if (results.length !== names.length + plan.certificationCounts.length) {
    throw new Error(`Meilisearch answered ${results.length} results for ${names.length + plan.certificationCounts.length} searches`);
  }
  const byName: PlanResults = { certificationCounts: new Map() };
  names.forEach((name, index) => (byName[name] = results[index]));
  plan.certificationCounts.forEach(({ code }, index) => {
    const result = results[names.length + index];
    byName.certificationCounts.set(code, result.totalHits ?? result.estimatedTotalHits ?? 0);
  });
  return byName;
}

export const EMPTY_ANSWER: CandidateAnswer = {
  candidates: [],
  facets: { states: [], processes: [], certifications: [], verificationLevels: [], exact: true },
  total: 0,
  totalExact: true,
};

/**
 * Merges the searches into one bounded candidate set. textScore is `_rankingScore` divided by the best one of
 * this answer (1 = best; 0 for documents only the concepts brought). Order: documents both searches found,
 * then text score, then how many of the asked concepts and SCIAN classes they hold, then Meilisearch's
 * order. Facets and totals: one search's are Meilisearch's own (over every match); when two searches were
 * merged, facets are counted over the returned candidates and marked inexact, and the total is at least
 * the larger of the two.
 */
export function mapAnswer(results: PlanResults, query: Pick<CandidateQuery, 'concepts' | 'scianCodes' | 'asOf' | 'limit'>): CandidateAnswer {
  const searches = [results.text, results.concepts, results.filtersOnly].filter((result): result is MeiliResult => result !== undefined);
  if (searches.length === 0) return EMPTY_ANSWER;
  const asked = new Set([...query.concepts, ...query.scianCodes]);
  const held = (hit: MeiliResult['hits'][number], document: SearchDocument) =>
    [...new Set([...(hit.concepts ?? []), ...document.scianCodes])].filter((code) => asked.has(code)).length;
  const best = Math.max(0, ...(results.text?.hits ?? []).map((hit) => hit._rankingScore ?? 0));
  const merged = new Map<string, { document: SearchDocument; textScore: number; both: boolean; held: number; order: number }>();
  let order = 0;
  for (const hit of results.text?.hits ?? []) {
    const document = fromMeiliHit(hit);
    merged.set(document.supplierId, { document, textScore: best > 0 ? (hit._rankingScore ?? 0) / best : 0, both: false, held: held(hit, document), order: order++ });
  }
  for (const hit of [...(results.concepts?.hits ?? []), ...(results.filtersOnly?.hits ?? [])]) {
    const document = fromMeiliHit(hit);
    const known = merged.get(document.supplierId);
    if (known) known.both = results.text !== undefined && results.concepts !== undefined;
    else merged.set(document.supplierId, { document, textScore: 0, both: false, held: held(hit, document), order: order++ });
  }
  const ranked = [...merged.values()].sort(
    (a, b) => Number(b.both) - Number(a.both) || b.textScore - a.textScore || b.held - a.held || a.order - b.order,
  );
  const candidates: Candidate[] = ranked.slice(0, query.limit).map(({ document, textScore }) => ({ document, textScore: round(textScore) }));

  if (searches.length === 1) {
    const only = searches[0];
    const total = only.totalHits ?? only.estimatedTotalHits ?? candidates.length;
    const exact = only.totalHits !== undefined && total < MEILI_MAX_TOTAL_HITS;
    return {
      candidates,
      facets: { ...facetsFrom(only.facetDistribution ?? {}), certifications: codeCounts(results.certificationCounts), exact },
      total,
      totalExact: exact,
    };
  }
  const totals = searches.map((result) => result.totalHits ?? result.estimatedTotalHits ?? 0);
  const documents = candidates.map((candidate) => candidate.document);
  return {
    candidates,
    facets: { ...facetsFrom(countFacets(documents)), certifications: codeCounts(validCertificationCounts(documents, query.asOf)), exact: false },
    total: Math.max(merged.size, ...totals),
    totalExact: false,
  };
}

/** Meilisearch's `{ attribute: { value: count } }` → SearchFacets lists, most frequent first, ties by code. */
export function facetsFrom(distribution: FacetDistribution): Omit<SearchFacets, 'exact' | 'certifications'> {
  const list = (attribute: keyof typeof FACET_ATTRIBUTES) => byCount(Object.entries(distribution[attribute] ?? {}));
  return {
    states: list('stateCodes').map(([code, count]) => ({ code, count })),
    processes: list('processes').map(([code, count]) => ({ code, count })),
    verificationLevels: list('verificationLevel').map(([level, count]) => ({ level, count })),
  };
}

/** The same counts Meilisearch would give, over documents at hand (what a merged answer returns). */
export function countFacets(documents: readonly SearchDocument[]): FacetDistribution {
  const distribution: Record<keyof typeof FACET_ATTRIBUTES, Record<string, number>> = { stateCodes: {}, processes: {}, verificationLevel: {} };
  const add = (attribute: keyof typeof FACET_ATTRIBUTES, values: Iterable<string>) => {
    for (const value of new Set(values)) distribution[attribute][value] = (distribution[attribute][value] ?? 0) + 1;
  };
  for (const document of documents) {
    add('stateCodes', document.plants.map((plant) => plant.stateCode));
    add('processes', document.processes);
    add('verificationLevel', [document.verificationLevel]);
  }
  return distribution;
}

/** Documents holding a certificate of each code valid on `asOf` (not declared; open dates open). */
export function validCertificationCounts(documents: readonly SearchDocument[], asOf: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const document of documents) {
    const codes = new Set(
      document.certifications
        .filter((cert) => !cert.declared && (cert.validFrom === null || cert.validFrom <= asOf) && (cert.validUntil === null || cert.validUntil >= asOf))
        .map((cert) => cert.code),
    );
    for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

function codeCounts(counts: Map<string, number>): SearchFacets['certifications'] {
  return byCount([...counts]).map(([code, count]) => ({ code, count }));
}

function byCount(entries: Array<[string, number]>): Array<[string, number]> {
  return entries.filter(([, count]) => count > 0).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
