import { createHash } from 'node:crypto';
import type { ListingFacts } from '../listing-facts';

/**
 * The hash that makes re-importing an unchanged row a no-op. It covers the mapped facts, not the raw
 * cells, so a new catalog (a vocabulary version that maps a text differently) updates the listings it
 * changes, and a reformatted cell that maps to the same facts does not. The mapper builds facts with a
 * fixed key order, so JSON text is a stable form.
 */
export function factsHash(facts: ListingFacts): string {
  return createHash('sha256').update(JSON.stringify(facts)).digest('base64url');
}
