import type { QueryRunner } from 'typeorm';
import type { SourceMerge } from '../../entities/directory-source.entity';

/**
 * The merge rule's name threshold: pg_trgm similarity of the normalized names (legal forms removed, see
 * listing-name.ts), the best of legal/trade against legal/trade. Chosen on the real RETC × DENUE pairs
 * within 1 km (README "Directory"): same plants scored 0.45 and up, different neighbours 0.30 and below.
 */
export const MERGE_NAME_SIMILARITY = 0.5;
export const MERGE_MAX_DISTANCE_METERS = 1000;

export interface MergeAssignment {
  sourceId: string;
  profileId: string;
  plantId: string | null;
  merge: SourceMerge;
}

interface CandidateRow {
  source_id: string;
  profile_id: string;
  plant_id: string | null;
  with_registry: string;
  with_source_id: string;
  similarity: number;
  distance: number;
}

/**
 * For new rows of the batch (in the stage table), the listing each should join instead of creating its
 * own: a listing of OTHER registries only, whose source is within 1 km (both points exact: geocoded
 * plants share a municipality seat and prove nothing) with a similar name, never when both sides have RFCs
 * and they differ. Each new row joins at most one listing and each listing takes at most one row of this
 * registry (within one registry rows never merge), best similarity first, then the pair whose legal AND
 * trade names are alike (one company's neighbouring complexes share a legal name), then nearest.
 */
export async function findMerges(
  runner: QueryRunner,
  registry: string,
  otherRegistries: readonly string[],
  newIds: readonly string[],
): Promise<MergeAssignment[]> {
  if (otherRegistries.length === 0 || newIds.length === 0) return [];
  const rows: CandidateRow[] = await runner.query(
    `SELECT st.source_id, c.profile_id, c.plant_id, c.registry AS with_registry, c.source_id AS with_source_id,
            c.similarity, c.distance
       FROM directory_import_stage st
       CROSS JOIN LATERAL (
         SELECT s.profile_id, s.plant_id, s.registry, s.source_id,
                GREATEST(
                  similarity(coalesce(st.match_legal_name, ''), coalesce(s.match_legal_name, '')),
                  similarity(coalesce(st.match_legal_name, ''), coalesce(s.match_trade_name, '')),
                  similarity(coalesce(st.match_trade_name, ''), coalesce(s.match_legal_name, '')),
                  similarity(coalesce(st.match_trade_name, ''), coalesce(s.match_trade_name, ''))
                )::float8 AS similarity,
                (similarity(coalesce(st.match_legal_name, ''), coalesce(s.match_legal_name, '')) +
                 similarity(coalesce(st.match_trade_name, ''), coalesce(s.match_trade_name, '')))::float8 AS both_names,
                2 * 6371000 * asin(sqrt(
                  power(sin(radians(s.lat - st.lat) / 2), 2) +
                  cos(radians(st.lat)) * cos(radians(s.lat)) * power(sin(radians(s.lon - st.lon) / 2), 2)
                )) AS distance
           FROM directory_sources s
          WHERE s.registry = ANY($2::text[])
            AND s.lat BETWEEN st.lat - 0.0091 AND st.lat + 0.0091
            AND s.lon BETWEEN st.lon - 0.011 AND st.lon + 0.011
            AND s.removed_at IS NULL
          -- OFFSET 0 keeps this a per-row index probe: flattened, a table the planner has no statistics for
          -- yet (a first import) got a nested loop over every source × every staged row (1.7 s a batch).
          OFFSET 0
       ) c
       JOIN supplier_profiles p ON p.id = c.profile_id
      WHERE st.source_id = ANY($3::text[])
        AND st.lat IS NOT NULL
        AND p.merged_into IS NULL
        AND c.distance <= $4
        AND c.similarity >= $5
        AND NOT EXISTS (SELECT 1 FROM directory_sources o WHERE o.profile_id = c.profile_id AND o.registry = $1)
        AND (st.rfc IS NULL OR (
              coalesce(p.published_data->>'rfc', st.rfc) = st.rfc
          AND NOT EXISTS (SELECT 1 FROM directory_sources o
                           WHERE o.profile_id = c.profile_id AND o.facts->>'rfc' IS NOT NULL AND o.facts->>'rfc' <> st.rfc)))
      ORDER BY c.similarity DESC, c.both_names DESC, c.distance ASC, st.source_id, c.profile_id`,
    [registry, otherRegistries, newIds, MERGE_MAX_DISTANCE_METERS, MERGE_NAME_SIMILARITY],
  );
  const takenSources = new Set<string>();
  const takenProfiles = new Set<string>();
  const assignments: MergeAssignment[] = [];
  for (const row of rows) {
    if (takenSources.has(row.source_id) || takenProfiles.has(row.profile_id)) continue;
    takenSources.add(row.source_id);
    takenProfiles.add(row.profile_id);
    assignments.push({
      sourceId: row.source_id,
      profileId: row.profile_id,
      plantId: row.plant_id,
      merge: {
        withRegistry: row.with_registry,
        withSourceId: row.with_source_id,
        nameSimilarity: Math.round(Number(row.similarity) * 1000) / 1000,
        distanceMeters: Math.round(Number(row.distance)),
      },
    });
  }
  return assignments;
}

/** The registries already in the directory (a loose index scan over the primary key: a handful of values). */
export async function registriesPresent(runner: QueryRunner): Promise<string[]> {
  const rows: Array<{ registry: string }> = await runner.query(`
    WITH RECURSIVE r AS (
      SELECT min(registry) AS registry FROM directory_sources
      UNION ALL
      SELECT (SELECT min(registry) FROM directory_sources WHERE registry > r.registry) FROM r WHERE r.registry IS NOT NULL
    )
    SELECT registry FROM r WHERE registry IS NOT NULL`);
  return rows.map((row) => row.registry);
}
