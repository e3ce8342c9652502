import type { EntityManager } from 'typeorm';
import type { InvitationCandidate } from './invitation-selection';

export interface InsertedInvitation {
  id: string;
  supplierId: string;
  /** Null for an unclaimed listing: nobody to notify. */
  organizationId: string | null;
}

/**
 * Inserts the invitations that do not exist yet (unique rfq + supplier: a replay or a second fan-out adds
 * nothing) and answers only the new ones. The supplier is checked here, at insert time, not at match
 * time: a profile suspended or withdrawn, or an organization suspended, in between is skipped. The
 * profiles are share-locked for the statement so a suspension cannot commit halfway through it.
 */
export async function insertInvitations(manager: EntityManager, rfqId: string, candidates: InvitationCandidate[], now: Date): Promise<InsertedInvitation[]> {
  if (candidates.length === 0) return [];
  const rows: Array<{ id: string; supplier_id: string; supplier_organization_id: string | null }> = await manager.query(
    `WITH wanted AS (
       SELECT c.supplier_id, c.source, c.rank, c.score, c.explanation, c.ordinal
         FROM jsonb_to_recordset($2::jsonb) AS c(supplier_id uuid, source text, rank integer, score real, explanation jsonb, ordinal integer)
     ), eligible AS (
       SELECT w.*, p.organization_id
         FROM wanted w
         JOIN supplier_profiles p ON p.id = w.supplier_id
         LEFT JOIN organizations o ON o.id = p.organization_id
        WHERE p.published_data IS NOT NULL AND p.state NOT IN ('suspended', 'withdrawn')
          AND (p.organization_id IS NULL OR o.suspended_at IS NULL)
        ORDER BY w.ordinal
          FOR SHARE OF p
     )
     INSERT INTO rfq_invitations (rfq_id, supplier_id, supplier_organization_id, source, rank, score, explanation, state, created_at)
     SELECT $1, e.supplier_id, e.organization_id, e.source, e.rank, e.score, e.explanation, 'invited', $3
       FROM eligible e
      ORDER BY e.ordinal
     ON CONFLICT (rfq_id, supplier_id) DO NOTHING
     RETURNING id, supplier_id, supplier_organization_id`,
    [rfqId, JSON.stringify(candidates.map((candidate, ordinal) => ({ ...candidate, supplier_id: candidate.supplierId, ordinal }))), now],
  );
  return rows.map((row) => ({ id: row.id, supplierId: row.supplier_id, organizationId: row.supplier_organization_id }));
}

/** Records that the members of these invitations' organizations were told. */
export async function markNotified(manager: EntityManager, invitationIds: string[], now: Date): Promise<void> {
  if (invitationIds.length === 0) return;
  await manager.query('UPDATE rfq_invitations SET notified_at = $2 WHERE id = ANY($1::uuid[])', [invitationIds, now]);
}
