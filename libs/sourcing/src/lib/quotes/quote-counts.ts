import type { EntityManager } from 'typeorm';

/** The RFQ's active quotes: what the cap counts and what the buyer is told. */
export async function activeQuoteCount(manager: EntityManager, rfqId: string): Promise<number> {
  const [row]: Array<{ count: number }> = await manager.query(`SELECT count(*)::int AS count FROM quotes WHERE rfq_id = $1 AND state = 'active'`, [rfqId]);
  return row?.count ?? 0;
}

/** Every organization that quoted on the RFQ, active or withdrawn: they hear that it closed. */
export async function quotingOrganizationIds(manager: EntityManager, rfqId: string): Promise<string[]> {
  const rows: Array<{ supplier_organization_id: string }> = await manager.query('SELECT DISTINCT supplier_organization_id FROM quotes WHERE rfq_id = $1', [rfqId]);
  return rows.map((row) => row.supplier_organization_id);
}
