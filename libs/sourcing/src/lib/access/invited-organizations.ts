import type { EntityManager } from 'typeorm';

/**
 * The supplier organizations an RFQ invited, by who owns each invited profile NOW (a listing claimed after
 * the invitation belongs to its new owner), leaving out those that declined: whom its notices go to.
 */
export async function invitedOrganizationIds(manager: EntityManager, rfqId: string): Promise<string[]> {
  const rows: Array<{ organization_id: string }> = await manager.query(
    `SELECT DISTINCT p.organization_id
       FROM rfq_invitations i JOIN supplier_profiles p ON p.id = i.supplier_id
      WHERE i.rfq_id = $1 AND i.state = 'invited' AND p.organization_id IS NOT NULL`,
    [rfqId],
  );
  return rows.map((row) => row.organization_id);
}

/** Whether the organization owns a supplier profile the RFQ invited (declined or not: it may still read it). */
export async function wasInvited(manager: EntityManager, rfqId: string, organizationId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM rfq_invitations i JOIN supplier_profiles p ON p.id = i.supplier_id
      WHERE i.rfq_id = $1 AND p.organization_id = $2 LIMIT 1`,
    [rfqId, organizationId],
  );
  return rows.length > 0;
}

/** Whether the organization has a quote on the RFQ (active or withdrawn). */
export async function hasQuoted(manager: EntityManager, rfqId: string, organizationId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query('SELECT 1 FROM quotes WHERE rfq_id = $1 AND supplier_organization_id = $2', [rfqId, organizationId]);
  return rows.length > 0;
}
