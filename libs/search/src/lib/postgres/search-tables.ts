// The PostgreSQL search index's tables, shared by the migration and by rebuilds (which create a `_next`
// set beside the live one and swap it in). Changing the layout needs a new migration as well.

export type IndexTables = { documents: string; postings: string; terms: string };

export const LIVE_TABLES: IndexTables = { documents: 'search_documents', postings: 'search_postings', terms: 'search_terms' };
export const NEXT_TABLES: IndexTables = { documents: 'search_documents_next', postings: 'search_postings_next', terms: 'search_terms_next' };

/**
 * - `search_documents`: one row per visible supplier, the whole document as jsonb (ranking reads it back)
 *   plus the columns filters use (concept codes with their process families, state codes, held and dated
 *   certifications, verification) and `tsv`, Spanish + English + codes, for the text terms.
 * - `search_postings`: (term, weight, supplier) with a btree in (term, weight DESC) order: concept (`c:`),
 *   SCIAN (`s:`) and word (`w:`, a stemmed, unaccented lexeme) terms. Candidates come out of this index
 *   already in score order, K per term, so a query never ranks the hundreds of thousands of rows a
 *   common word matches (SEARCH.md: ~1.3 µs per matched row for ts_rank_cd; 5-8 ms for index-ordered top K).
 * - `search_terms`: every word lexeme, with a pg_trgm GIN index: the typo pass looks a query word up here
 *   (tens of thousands of rows) rather than in the documents.
 */
export function createTablesSql(t: IndexTables, withSecondaryIndexes: boolean): string[] {
  return [
    `CREATE TABLE ${t.documents} (
       supplier_id         uuid        PRIMARY KEY,
       document            jsonb       NOT NULL,
       concepts            text[]      NOT NULL,
       scian_codes         text[]      NOT NULL,
       state_codes         text[]      NOT NULL,
       certifications      jsonb       NOT NULL,
       verified            boolean     NOT NULL,
       quality             real        NOT NULL,
       tsv                 tsvector    NOT NULL,
       updated_at          timestamptz NOT NULL
     )`,
    // `states` (bit n = INEGI state n) and `verified` copy the two common filters onto the posting, so the
    // ordered walk checks them inside the index (INCLUDE) instead of fetching each document.
    `CREATE TABLE ${t.postings} (
       term         text    NOT NULL,
       weight       real    NOT NULL,
       supplier_id  uuid    NOT NULL,
       states       bigint  NOT NULL,
       verified     boolean NOT NULL
     )`,
    `CREATE TABLE ${t.terms} (term text PRIMARY KEY)`,
    // Needed while loading too: the worker's upserts delete a supplier's postings by id.
    `CREATE INDEX ${t.postings}_supplier ON ${t.postings} (supplier_id)`,
    ...(withSecondaryIndexes ? secondaryIndexesSql(t) : []),
  ];
}

/** Built after a rebuild's bulk load (faster than maintaining them row by row). */
export function secondaryIndexesSql(t: IndexTables): string[] {
  return [
    `CREATE INDEX ${t.postings}_order ON ${t.postings} (term, weight DESC, supplier_id) INCLUDE (states, verified)`,
    `CREATE INDEX ${t.documents}_concepts ON ${t.documents} USING gin (concepts)`,
    `CREATE INDEX ${t.documents}_states ON ${t.documents} USING gin (state_codes)`,
    `CREATE INDEX ${t.documents}_quality ON ${t.documents} (quality DESC, supplier_id)`,
    `CREATE INDEX ${t.terms}_trgm ON ${t.terms} USING gin (term gin_trgm_ops)`,
  ];
}
