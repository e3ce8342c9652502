import { isAdmin, type Principal } from '@puente/identity';
import type { EntityManager } from 'typeorm';
import type { RfqState } from '../rfq-vocabulary';
import type { RfqListView, RfqSummaryView } from '../rfq-views';
import { decodeRfqCursor, encodeRfqCursor } from './rfq-list-cursor';

export interface RfqListQuery {
  state?: RfqState;
  cursor?: string;
  limit?: number;
}

interface Row {
  id: string;
  state: RfqState;
  version: number;
  title: string;
  buyer_name: string;
  processes: string[];
  line_count: number;
  quote_deadline: Date | null;
  published_at: Date | null;
  invitation_count: number;
  quote_count: number;
  created_at: Date;
}

/** The buyer organization's RFQs (an admin's: everyone's), newest first, a page at a time. */
export async function listRfqs(manager: EntityManager, principal: Principal, query: RfqListQuery): Promise<RfqListView> {
  const limit = query.limit ?? 20;
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (!isAdmin(principal)) where.push(`r.buyer_organization_id = ${param(principal.organizationId)}`);
  if (query.state) where.push(`r.state = ${param(query.state)}`);
  if (query.cursor) {
    const cursor = decodeRfqCursor(query.cursor);
    where.push(`(r.created_at, r.id) < (${param(cursor.createdAt)}, ${param(cursor.id)}::uuid)`);
  }
  const rows: Row[] = await manager.query(
    `SELECT r.id, r.state, r.version, r.title, o.name AS buyer_name, r.processes, r.quote_deadline, r.published_at, r.created_at,
            (SELECT count(*)::int FROM rfq_lines l WHERE l.rfq_id = r.id) AS line_count,
            (SELECT count(*)::int FROM rfq_invitations i WHERE i.rfq_id = r.id) AS invitation_count,
            (SELECT count(*)::int FROM quotes q WHERE q.rfq_id = r.id AND q.state = 'active') AS quote_count
       FROM rfqs r JOIN organizations o ON o.id = r.buyer_organization_id
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY r.created_at DESC, r.id DESC
      LIMIT ${param(limit + 1)}`,
    params,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(summary),
    nextCursor: rows.length > limit && last ? encodeRfqCursor({ createdAt: last.created_at, id: last.id }) : null,
  };
}

function summary(row: Row): RfqSummaryView {
  return {
    id: row.id,
    state: row.state,
    version: row.version,
    title: row.title,
    buyerName: row.buyer_name,
    processes: row.processes,
    lineCount: row.line_count,
    quoteDeadline: row.quote_deadline?.toISOString() ?? null,
    publishedAt: row.published_at?.toISOString() ?? null,
    invitationCount: row.invitation_count,
    quoteCount: row.quote_count,
    createdAt: row.created_at.toISOString(),
  };
}
