import type { VerificationLevel } from '@puente/suppliers';
import type { Explanation, QueryUnderstanding, RankedHit, TransitEstimate } from '../ranking/ranking-types';
import type { SearchFacets } from '../search-engine';

export const SEARCH_SORTS = ['relevance', 'transit'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Page size bounds of the search route and the matching route. */
export const SEARCH_MAX_LIMIT = 50;
export const MATCHING_MAX_LIMIT = 100;

/**
 * Candidates asked of the engine per query: the bounded set ranking reorders. Paging walks this ranked
 * list, so a query shows at most this many results (the buyer refines before reaching the end).
 */
export const CANDIDATE_LIMIT = 500;

/** `<offset>.<query hash>`: an offset into the ranked candidates, bound to the query that produced it. */
export const SEARCH_CURSOR_PATTERN = /^\d{1,4}\.[0-9a-f]{16}$/;

export interface SearchHitView {
  id: string;
  legalName: string | null;
  tradeName: string | null;
  claimed: boolean;
  verificationLevel: VerificationLevel;
  sources: Array<{ registry: string; id: string }>;
  location: { state: string; stateCode: string; municipality: string | null; lat: number; lon: number } | null;
  transit: TransitEstimate | null;
  score: number;
  explanation: Explanation;
}

export interface SearchPageView {
  items: SearchHitView[];
  facets: SearchFacets;
  nextCursor: string | null;
  total: number;
  totalExact: boolean;
  query: QueryUnderstanding;
}

export interface MatchingPageView {
  items: SearchHitView[];
  query: QueryUnderstanding;
}

export function hitView(hit: RankedHit): SearchHitView {
  const document = hit.document;
  const transit = hit.explanation.transit;
  const plant = (transit && document.plants.find((p) => p.plantId === transit.plantId)) ?? document.plants[0] ?? null;
  return {
    id: document.supplierId,
    legalName: document.legalName,
    tradeName: document.tradeName,
    claimed: document.claimed,
    verificationLevel: document.verificationLevel,
    sources: document.sources,
    location: plant ? { state: plant.state, stateCode: plant.stateCode, municipality: plant.municipality, lat: plant.lat, lon: plant.lon } : null,
    transit,
    score: Math.round(hit.score * 10_000) / 10_000,
    explanation: hit.explanation,
  };
}
