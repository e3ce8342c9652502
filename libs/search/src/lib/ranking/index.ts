// Query understanding and ranking, shared by every engine: pure, synchronous, catalog data only.
export { understandQuery, MAX_QUERY_LENGTH } from './understand-query';
export { requirementFrom, candidateQueryFor, expandProcess, type RequirementFilters } from './requirement';
export { rankCandidates, scoreCandidate } from './rank-candidates';
export { SCORE_WEIGHTS, CONCEPT_KIND_WEIGHTS } from './score-weights';
export * from './ranking-types';
export { NoRankingSignals, RankingSignalsSource } from './ranking-signals-source';
