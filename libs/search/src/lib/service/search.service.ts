import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@puente/platform';
import { mexicoCityDate } from '@puente/suppliers';
import { candidateQueryFor, rankCandidates, requirementFrom, understandQuery } from '../ranking/index';
import { RankingSignalsSource } from '../ranking/ranking-signals-source';
import type { RankedHit } from '../ranking/ranking-types';
import { SearchEngine, type SearchFilters } from '../search-engine';
import { decodeCursor, encodeCursor, queryHash } from './search-cursor';
import { throwIfProblems, unknownCodeProblems, unknownStateProblems, zipProblems } from './search-input';
import { CANDIDATE_LIMIT, hitView, type SearchPageView, type SearchSort } from './search-views';
import { SearchVisibility } from './search-visibility';

export interface SearchRequest {
  q: string;
  processes: string[];
  materials: string[];
  industries: string[];
  certifications: string[];
  states: string[];
  verified: boolean;
  zip: string | null;
  maxTransitDays: number | null;
  sort: SearchSort;
  limit: number;
  cursor: string | null;
}

/** The buyer search: understand → candidates → rank → transit filter → sort → page, plus facets. */
@Injectable()
export class SearchService {
  constructor(
    @Inject(SearchEngine) private readonly engine: SearchEngine,
    private readonly visibility: SearchVisibility,
    private readonly signals: RankingSignalsSource,
    private readonly clock: Clock,
  ) {}

  async search(request: SearchRequest): Promise<SearchPageView> {
    const normalized = normalize(request);
    throwIfProblems([
      ...unknownCodeProblems('processes', request.processes, ['process', 'process-family']),
      ...unknownCodeProblems('materials', request.materials, ['material']),
      ...unknownCodeProblems('industries', request.industries, ['industry']),
      ...unknownCodeProblems('certifications', request.certifications, ['certification']),
      ...unknownStateProblems(request.states),
      ...zipProblems(normalized.zip),
      ...(normalized.maxTransitDays !== null && normalized.zip === null
        ? [{ field: 'maxTransitDays', issue: 'requires_zip', message: 'maxTransitDays needs a zip to measure transit to' }]
        : []),
      ...(normalized.sort === 'transit' && normalized.zip === null
        ? [{ field: 'sort', issue: 'requires_zip', message: 'sort=transit needs a zip to measure transit to' }]
        : []),
    ]);
    const hash = queryHash(normalized);
    const offset = decodeCursor(request.cursor, hash);

    const asOf = mexicoCityDate(this.clock.now());
    const understanding = understandQuery(normalized.q);
    const requirement = requirementFrom(
      understanding,
      {
        processes: normalized.processes,
        materials: normalized.materials,
        industries: normalized.industries,
        certifications: normalized.certifications.map((code) => ({ code, required: true })),
        zip: normalized.zip,
      },
      asOf,
    );
    const filters: SearchFilters = {
      processes: normalized.processes,
      materials: normalized.materials,
      industries: normalized.industries,
      certifications: normalized.certifications,
      states: normalized.states,
      verified: normalized.verified,
    };
    const answer = await this.engine.candidates(candidateQueryFor(requirement, filters, CANDIDATE_LIMIT));
    const signals = await this.signals.signalsFor(answer.candidates.map((candidate) => candidate.document.supplierId));
    let ranked: RankedHit[] = rankCandidates(answer.candidates, requirement, signals);
    const maxDays = normalized.maxTransitDays;
    if (maxDays !== null) ranked = ranked.filter((hit) => hit.explanation.transit !== null && hit.explanation.transit.days <= maxDays);
    if (normalized.sort === 'transit') ranked = sortByTransit(ranked);

    const page = ranked.slice(offset, offset + request.limit);
    const visible = await this.visibility.visible(page.map((hit) => hit.document.supplierId));
    const next = offset + request.limit;
    const filteredByTransit = maxDays !== null;
    return {
      items: page.filter((hit) => visible.has(hit.document.supplierId)).map(hitView),
      facets: answer.facets,
      nextCursor: next < ranked.length ? encodeCursor(next, hash) : null,
      total: filteredByTransit ? ranked.length : answer.total,
      totalExact: answer.totalExact,
      query: understanding,
    };
  }
}

function sortByTransit(hits: RankedHit[]): RankedHit[] {
  const days = (hit: RankedHit) => hit.explanation.transit?.days ?? Number.POSITIVE_INFINITY;
  // Stable: equal transit keeps the relevance order.
  return hits.map((hit, index) => ({ hit, index })).sort((a, b) => days(a.hit) - days(b.hit) || a.index - b.index).map(({ hit }) => hit);
}

/** The query as the cursor hash sees it: text folded to single spaces, lists deduplicated and sorted. */
function normalize(request: SearchRequest) {
  const set = (values: string[]) => [...new Set(values)].sort();
  return {
    q: request.q.trim().replace(/\s+/g, ' '),
    processes: set(request.processes),
    materials: set(request.materials),
    industries: set(request.industries),
    certifications: set(request.certifications),
    states: set(request.states),
    verified: request.verified,
    zip: request.zip,
    maxTransitDays: request.maxTransitDays,
    sort: request.sort,
  };
}
