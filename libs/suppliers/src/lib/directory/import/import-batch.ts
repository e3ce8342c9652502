import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import type { ListingFacts } from '../listing-facts';
import { factsHash } from './content-hash';
import { listingProfileData, listingPublishedData } from './listing-data';
import { matchName } from './listing-name';
import { refreshListings } from './listing-refresh';
import { findMerges } from './merge-candidates';

export interface BatchRow {
  line: number;
  sourceId: string;
  facts: ListingFacts;
}

export interface BatchContext {
  registry: string;
  /** The other registries in the directory when the run started (merge targets). */
  otherRegistries: readonly string[];
  now: Date;
}

export interface BatchResult {
  inserted: number;
  updated: number;
  unchanged: number;
  merged: number;
  /** Listings (supplier ids) this batch created or rewrote: what a search index must re-read. */
  changedSupplierIds: string[];
}

/**
 * Loads one batch inside the caller's transaction: the rows go into the stage table in one statement,
 * are compared with their sources by `(registry, id)` and content hash, and then each kind is written
 * set-based. A row whose hash matches a live source is `unchanged` and causes no write at all.
 */
export async function loadBatch(runner: QueryRunner, context: BatchContext, rows: readonly BatchRow[]): Promise<BatchResult> {
  const result: BatchResult = { inserted: 0, updated: 0, unchanged: 0, merged: 0, changedSupplierIds: [] };
  if (rows.length === 0) return result;
  await runner.query('TRUNCATE directory_import_stage');
  const staged = rows.map((row) => {
    const profileId = randomUUID();
    const plantId = randomUUID();
    const exact = row.facts.plant.precision === 'point';
    return {
      line: row.line,
      source_id: row.sourceId,
      content_hash: factsHash(row.facts),
      facts: row.facts,
      new_profile_id: profileId,
      new_plant_id: plantId,
      draft_data: listingProfileData(row.facts),
      published_data: listingPublishedData(row.facts, [], plantId),
      match_legal_name: matchName(row.facts.legalName, [row.facts.plant.municipality, row.facts.plant.locality]),
      match_trade_name: matchName(row.facts.tradeName, [row.facts.plant.municipality, row.facts.plant.locality]),
      lat: exact ? row.facts.plant.lat : null,
      lon: exact ? row.facts.plant.lon : null,
      rfc: row.facts.rfc,
    };
  });
  await runner.query(
    `INSERT INTO directory_import_stage
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
       line integer, source_id text, content_hash text, facts jsonb, new_profile_id uuid, new_plant_id uuid,
       draft_data jsonb, published_data jsonb, match_legal_name text, match_trade_name text,
       lat double precision, lon double precision, rfc text)`,
    [JSON.stringify(staged)],
  );

  const known: Array<{ source_id: string; profile_id: string; same: boolean; removed: boolean }> = await runner.query(
    `SELECT st.source_id, d.profile_id, d.content_hash = st.content_hash AS same, d.removed_at IS NOT NULL AS removed
       FROM directory_import_stage st
       JOIN directory_sources d ON d.registry = $1 AND d.source_id = st.source_id`,
    [context.registry],
  );
  const knownIds = new Set(known.map((row) => row.source_id));
  const changed = known.filter((row) => !row.same || row.removed);
  result.unchanged = known.length - changed.length;
  const newIds = rows.map((row) => row.sourceId).filter((id) => !knownIds.has(id));

  const merges = await findMerges(runner, context.registry, context.otherRegistries, newIds);
  const mergedIds = new Set(merges.map((merge) => merge.sourceId));
  const createIds = newIds.filter((id) => !mergedIds.has(id));

  if (createIds.length > 0) {
    await runner.query(
      `INSERT INTO supplier_profiles (id, organization_id, origin, state, draft_data, published_data, published_at,
                                      verification_level, created_at, updated_at)
       SELECT new_profile_id, NULL, 'directory', 'published', draft_data, published_data, $2, 'unverified', $2, $2
         FROM directory_import_stage WHERE source_id = ANY($1::text[])`,
      [createIds, context.now],
    );
    await runner.query(
      `INSERT INTO supplier_plants (id, organization_id, profile_id, name, state, municipality, locality, postal_code, street,
                                    state_code, municipality_code, locality_code, lat, lon, precision, nearest_ports,
                                    created_at, updated_at)
       SELECT new_plant_id, NULL, new_profile_id, facts->'plant'->>'name', facts->'plant'->>'state',
              facts->'plant'->>'municipality', facts->'plant'->>'locality', facts->'plant'->>'postalCode',
              facts->'plant'->>'street', facts->'plant'->>'stateCode', facts->'plant'->>'municipalityCode',
              facts->'plant'->>'localityCode', (facts->'plant'->>'lat')::float8, (facts->'plant'->>'lon')::float8,
              facts->'plant'->>'precision', facts->'plant'->'nearestPorts', $2, $2
         FROM directory_import_stage WHERE source_id = ANY($1::text[])`,
      [createIds, context.now],
    );
    await insertSources(runner, context, createIds, null);
    result.inserted = createIds.length;
    const created = new Set(createIds);
    result.changedSupplierIds.push(...staged.filter((row) => created.has(row.source_id)).map((row) => row.new_profile_id));
  }

  if (merges.length > 0) {
    await insertSources(runner, context, merges.map((merge) => merge.sourceId), merges);
    result.merged = merges.length;
  }

  if (changed.length > 0) {
    await runner.query(
      `UPDATE directory_sources d
          SET content_hash = st.content_hash, facts = st.facts, last_changed_at = $3, removed_at = NULL,
              match_legal_name = st.match_legal_name, match_trade_name = st.match_trade_name, lat = st.lat, lon = st.lon
         FROM directory_import_stage st
        WHERE d.registry = $1 AND d.source_id = st.source_id AND st.source_id = ANY($2::text[])`,
      [context.registry, changed.map((row) => row.source_id), context.now],
    );
    result.updated = changed.length;
  }

  const touched = [...new Set([...changed.map((row) => row.profile_id), ...merges.map((merge) => merge.profileId)])];
  result.changedSupplierIds.push(...(await refreshListings(runner, touched, context.now)));
  return result;
}

/** Source rows for staged ids: their own new listing (merges null), or the listing each merges into. */
async function insertSources(
  runner: QueryRunner,
  context: BatchContext,
  ids: readonly string[],
  merges: ReadonlyArray<{ sourceId: string; profileId: string; plantId: string | null; merge: unknown }> | null,
): Promise<void> {
  const targets = JSON.stringify(merges ?? []);
  await runner.query(
    `INSERT INTO directory_sources (registry, source_id, profile_id, plant_id, content_hash, facts, merge,
                                    first_seen_at, last_changed_at, removed_at, match_legal_name, match_trade_name, lat, lon)
     SELECT $1, st.source_id, coalesce(m."profileId", st.new_profile_id), CASE WHEN m."sourceId" IS NULL THEN st.new_plant_id ELSE m."plantId" END,
            st.content_hash, st.facts, m.merge, $4, $4, NULL, st.match_legal_name, st.match_trade_name, st.lat, st.lon
       FROM directory_import_stage st
       LEFT JOIN jsonb_to_recordset($3::jsonb) AS m("sourceId" text, "profileId" uuid, "plantId" uuid, merge jsonb)
              ON m."sourceId" = st.source_id
      WHERE st.source_id = ANY($2::text[])`,
    [context.registry, ids, targets, context.now],
  );
}
