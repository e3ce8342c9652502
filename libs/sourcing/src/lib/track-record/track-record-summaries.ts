import type { EntityManager } from 'typeorm';
import type { SupplierTrackRecordSummaryView } from './track-record-views';

interface SummaryRow {
  supplier_id: string;
  rating_count: number;
  quality: string | null;
  communication: string | null;
  on_time: string | null;
  overall: string | null;
  invitations_due: number | null;
  invitations_answered: number | null;
  response_rate: string | null;
  quotes_submitted: number | null;
  median_minutes_to_quote: number | null;
  quotes_decided: number | null;
  quotes_awarded: number | null;
  award_rate: string | null;
  computed_at: Date | null;
}

/**
 * Rating averages and response figures for many suppliers in one query (the comparison reads all its
 * suppliers at once). Averages are rounded to one decimal and rates to four by PostgreSQL's numeric, so
 * no float ever rounds them twice.
 */
export async function trackRecordSummaries(manager: EntityManager, supplierIds: readonly string[]): Promise<Map<string, SupplierTrackRecordSummaryView>> {
  const ids = [...new Set(supplierIds)];
  if (ids.length === 0) return new Map();
  const rows: SummaryRow[] = await manager.query(
    `SELECT p.id AS supplier_id,
            r.rating_count, r.quality, r.communication, r.on_time, r.overall,
            s.invitations_due, s.invitations_answered,
            round(s.invitations_answered::numeric / nullif(s.invitations_due, 0), 4)::text AS response_rate,
            s.quotes_submitted, s.median_minutes_to_quote, s.quotes_decided, s.quotes_awarded,
            round(s.quotes_awarded::numeric / nullif(s.quotes_decided, 0), 4)::text AS award_rate,
            s.computed_at
       FROM unnest($1::uuid[]) AS p(id)
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS rating_count,
                round(avg(quality), 1)::text AS quality,
                round(avg(communication), 1)::text AS communication,
                round(avg(on_time), 1)::text AS on_time,
                round((avg(quality) + avg(communication) + avg(on_time)) / 3, 1)::text AS overall
           FROM supplier_ratings WHERE supplier_id = p.id
       ) r
       LEFT JOIN supplier_response_stats s ON s.supplier_id = p.id`,
    [ids],
  );
  return new Map(rows.map((row) => [row.supplier_id, summaryView(row)]));
}

function summaryView(row: SummaryRow): SupplierTrackRecordSummaryView {
  return {
    rating: { count: row.rating_count, quality: row.quality, communication: row.communication, onTime: row.on_time, overall: row.overall },
    responseStats:
      row.computed_at === null
        ? null
        : {
            invitationsDue: row.invitations_due ?? 0,
            invitationsAnswered: row.invitations_answered ?? 0,
            responseRate: row.response_rate,
            quotesSubmitted: row.quotes_submitted ?? 0,
            medianMinutesToQuote: row.median_minutes_to_quote,
            quotesDecided: row.quotes_decided ?? 0,
            quotesAwarded: row.quotes_awarded ?? 0,
            awardRate: row.award_rate,
            computedAt: row.computed_at.toISOString(),
          },
  };
}

/** What a supplier with no record reads (also the fallback should a summary be missing). */
export function emptyTrackRecordSummary(): SupplierTrackRecordSummaryView {
  return { rating: { count: 0, quality: null, communication: null, onTime: null, overall: null }, responseStats: null };
}
