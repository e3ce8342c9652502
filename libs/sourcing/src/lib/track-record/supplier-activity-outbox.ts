import { Injectable } from '@nestjs/common';
import { OutboxPublisher } from '@puente/platform';
import type { EntityManager } from 'typeorm';
import { supplierActivity, type SupplierActivityReason } from '../rfq-topics';

/**
 * Announces, in the transaction of the change, that suppliers' response figures may have moved: the worker
 * recomputes them (`SupplierResponseStatsConsumer`). One place, so every writer names the suppliers the same way.
 */
@Injectable()
export class SupplierActivityOutbox {
  constructor(private readonly outbox: OutboxPublisher) {}

  /** Nothing is written for an empty list (a fan-out that invited nobody new). */
  async suppliers(manager: EntityManager, supplierIds: readonly string[], reason: SupplierActivityReason): Promise<void> {
    const unique = [...new Set(supplierIds)].sort();
    if (unique.length === 0) return;
    await this.outbox.publish(manager, supplierActivity, { supplierIds: unique, reason });
  }

  /** Every supplier invited to the RFQ (its close or cancellation makes their unanswered invitations due). */
  async invitedTo(manager: EntityManager, rfqId: string, reason: SupplierActivityReason): Promise<void> {
    const rows: Array<{ supplier_id: string }> = await manager.query('SELECT supplier_id FROM rfq_invitations WHERE rfq_id = $1', [rfqId]);
    await this.suppliers(manager, rows.map((row) => row.supplier_id), reason);
  }

  /** Every supplier that quoted on the RFQ (an award decides on all their quotes, winners or not). */
  async quotedOn(manager: EntityManager, rfqId: string, reason: SupplierActivityReason): Promise<void> {
    const rows: Array<{ supplier_id: string }> = await manager.query('SELECT supplier_id FROM quotes WHERE rfq_id = $1', [rfqId]);
    await this.suppliers(manager, rows.map((row) => row.supplier_id), reason);
  }
}
