import { Injectable } from '@nestjs/common';
import type { Principal } from '@puente/identity';
import { AppError } from '@puente/platform';
import type { EntityManager } from 'typeorm';
import { RfqComparisonService, type ComparisonSnapshot } from '../comparison/rfq-comparison.service';
import type { Rfq } from '../entities/rfq.entity';

/** What an award keeps of the comparison it was made on: the frozen snapshot, or why there is none. */
export type FrozenAwardComparison = { snapshot: ComparisonSnapshot & { frozenAt: string } } | { snapshot: null; unavailable: string };

/**
 * The comparison an award is made on, frozen in the award's transaction (the comparison service freezes it
 * now when nobody has read it yet). Without an exchange rate for an MXN quote there is no comparison to
 * freeze: the award goes ahead and records that, rather than leaving the buyer unable to award. A savepoint
 * keeps the award's transaction usable whatever the attempt did.
 */
@Injectable()
export class AwardComparison {
  constructor(private readonly comparisons: RfqComparisonService) {}

  async freeze(manager: EntityManager, principal: Principal, rfq: Rfq): Promise<FrozenAwardComparison> {
    await manager.query('SAVEPOINT award_comparison');
    try {
      const snapshot = await this.comparisons.frozenSnapshot(manager, principal, rfq);
      await manager.query('RELEASE SAVEPOINT award_comparison');
      return { snapshot };
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'FX_RATE_MISSING')) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT award_comparison');
      return { snapshot: null, unavailable: error.code };
    }
  }
}
