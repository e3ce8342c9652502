import { Injectable } from '@nestjs/common';
import { vocabulary } from '@puente/catalog';
import type { Principal } from '@puente/identity';
import { AppError, Clock } from '@puente/platform';
import { buildSearchDocuments, expandProcess, type Requirement } from '@puente/search';
import { DataSource } from 'typeorm';
import { SUPPLIER_RFQ_SUMMARY_COLUMNS, supplierRfqSummary, type SupplierRfqSummaryRow } from '../invitations/supplier-rfq-summary';
import type { RfqFeedView } from '../rfq-views';
import { decodeFeedCursor } from './feed-cursor';
import { rankFeed } from './feed-ranking';

/** RFQs ranked per request, in memory: the open ones a supplier may see, nearest deadline first, at most this many. */
export const FEED_CANDIDATE_LIMIT = 1000;

export interface RfqFeedQuery {
  /** A process or process-family code: RFQs asking for it (a family matches its processes and back). */
  process?: string;
  /** ISO date-time: RFQs whose quote deadline is at or before it. */
  deadlineBefore?: string;
  cursor?: string;
  limit?: number;
}

interface FeedRow extends SupplierRfqSummaryRow {
  requirement: Requirement | null;
  invitation_id: string | null;
  invitation_state: string | null;
}

/** The supplier's feed: open public RFQs plus those that invited it, ranked by fit to its own profile. */
@Injectable()
export class RfqFeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async feed(principal: Principal, query: RfqFeedQuery): Promise<RfqFeedView> {
    const offset = decodeFeedCursor(query.cursor);
    const limit = query.limit ?? 20;
    const processes = query.process === undefined ? null : processCodes(query.process);
    const rows: FeedRow[] = await this.dataSource.query(
      `SELECT ${SUPPLIER_RFQ_SUMMARY_COLUMNS}, r.requirement, inv.id AS invitation_id, inv.state AS invitation_state
         FROM rfqs r
         JOIN organizations bo ON bo.id = r.buyer_organization_id
         LEFT JOIN LATERAL (
           SELECT i.id, i.state FROM rfq_invitations i JOIN supplier_profiles p ON p.id = i.supplier_id
            WHERE i.rfq_id = r.id AND p.organization_id = $1 ORDER BY i.created_at, i.id LIMIT 1
         ) inv ON true
        WHERE r.state = 'open' AND r.quote_deadline > $2
          AND (r.visibility = 'public' OR inv.id IS NOT NULL)
          AND ($3::text[] IS NULL OR r.processes && $3::text[])
          AND ($4::timestamptz IS NULL OR r.quote_deadline <= $4::timestamptz)
        ORDER BY (inv.id IS NOT NULL) DESC, r.quote_deadline, r.id
        LIMIT $5`,
      [principal.organizationId, this.clock.now(), processes, query.deadlineBefore ?? null, FEED_CANDIDATE_LIMIT],
    );
    const document = await this.ownDocument(principal.organizationId);
    const byId = new Map(rows.map((row) => [row.rfq_id, row]));
    const ranked = rankFeed(
      rows.map((row) => ({
        rfqId: row.rfq_id,
        requirement: row.requirement,
        invited: row.invitation_state === 'invited',
        quoteDeadline: row.rfq_quote_deadline as Date,
      })),
      document,
    );
    const page = ranked.slice(offset, offset + limit);
    return {
      items: page.map((item) => {
        const row = byId.get(item.rfqId) as FeedRow;
        return { rfq: supplierRfqSummary(row), invitationId: row.invitation_id, score: item.score, explanation: item.explanation };
      }),
      nextCursor: offset + limit < ranked.length ? String(offset + limit) : null,
      rankedBy: document ? 'fit' : 'deadline',
    };
  }

  /** The caller's published, visible supplier profile as search indexes it; null when it has none. */
  private async ownDocument(organizationId: string) {
    const [profile]: Array<{ id: string }> = await this.dataSource.query('SELECT id FROM supplier_profiles WHERE organization_id = $1', [organizationId]);
    if (!profile) return null;
    return (await buildSearchDocuments(this.dataSource.manager, [profile.id])).get(profile.id) ?? null;
  }
}

/** The codes an RFQ's processes may hold for this filter; 400 naming `process` for a code that is not a process. */
function processCodes(code: string): string[] {
  const entry = vocabulary().entry(code);
  if (!entry || (entry.kind !== 'process' && entry.kind !== 'process-family')) {
    throw new AppError('VALIDATION_FAILED', { details: [{ field: 'process', issue: 'unknown_code', message: `${code} is not a process of the vocabulary` }] });
  }
  return expandProcess(code);
}
