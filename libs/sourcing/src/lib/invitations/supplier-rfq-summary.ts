import type { SupplierRfqSummaryView } from '../rfq-views';
import type { RfqState, RfqUnit, RfqVisibility } from '../rfq-vocabulary';

/**
 * The columns of an RFQ as listed to suppliers (never gated content: title, buyer, processes, quantities,
 * deadline), for a query over `rfqs r` joined to the buyer `organizations bo`. Prefixed `rfq_` so it sits
 * beside an invitation's own columns.
 */
export const SUPPLIER_RFQ_SUMMARY_COLUMNS = `
  r.id AS rfq_id, r.state AS rfq_state, r.title AS rfq_title, bo.name AS rfq_buyer_name, r.processes AS rfq_processes,
  r.quote_deadline AS rfq_quote_deadline, r.nda_required AS rfq_nda_required, r.visibility AS rfq_visibility,
  r.published_at AS rfq_published_at,
  coalesce((SELECT jsonb_agg(jsonb_build_object('processes', l.processes, 'quantities', l.quantities, 'unit', l.unit) ORDER BY l.position)
              FROM rfq_lines l WHERE l.rfq_id = r.id), '[]'::jsonb) AS rfq_lines`;

export interface SupplierRfqSummaryRow {
  rfq_id: string;
  rfq_state: RfqState;
  rfq_title: string;
  rfq_buyer_name: string;
  rfq_processes: string[];
  rfq_quote_deadline: Date | null;
  rfq_nda_required: boolean;
  rfq_visibility: RfqVisibility;
  rfq_published_at: Date | null;
  rfq_lines: Array<{ processes: string[]; quantities: number[]; unit: RfqUnit }>;
}

export function supplierRfqSummary(row: SupplierRfqSummaryRow): SupplierRfqSummaryView {
  return {
    id: row.rfq_id,
    state: row.rfq_state,
    title: row.rfq_title,
    buyerName: row.rfq_buyer_name,
    processes: row.rfq_processes,
    lines: row.rfq_lines,
    quoteDeadline: row.rfq_quote_deadline?.toISOString() ?? null,
    ndaRequired: row.rfq_nda_required,
    visibility: row.rfq_visibility,
    publishedAt: row.rfq_published_at?.toISOString() ?? null,
  };
}
