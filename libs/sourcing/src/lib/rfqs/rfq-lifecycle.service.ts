import { Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { Clock } from '@puente/platform';
import { DataSource } from 'typeorm';
import { Rfq } from '../entities/rfq.entity';
import type { RfqView } from '../rfq-views';
import { isPastDeadline } from './assert-open-for-writes';
import { lockOwnRfq } from './own-rfq';
import { RfqClosing } from './rfq-closing';
import { RfqNotices } from './rfq-notices';
import { assertTransition } from './rfq-transitions';
import { RfqService } from './rfq.service';
import { SupplierActivityOutbox } from '../track-record/supplier-activity-outbox';

/** The buyer ends an RFQ: closes it (no more quotes) or cancels it (no award will follow). */
@Injectable()
export class RfqLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rfqs: RfqService,
    private readonly closing: RfqClosing,
    private readonly notices: RfqNotices,
    private readonly activity: SupplierActivityOutbox,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** open -> closed. Past its deadline it closes for that reason, as the job would have a moment later. */
  close(principal: Principal, rfqId: string, origin: RequestOrigin): Promise<RfqView> {
    return this.dataSource.transaction(async (manager) => {
      const rfq = await lockOwnRfq(manager, principal, rfqId);
      assertTransition('close', rfq.state);
      const byDeadline = isPastDeadline(rfq, this.clock.now());
      await this.closing.close(manager, rfq, byDeadline ? 'deadline' : 'buyer', byDeadline ? null : principal, origin.ip);
      return this.rfqs.viewFor(manager, principal, rfqId);
    });
  }

  /** draft, open or closed (no line awarded yet) -> cancelled; invited suppliers are told. */
  cancel(principal: Principal, rfqId: string, reason: string | undefined, origin: RequestOrigin): Promise<RfqView> {
    return this.dataSource.transaction(async (manager) => {
      const rfq = await lockOwnRfq(manager, principal, rfqId);
      assertTransition('cancel', rfq.state);
      // An awarded line is a promise to a supplier: the RFQ it belongs to can no longer be cancelled.
      const [{ awarded }]: Array<{ awarded: boolean }> = await manager.query('SELECT EXISTS (SELECT 1 FROM rfq_awards WHERE rfq_id = $1) AS awarded', [rfqId]);
      if (awarded) assertTransition('cancel', 'partially_awarded');
      const now = this.clock.now();
      const before = rfq.state;
      await manager.update(Rfq, { id: rfqId }, { state: 'cancelled', cancelledAt: now, cancelReason: reason ?? null, updatedAt: now });
      Object.assign(rfq, { state: 'cancelled', cancelledAt: now, cancelReason: reason ?? null, updatedAt: now });
      await this.audit.record(manager, {
        action: 'rfq.cancelled',
        actor: principal,
        organizationId: rfq.buyerOrganizationId,
        target: { type: 'rfq', id: rfqId },
        before: { state: before },
        after: { state: 'cancelled', reason: reason ?? null },
        ip: origin.ip,
      });
      const [buyer]: Array<{ name: string }> = await manager.query('SELECT name FROM organizations WHERE id = $1', [rfq.buyerOrganizationId]);
      await this.notices.cancelled(manager, rfq, buyer?.name ?? '');
      await this.activity.invitedTo(manager, rfqId, 'closed');
      return this.rfqs.viewFor(manager, principal, rfqId);
    });
  }
}
