import type { EntityManager } from 'typeorm';
import type { SearchDocument } from '../search-document';
import type { CandidateAnswer, CandidateQuery, SearchFacets } from '../search-engine';
import type { IndexTables } from './search-tables';

/** How much a term kind counts when candidates are merged (ranking then reorders them with the full function). */
const CONCEPT_BOOST = 2.0;
const SCIAN_BOOST = 1.5;
const TYPO_BOOST = 0.7;
/** Query words looked at (Meilisearch's own limit is 10; RFQ text should reach the engine as concepts). */
const MAX_WORDS = 12;
/** Document frequency is counted up to this bound (an index-only walk); past it a term is simply "common". */
const DF_BOUND = 2_000;
const FACET_SIZE = 20;

interface Term {
  term: string;
  boost: number;
  text: boolean;
}

/**
 * Candidates in three bounded steps: (1) the query's words become lexemes through the same text search
 * configurations as the documents, a word no document has goes through the typo pass (pg_trgm over the
 * term list); (2) per term, the best K postings in index order, filters checked on the way; (3) merged
 * by summed weight, best `limit` kept and their documents fetched. Facets are counted over those
 * candidates (exact when no term was cut at K).
 */
export async function findCandidates(manager: EntityManager, t: IndexTables, query: CandidateQuery): Promise<CandidateAnswer> {
  const terms: Term[] = [
    ...[...new Set(query.concepts)].map((code) => ({ term: `c:${code}`, boost: CONCEPT_BOOST, text: false })),
    ...[...new Set(query.scianCodes)].map((code) => ({ term: `s:${code}`, boost: SCIAN_BOOST, text: false })),
    ...(await wordTerms(manager, t, query.text)),
  ];
  const conceptFilter = [...query.filters.processes, ...query.filters.materials, ...query.filters.industries];
  const filterParams = [
    conceptFilter,
    query.filters.states,
    query.filters.verified,
    query.filters.certifications,
    query.asOf,
  ];
  const filterSql = `($1::text[] = '{}' OR d.concepts @> $1::text[])
      AND ($2::text[] = '{}' OR d.state_codes && $2::text[])
      AND (NOT $3::boolean OR d.verified)
      AND ($4::text[] = '{}' OR NOT EXISTS (
            SELECT 1 FROM unnest($4::text[]) wanted
             WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(d.certifications) held
                                WHERE held->>'code' = wanted
                                  AND coalesce(held->>'from', '0000-00-00') <= $5::text
                                  AND coalesce(held->>'until', '9999-99-99') >= $5::text)))`;

  const asked = query.text.trim() !== '' || query.concepts.length > 0 || query.scianCodes.length > 0;
  if (asked && terms.length === 0) {
    // Words no document has (and no typo near them): nothing matches, rather than every document.
    return { candidates: [], facets: countFacets([], query.asOf, true), total: 0, totalExact: true };
  }
  let merged: Array<{ supplier_id: string; text: number; total: number }>;
  let truncated: boolean;
  let estimate = 0;
  if (terms.length === 0) {
    // Filters only: the documents in quality order (btree), filters checked while walking it.
    merged = await manager.query(
      `SELECT d.supplier_id, 0::float8 AS text, d.quality::float8 AS total FROM ${t.documents} d
        WHERE ${filterSql} ORDER BY d.quality DESC, d.supplier_id LIMIT $6`,
      [...filterParams, query.limit + 1],
    );
    truncated = merged.length > query.limit;
    if (truncated) {
      const [row] = await manager.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${t.documents} d WHERE ${filterSql} LIMIT ${DF_BOUND}) x`, filterParams);
      estimate = row.n;
    }
  } else {
    // States and verification are checked on the posting itself (index-only); the rarer concept and
    // certification filters need the document.
    const needsDocument = conceptFilter.length > 0 || query.filters.certifications.length > 0;
    const perTerm: Array<{ term: string; supplier_id: string; weight: number; df: number }> = await manager.query(
      `WITH terms AS MATERIALIZED (
         SELECT q.term, (SELECT count(*) FROM (SELECT 1 FROM ${t.postings} c WHERE c.term = q.term LIMIT ${DF_BOUND}) bounded)::int AS df
           FROM unnest($6::text[]) AS q(term))
       SELECT terms.term, terms.df, p.supplier_id, p.weight::float8 AS weight
         FROM terms
         CROSS JOIN LATERAL (
           SELECT p.supplier_id, p.weight FROM ${t.postings} p ${needsDocument ? `JOIN ${t.documents} d ON d.supplier_id = p.supplier_id` : ''}
            WHERE p.term = terms.term
              AND ($2::text[] = '{}' OR p.states & $8::bigint <> 0) AND (NOT $3::boolean OR p.verified)
              ${needsDocument ? `AND ${filterSql}` : `AND $1::text[] IS NOT NULL AND $4::text[] IS NOT NULL AND $5::text IS NOT NULL`}
            ORDER BY p.weight DESC, p.supplier_id LIMIT $7) p`,
      [...filterParams, terms.map((term) => term.term), query.limit, stateMask(query.filters.states)],
    );
    const [{ n: documentCount }] = await manager.query(`SELECT greatest(reltuples, 1)::float8 AS n FROM pg_class WHERE oid = '${t.documents}'::regclass`);
    const byTerm = new Map(terms.map((term) => [term.term, term]));
    const counts = new Map<string, number>();
    const scores = new Map<string, { text: number; total: number }>();
    for (const row of perTerm) {
      const term = byTerm.get(row.term) as Term;
      counts.set(row.term, (counts.get(row.term) ?? 0) + 1);
      // Word terms weigh by rarity (idf over the bounded document frequency); concept terms by their boost.
      const boost = term.text ? term.boost * Math.log(1 + Math.max(documentCount, row.df) / Math.max(row.df, 1)) : term.boost;
      const score = scores.get(row.supplier_id) ?? { text: 0, total: 0 };
      score.total += row.weight * boost;
      if (term.text) score.text += row.weight * boost;
      scores.set(row.supplier_id, score);
      estimate = Math.max(estimate, row.df);
    }
    truncated = [...counts.values()].some((count) => count >= query.limit);
    merged = [...scores]
      .map(([supplier_id, score]) => ({ supplier_id, ...score }))
      .sort((a, b) => b.total - a.total || (a.supplier_id < b.supplier_id ? -1 : 1));
    if (merged.length > query.limit) truncated = true;
  }
  const kept = merged.slice(0, query.limit);
  const documents = await fetchDocuments(manager, t, kept.map((row) => row.supplier_id));
  const maxText = Math.max(0, ...kept.map((row) => row.text));
  const candidates = kept.flatMap((row) => {
    const document = documents.get(row.supplier_id);
    return document ? [{ document, textScore: maxText > 0 ? row.text / maxText : 0 }] : [];
  });
  return {
    candidates,
    facets: countFacets(candidates.map((c) => c.document), query.asOf, !truncated),
    total: truncated ? Math.max(estimate, candidates.length) : candidates.length,
    totalExact: !truncated,
  };
}

/** Bit n set for INEGI state n (01-32), as stored on postings. */
function stateMask(states: string[]): string {
  return states.reduce((mask, code) => mask | (1n << BigInt(Number(code))), 0n).toString();
}

/** Each word's lexemes (Spanish, English, codes); a word none of whose lexemes is indexed gets its nearest terms (typos). */
async function wordTerms(manager: EntityManager, t: IndexTables, text: string): Promise<Term[]> {
  const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, MAX_WORDS);
  if (words.length === 0) return [];
  const rows: Array<{ word: string; lexemes: string[]; known: string[]; folded: string }> = await manager.query(
    `SELECT w.word, x.lexemes,
            array(SELECT l FROM unnest(x.lexemes) l WHERE EXISTS (SELECT 1 FROM ${t.terms} k WHERE k.term = l)) AS known,
            unaccent(w.word) AS folded
       FROM unnest($1::text[]) AS w(word)
       CROSS JOIN LATERAL (SELECT array(SELECT DISTINCT u.lexeme FROM unnest(
            to_tsvector('puente_es', w.word) || to_tsvector('puente_en', w.word) || to_tsvector('puente_codes', w.word)) u) AS lexemes) x`,
    [words],
  );
  const terms: Term[] = [];
  for (const row of rows) {
    if (row.lexemes.length === 0) continue; // a stop word
    if (row.known.length > 0) {
      terms.push(...row.known.map((lexeme) => ({ term: `w:${lexeme}`, boost: 1, text: true })));
      continue;
    }
    if (row.folded.length < 4) continue; // too short to correct safely
    const near: Array<{ term: string }> = await manager.query(
      `SELECT term FROM ${t.terms} WHERE term % $1 ORDER BY similarity(term, $1) DESC, term LIMIT 2`,
      [row.folded],
    );
    terms.push(...near.map((n) => ({ term: `w:${n.term}`, boost: TYPO_BOOST, text: true })));
  }
  return terms;
}

async function fetchDocuments(manager: EntityManager, t: IndexTables, ids: string[]): Promise<Map<string, SearchDocument>> {
  if (ids.length === 0) return new Map();
  const rows: Array<{ document: SearchDocument }> = await manager.query(`SELECT document FROM ${t.documents} WHERE supplier_id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((row) => [row.document.supplierId, row.document]));
}

/** Counts over the candidates: exact only when the candidates are every match. */
export function countFacets(documents: SearchDocument[], asOf: string, exact: boolean): SearchFacets {
  const tally = (values: (document: SearchDocument) => string[]) => {
    const counts = new Map<string, number>();
    for (const document of documents) for (const value of new Set(values(document))) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, FACET_SIZE);
  };
  return {
    states: tally((d) => d.plants.map((p) => p.stateCode)).map(([code, count]) => ({ code, count })),
    processes: tally((d) => d.processes).map(([code, count]) => ({ code, count })),
    certifications: tally((d) =>
      d.certifications.filter((c) => !c.declared && (c.validFrom ?? '0000') <= asOf && (c.validUntil ?? '9999') >= asOf).map((c) => c.code),
    ).map(([code, count]) => ({ code, count })),
    verificationLevels: tally((d) => [d.verificationLevel]).map(([level, count]) => ({ level, count })),
    exact,
  };
}
