import type { EntityManager } from 'typeorm';

/**
 * Recomputes suppliers' `supplier_response_stats` rows whole from the sourcing tables, in one statement:
 *
 * - an invitation counts only when the supplier had an organization when invited (an unclaimed listing
 *   had nobody who could answer);
 * - it is answered by a quote the supplier sent on that RFQ (withdrawn later or not) or by a decline;
 * - it is due once answered or once the RFQ stops taking quotes (closed, awarded, cancelled, or past its
 *   deadline at `now`);
 * - minutes to quote run from the invitation to the supplier's first submission on that RFQ (a revision
 *   keeps `submitted_at`); the median over its quoted invitations, rounded to the minute;
 * - quotes decided are its quotes not withdrawn on RFQs with at least one award; awarded ones won a line.
 *
 * Idempotent by construction: the same tables give the same row, and a row whose figures did not change
 * is not touched at all (not even `computed_at`), so a replayed event changes nothing.
 */
export async function recomputeResponseStats(manager: EntityManager, supplierIds: readonly string[], now: Date): Promise<void> {
  const ids = [...new Set(supplierIds)].sort();
  if (ids.length === 0) return;
  // One supplier's recomputations run one after the other (ids in order: no deadlock between two lists),
  // so the statement of the later one starts after the earlier commits and never writes older figures.
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('sourcing:response-stats:' || s.id::text, 0)) FROM (SELECT unnest($1::uuid[]) AS id ORDER BY 1) s`, [ids]);
  await manager.query(
    `WITH invitations AS (
       SELECT i.supplier_id,
              i.created_at,
              q.submitted_at,
              (q.id IS NOT NULL OR i.state = 'declined') AS answered,
              (r.state IN ('closed', 'awarded', 'cancelled') OR (r.quote_deadline IS NOT NULL AND r.quote_deadline <= $2)) AS stopped
         FROM rfq_invitations i
         JOIN rfqs r ON r.id = i.rfq_id
         LEFT JOIN quotes q ON q.rfq_id = i.rfq_id AND q.supplier_id = i.supplier_id
        WHERE i.supplier_id = ANY($1::uuid[]) AND i.supplier_organization_id IS NOT NULL
     ), quoted AS (
       SELECT q.supplier_id,
              count(*)::int AS submitted,
              (count(*) FILTER (WHERE q.state <> 'withdrawn' AND EXISTS (SELECT 1 FROM rfq_awards a WHERE a.rfq_id = q.rfq_id)))::int AS decided,
              (count(*) FILTER (WHERE q.state <> 'withdrawn' AND EXISTS (SELECT 1 FROM rfq_awards a WHERE a.quote_id = q.id)))::int AS awarded
         FROM quotes q
        WHERE q.supplier_id = ANY($1::uuid[])
        GROUP BY q.supplier_id
     ), answering AS (
       SELECT supplier_id,
              (count(*) FILTER (WHERE answered OR stopped))::int AS due,
              (count(*) FILTER (WHERE answered))::int AS answered,
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, extract(epoch FROM submitted_at - created_at) / 60))
                    FILTER (WHERE submitted_at IS NOT NULL))::int AS median_minutes
         FROM invitations
        GROUP BY supplier_id
     )
     INSERT INTO supplier_response_stats AS s
            (supplier_id, invitations_due, invitations_answered, quotes_submitted, median_minutes_to_quote, quotes_decided, quotes_awarded, computed_at)
     SELECT p.id, coalesce(a.due, 0), coalesce(a.answered, 0), coalesce(q.submitted, 0), a.median_minutes, coalesce(q.decided, 0), coalesce(q.awarded, 0), $2
       FROM supplier_profiles p
       LEFT JOIN answering a ON a.supplier_id = p.id
       LEFT JOIN quoted q ON q.supplier_id = p.id
      WHERE p.id = ANY($1::uuid[])
     ON CONFLICT (supplier_id) DO UPDATE
        SET invitations_due = EXCLUDED.invitations_due,
            invitations_answered = EXCLUDED.invitations_answered,
            quotes_submitted = EXCLUDED.quotes_submitted,
            median_minutes_to_quote = EXCLUDED.median_minutes_to_quote,
            quotes_decided = EXCLUDED.quotes_decided,
            quotes_awarded = EXCLUDED.quotes_awarded,
            computed_at = EXCLUDED.computed_at
      WHERE (s.invitations_due, s.invitations_answered, s.quotes_submitted, s.median_minutes_to_quote, s.quotes_decided, s.quotes_awarded)
            IS DISTINCT FROM
            (EXCLUDED.invitations_due, EXCLUDED.invitations_answered, EXCLUDED.quotes_submitted, EXCLUDED.median_minutes_to_quote, EXCLUDED.quotes_decided, EXCLUDED.quotes_awarded)`,
    [ids, now],
  );
}
