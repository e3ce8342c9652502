import type { EntityManager } from 'typeorm';
import type { SearchDocument } from '../search-document';
import { documentRow } from './document-row';
import type { IndexTables } from './search-tables';

/** Word postings from a name weigh more than from a description; the document's quality orders ties. */
const NAME_WEIGHT = 1.0;
const TEXT_WEIGHT = 0.6;
const QUALITY_SHARE = 0.3;

/**
 * Writes documents and their postings into one set of index tables, inside the caller's transaction.
 * A document older than the stored one (`updated_at`) does not replace it, so a late rebuild batch cannot
 * undo a newer worker write; postings are always regenerated from the row that stays.
 */
export async function writeDocuments(manager: EntityManager, t: IndexTables, documents: SearchDocument[]): Promise<void> {
  if (documents.length === 0) return;
  // The last version of an id wins within one call.
  const rows = [...new Map(documents.map((d) => [d.supplierId, documentRow(d)])).values()];
  const ids = rows.map((row) => row.supplier_id);
  await manager.query(
    `INSERT INTO ${t.documents} AS d (supplier_id, document, concepts, scian_codes, state_codes, certifications, verified, quality, tsv, updated_at)
     SELECT r.supplier_id, r.document, r.concepts, r.scian_codes, r.state_codes, r.certifications, r.verified, r.quality,
            setweight(to_tsvector('puente_es', r.names), 'A') || setweight(to_tsvector('puente_en', r.names), 'A')
              || setweight(to_tsvector('puente_es', r.text_es), 'B') || setweight(to_tsvector('puente_en', r.text_en), 'B')
              || setweight(to_tsvector('puente_codes', r.codes), 'A'),
            r.updated_at
       FROM jsonb_to_recordset($1::jsonb) AS r(supplier_id uuid, document jsonb, concepts text[], scian_codes text[], state_codes text[],
            certifications jsonb, verified boolean, quality real, names text, text_es text, text_en text, codes text, updated_at timestamptz)
     ON CONFLICT (supplier_id) DO UPDATE SET
       document = excluded.document, concepts = excluded.concepts, scian_codes = excluded.scian_codes, state_codes = excluded.state_codes,
       certifications = excluded.certifications, verified = excluded.verified, quality = excluded.quality, tsv = excluded.tsv,
       updated_at = excluded.updated_at
     WHERE d.updated_at <= excluded.updated_at`,
    [JSON.stringify(rows)],
  );
  await manager.query(`DELETE FROM ${t.postings} WHERE supplier_id = ANY($1::uuid[])`, [ids]);
  await manager.query(
    `WITH d AS (
       SELECT d.*, (SELECT coalesce(bit_or(1::bigint << s::int), 0) FROM unnest(d.state_codes) s) AS states
         FROM ${t.documents} d WHERE d.supplier_id = ANY($1::uuid[]))
     INSERT INTO ${t.postings} (term, weight, supplier_id, states, verified)
     SELECT 'c:' || c, 1 + d.quality, d.supplier_id, d.states, d.verified FROM d, unnest(d.concepts) c
     UNION ALL
     SELECT 's:' || s, 1 + d.quality, d.supplier_id, d.states, d.verified FROM d, unnest(d.scian_codes) s
     UNION ALL
     SELECT 'w:' || w.lexeme, CASE WHEN 'A' = ANY(w.weights::text[]) THEN $2::real ELSE $3::real END + $4::real * d.quality, d.supplier_id, d.states, d.verified
       FROM d, unnest(d.tsv) w`,
    [ids, NAME_WEIGHT, TEXT_WEIGHT, QUALITY_SHARE],
  );
  // Terms are only added: a term no document has any more costs one empty posting lookup in the typo pass.
  await manager.query(
    `INSERT INTO ${t.terms} (term)
     SELECT DISTINCT w.lexeme FROM ${t.documents} d, unnest(d.tsv) w WHERE d.supplier_id = ANY($1::uuid[])
     ORDER BY 1
     ON CONFLICT (term) DO NOTHING`,
    [ids],
  );
}

export async function deleteDocuments(manager: EntityManager, t: IndexTables, supplierIds: string[]): Promise<void> {
  if (supplierIds.length === 0) return;
  await manager.query(`DELETE FROM ${t.postings} WHERE supplier_id = ANY($1::uuid[])`, [supplierIds]);
  await manager.query(`DELETE FROM ${t.documents} WHERE supplier_id = ANY($1::uuid[])`, [supplierIds]);
}
