import type { SupplierInvitationView } from '../rfq-views';
import type { DeclineReason, InvitationState } from '../rfq-vocabulary';
import { SUPPLIER_RFQ_SUMMARY_COLUMNS, supplierRfqSummary, type SupplierRfqSummaryRow } from './supplier-rfq-summary';

/** An invitation with its RFQ as listed to suppliers: `rfq_invitations i` joined to `rfqs r` and the buyer `organizations bo`. */
export const SUPPLIER_INVITATION_SQL = `
  SELECT i.id, i.state, i.decline_reason, i.created_at, ${SUPPLIER_RFQ_SUMMARY_COLUMNS}
    FROM rfq_invitations i
    JOIN supplier_profiles p ON p.id = i.supplier_id
    JOIN rfqs r ON r.id = i.rfq_id
    JOIN organizations bo ON bo.id = r.buyer_organization_id`;

export interface SupplierInvitationRow extends SupplierRfqSummaryRow {
  id: string;
  state: InvitationState;
  decline_reason: DeclineReason | null;
  created_at: Date;
}

export function supplierInvitationView(row: SupplierInvitationRow): SupplierInvitationView {
  return { id: row.id, rfq: supplierRfqSummary(row), state: row.state, declineReason: row.decline_reason, createdAt: row.created_at.toISOString() };
}
