import { isAdmin, type Principal } from '@puente/identity';
import type { Rfq } from '../entities/rfq.entity';

/**
 * Quotes are unsealed for the RFQ's buyer under open bidding, or once the RFQ has closed (`closed_at` set:
 * closed, then maybe awarded or cancelled). An RFQ cancelled while open never closed: its quotes stay sealed.
 */
export function quotesUnsealed(rfq: Pick<Rfq, 'bidding' | 'closedAt'>): boolean {
  return rfq.bidding === 'open' || rfq.closedAt !== null;
}

/** The same rule in SQL, over the RFQ aliased `r`: what every query that reads quotes for a buyer filters on. */
export const UNSEALED_SQL = `(r.bidding = 'open' OR r.closed_at IS NOT NULL)`;

/**
 * Whose quotes a caller may read in full: the quoting organization its own, the buyer organization the
 * ones on its RFQs once unsealed, admins all. As a WHERE condition over quotes `q` joined to rfqs `r`,
 * with the caller's organization as parameter `$n`.
 */
export function quoteReadCondition(principal: Principal, parameter: string): string {
  if (isAdmin(principal)) return 'TRUE';
  if (principal.organizationKind === 'supplier') return `q.supplier_organization_id = ${parameter}`;
  if (principal.organizationKind === 'buyer') return `(r.buyer_organization_id = ${parameter} AND ${UNSEALED_SQL})`;
  return 'FALSE';
}
