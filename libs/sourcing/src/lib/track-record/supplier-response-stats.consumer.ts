import { Injectable } from '@nestjs/common';
import { Clock, OnCommitted, type ConsumerContext } from '@puente/platform';
import { supplierActivity, type SupplierActivityReason } from '../rfq-topics';
import { recomputeResponseStats } from './supplier-response-stats';

/**
 * Keeps `supplier_response_stats` current: whatever the reason, each listed supplier's row is recomputed
 * whole in the consumer's transaction (with its inbox row), so a redelivery is skipped and a replay of the
 * same event computes the same row.
 */
@Injectable()
export class SupplierResponseStatsConsumer {
  constructor(private readonly clock: Clock) {}

  @OnCommitted(supplierActivity, { consumer: 'sourcing.supplier-response-stats' })
  async recompute({ supplierIds }: { supplierIds: string[]; reason: SupplierActivityReason }, { manager }: ConsumerContext): Promise<void> {
    await recomputeResponseStats(manager, supplierIds, this.clock.now());
  }
}
