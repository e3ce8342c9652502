import { Injectable } from '@nestjs/common';
import { AuditLog } from '@puente/identity';
import { Clock } from '@puente/platform';
import type { EntityManager } from 'typeorm';
import { Rfq } from '../entities/rfq.entity';
import type { RfqCloseReason } from '../rfq-vocabulary';
import { SupplierActivityOutbox } from '../track-record/supplier-activity-outbox';
import { RfqNotices } from './rfq-notices';

/** Who closed it: a buyer's user, or nobody (the deadline job, the sweep, the quote cap). */
export type ClosingActor = { userId: string; organizationId: string } | null;

/** open -> closed, whoever closes it: one place for the state, the audit event and the notices. */
@Injectable()
export class RfqClosing {
  constructor(
    private readonly audit: AuditLog,
    private readonly notices: RfqNotices,
    private readonly activity: SupplierActivityOutbox,
    private readonly clock: Clock,
  ) {}

  /** The caller holds the RFQ's row lock and has checked it is open. */
  async close(manager: EntityManager, rfq: Rfq, reason: RfqCloseReason, actor: ClosingActor, ip: string | null = null): Promise<Rfq> {
    const now = this.clock.now();
    rfq.state = 'closed';
    rfq.closedAt = now;
    rfq.closedReason = reason;
    rfq.updatedAt = now;
    await manager.update(Rfq, { id: rfq.id }, { state: 'closed', closedAt: now, closedReason: reason, updatedAt: now });
    await this.audit.record(manager, {
      action: 'rfq.closed',
      actor,
      organizationId: rfq.buyerOrganizationId,
      target: { type: 'rfq', id: rfq.id },
      before: { state: 'open' },
      after: { state: 'closed', reason, quoteDeadline: rfq.quoteDeadline?.toISOString() ?? null },
      ip,
    });
    await this.notices.closed(manager, rfq, reason);
    // Unanswered invitations are now due: the invited suppliers' response rates move.
    await this.activity.invitedTo(manager, rfq.id, 'closed');
    return rfq;
  }
}
