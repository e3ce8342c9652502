import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@puente/platform';
import { mexicoCityDate } from '@puente/suppliers';
import { candidateQueryFor, rankCandidates, requirementFrom, understandQuery } from '../ranking/index';
import { RankingSignalsSource } from '../ranking/ranking-signals-source';
import type { RankedHit, Requirement } from '../ranking/ranking-types';
import { SearchEngine } from '../search-engine';
import { throwIfProblems, unknownCodeProblems, zipProblems } from './search-input';
import { CANDIDATE_LIMIT, hitView, MATCHING_MAX_LIMIT, type MatchingPageView } from './search-views';
import { SearchVisibility } from './search-visibility';

export interface MatchingRequest {
  text: string;
  processes: string[];
  materials: string[];
  industries: string[];
  certifications: Array<{ code: string; required: boolean }>;
  quantity: { value: number; unit: string } | null;
  zip: string | null;
  limit: number;
}

/**
 * RFQ-shaped matching. `match(requirement, limit)` is what the sourcing context calls with a requirement
 * it built itself; `matchRequest` checks a client's input first (the HTTP route).
 */
@Injectable()
export class MatchingService {
  constructor(
    @Inject(SearchEngine) private readonly engine: SearchEngine,
    private readonly visibility: SearchVisibility,
    private readonly signals: RankingSignalsSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The best visible suppliers for a requirement, best first, at most `limit` (1-100). A worker caller (the
   * RFQ fan-out, inviting more than 100) may raise the bound with `maxLimit`, never past the candidate budget.
   */
  async match(requirement: Requirement, limit: number, options: { maxLimit?: number } = {}): Promise<RankedHit[]> {
    const bound = Math.min(options.maxLimit ?? MATCHING_MAX_LIMIT, CANDIDATE_LIMIT);
    const bounded = Math.min(Math.max(1, limit), bound);
    const filters = {
      processes: [],
      materials: [],
      industries: [],
      // Required certifications are hard filters; the others only score.
      certifications: requirement.certifications.filter((c) => c.required).map((c) => c.code),
      states: [],
      verified: false,
    };
    const answer = await this.engine.candidates(candidateQueryFor(requirement, filters, CANDIDATE_LIMIT));
    const signals = await this.signals.signalsFor(answer.candidates.map((candidate) => candidate.document.supplierId));
    const ranked = rankCandidates(answer.candidates, requirement, signals);
    // Checked in slices so hidden listings do not shorten the answer.
    const hits: RankedHit[] = [];
    for (let start = 0; start < ranked.length && hits.length < bounded; start += bounded) {
      const slice = ranked.slice(start, start + bounded);
      const visible = await this.visibility.visible(slice.map((hit) => hit.document.supplierId));
      hits.push(...slice.filter((hit) => visible.has(hit.document.supplierId)));
    }
    return hits.slice(0, bounded);
  }

  async matchRequest(request: MatchingRequest): Promise<MatchingPageView> {
    throwIfProblems([
      ...unknownCodeProblems('processes', request.processes, ['process', 'process-family']),
      ...unknownCodeProblems('materials', request.materials, ['material']),
      ...unknownCodeProblems('industries', request.industries, ['industry']),
      ...unknownCodeProblems('certifications', request.certifications.map((c) => c.code), ['certification']).map((problem) => ({
        ...problem,
        field: `${(problem.field ?? "").replace(/\]$/, '')}].code`,
      })),
      ...zipProblems(request.zip),
    ]);
    const understanding = understandQuery(request.text);
    const requirement = requirementFrom(
      understanding,
      { processes: request.processes, materials: request.materials, industries: request.industries, certifications: request.certifications, zip: request.zip },
      mexicoCityDate(this.clock.now()),
    );
    if (request.quantity) requirement.quantity = { value: request.quantity.value, unit: request.quantity.unit };
    const hits = await this.match(requirement, request.limit);
    return { items: hits.map(hitView), query: understanding };
  }
}
