import { Injectable } from '@nestjs/common';
import { buildSearchDocuments, MatchingService, scoreCandidate, type RankedHit, type Requirement } from '@puente/search';
import type { EntityManager } from 'typeorm';
import { bestHitPerSupplier } from './best-hit-per-supplier';

/** Headroom over N: claimed profiles come first, so the pool must hold more than N to find enough of them. */
const POOL_FACTOR = 4;
const MIN_POOL = 100;

/** The search context's matching, asked the way the fan-out needs it. */
@Injectable()
export class SupplierMatches {
  constructor(private readonly matching: MatchingService) {}

  /** Matches the whole RFQ and each line; one hit per supplier (its best), best first. */
  async best(requirements: Requirement[], topN: number): Promise<RankedHit[]> {
    const pool = Math.max(MIN_POOL, topN * POOL_FACTOR);
    const answers: RankedHit[][] = [];
    // One after the other: each asks the engine for a few hundred candidates; in parallel they would compete.
    for (const requirement of requirements) answers.push(await this.matching.match(requirement, pool, { maxLimit: pool }));
    return bestHitPerSupplier(answers);
  }

  /** The buyer's picks the matching did not return, scored alone against the RFQ (null: not visible, or lacks a required certificate). */
  async scorePicks(manager: EntityManager, requirement: Requirement, supplierIds: string[]): Promise<Map<string, RankedHit | null>> {
    const documents = await buildSearchDocuments(manager, supplierIds);
    // No engine text relevance for a single document: the text component is left out rather than faked.
    const withoutText = { ...requirement, text: '' };
    return new Map(
      supplierIds.map((id) => {
        const document = documents.get(id);
        return [id, document ? scoreCandidate({ document, textScore: 0 }, withoutText) : null];
      }),
    );
  }
}
