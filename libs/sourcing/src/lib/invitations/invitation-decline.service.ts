import { Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, Clock } from '@puente/platform';
import { DataSource } from 'typeorm';
import { Rfq } from '../entities/rfq.entity';
import { assertOpenForWrites } from '../rfqs/assert-open-for-writes';
import type { SupplierInvitationView } from '../rfq-views';
import type { DeclineReason } from '../rfq-vocabulary';
import { SupplierActivityOutbox } from '../track-record/supplier-activity-outbox';
import { SUPPLIER_INVITATION_SQL, supplierInvitationView, type SupplierInvitationRow } from './supplier-invitation-view';

export interface DeclineInput {
  reason: DeclineReason;
  note?: string;
}

/** A supplier says no to an invitation, with a reason the buyer sees counted. */
@Injectable()
export class InvitationDeclineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly activity: SupplierActivityOutbox,
    private readonly clock: Clock,
  ) {}

  /** The organization that owns the invited profile now; another's invitation is 404. Once only, while the RFQ is open. */
  decline(principal: Principal, invitationId: string, input: DeclineInput, origin: RequestOrigin): Promise<SupplierInvitationView> {
    return this.dataSource.transaction(async (manager) => {
      const [invitation]: Array<{ id: string; rfq_id: string; supplier_id: string; state: string }> = await manager.query(
        `SELECT i.id, i.rfq_id, i.supplier_id, i.state FROM rfq_invitations i JOIN supplier_profiles p ON p.id = i.supplier_id
          WHERE i.id = $1 AND p.organization_id = $2 FOR UPDATE OF i`,
        [invitationId, principal.organizationId],
      );
      if (!invitation) throw new AppError('NOT_FOUND', { details: [{ field: 'invitationId', issue: 'not_found', message: 'invitationId not found' }] });
      if (invitation.state !== 'invited') {
        throw new AppError('INVITATION_INVALID_TRANSITION', {
          details: [{ field: 'invitationId', issue: `decline_from_${invitation.state}`, message: `the invitation is already ${invitation.state}` }],
        });
      }
      const now = this.clock.now();
      assertOpenForWrites(await manager.findOneByOrFail(Rfq, { id: invitation.rfq_id }), now);
      const note = input.note?.trim() || null;
      await manager.query(
        `UPDATE rfq_invitations SET state = 'declined', decline_reason = $2, decline_note = $3, declined_by = $4, declined_at = $5 WHERE id = $1`,
        [invitationId, input.reason, note, principal.userId, now],
      );
      await this.audit.record(manager, {
        action: 'rfq.invitation_declined',
        actor: principal,
        organizationId: principal.organizationId,
        target: { type: 'rfq_invitation', id: invitationId },
        before: { state: 'invited' },
        after: { state: 'declined', reason: input.reason, note, rfqId: invitation.rfq_id },
        ip: origin.ip,
      });
      await this.activity.suppliers(manager, [invitation.supplier_id], 'declined');
      const [row]: SupplierInvitationRow[] = await manager.query(`${SUPPLIER_INVITATION_SQL} WHERE i.id = $1`, [invitationId]);
      return supplierInvitationView(row);
    });
  }
}
