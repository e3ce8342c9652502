import type { RankingSignals } from './ranking-types';

/**
 * The seam through which another context (sourcing) feeds the ranking without search depending on it:
 * the search and matching services ask once per ranking for all their candidates (one query in the
 * implementation), then score synchronously. Given to `SearchModule.forRoot({ signals })`.
 */
export abstract class RankingSignalsSource {
  abstract signalsFor(supplierIds: readonly string[]): Promise<RankingSignals>;
}

/** No other context plugged in: no signal components (the ranking as before). */
export class NoRankingSignals extends RankingSignalsSource {
  async signalsFor(): Promise<RankingSignals> {
    return {};
  }
}
