import type { QueryRunner } from 'typeorm';
import type { ListingFacts } from '../listing-facts';
import { listingProfileData, listingPublishedData } from './listing-data';
import { returningRows } from './returning';

interface SourceRow {
  profile_id: string;
  plant_id: string | null;
  facts: ListingFacts;
  merged: boolean;
  live: boolean;
}

/**
 * Rewrites the profile and plant of unclaimed listings from their live sources (after sources changed,
 * joined or left). A claimed listing (organization set) is never touched: its owner's data wins, and the
 * new registry facts stay on its source rows. A listing with no live source is left to the removal step.
 * Restores a withdrawn listing (one its registry had dropped) when a source is live again; a suspended one
 * stays suspended. Answers the ids
 * of the profiles it rewrote.
 */
export async function refreshListings(runner: QueryRunner, profileIds: readonly string[], now: Date): Promise<string[]> {
  if (profileIds.length === 0) return [];
  const rows: SourceRow[] = await runner.query(
    `SELECT s.profile_id, s.plant_id, s.facts, s.merge IS NOT NULL AS merged, s.removed_at IS NULL AS live
       FROM directory_sources s
       JOIN supplier_profiles p ON p.id = s.profile_id
      WHERE s.profile_id = ANY($1::uuid[]) AND p.organization_id IS NULL AND p.merged_into IS NULL
      ORDER BY s.profile_id, (s.merge IS NOT NULL), s.first_seen_at, s.registry, s.source_id`,
    [profileIds],
  );
  const byProfile = new Map<string, SourceRow[]>();
  for (const row of rows) byProfile.set(row.profile_id, [...(byProfile.get(row.profile_id) ?? []), row]);
  const updates: Array<{ id: string; plant_id: string; draft: unknown; published: unknown; plant: ListingFacts['plant'] }> = [];
  for (const [profileId, sources] of byProfile) {
    const live = sources.filter((source) => source.live);
    // The creating source leads; if the registry dropped it, the first merged one that is still live.
    const primary = live[0];
    if (!primary?.plant_id) continue;
    const merged = live.slice(1).map((source) => source.facts);
    updates.push({
      id: profileId,
      plant_id: primary.plant_id,
      draft: listingProfileData(primary.facts, merged),
      published: listingPublishedData(primary.facts, merged, primary.plant_id),
      plant: primary.facts.plant,
    });
  }
  if (updates.length === 0) return [];
  const json = JSON.stringify(updates);
  const changed = await returningRows<{ id: string }>(
    runner,
    `UPDATE supplier_profiles p
        SET draft_data = x.draft, published_data = x.published,
            state = CASE WHEN p.state = 'withdrawn' THEN 'published' ELSE p.state END,
            published_at = CASE WHEN p.state = 'withdrawn' THEN $2 ELSE p.published_at END, updated_at = $2
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, draft jsonb, published jsonb)
      WHERE p.id = x.id AND p.organization_id IS NULL
        AND (p.draft_data IS DISTINCT FROM x.draft OR p.published_data IS DISTINCT FROM x.published OR p.state = 'withdrawn')
      RETURNING p.id`,
    [json, now],
  );
  await runner.query(
    `UPDATE supplier_plants pl
        SET name = x.plant->>'name', state = x.plant->>'state', municipality = x.plant->>'municipality',
            locality = x.plant->>'locality', postal_code = x.plant->>'postalCode', street = x.plant->>'street',
            state_code = x.plant->>'stateCode', municipality_code = x.plant->>'municipalityCode',
            locality_code = x.plant->>'localityCode', lat = (x.plant->>'lat')::float8, lon = (x.plant->>'lon')::float8,
            precision = x.plant->>'precision', nearest_ports = x.plant->'nearestPorts', updated_at = $2
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, plant_id uuid, plant jsonb)
      WHERE pl.id = x.plant_id AND pl.organization_id IS NULL
        AND (pl.name, pl.lat, pl.lon, pl.precision, pl.nearest_ports, coalesce(pl.municipality, ''), coalesce(pl.street, ''))
            IS DISTINCT FROM (x.plant->>'name', (x.plant->>'lat')::float8, (x.plant->>'lon')::float8, x.plant->>'precision',
                              x.plant->'nearestPorts', coalesce(x.plant->>'municipality', ''), coalesce(x.plant->>'street', ''))`,
    [json, now],
  );
  return changed.map((row) => row.id);
}

/**
 * Withdraws unclaimed listings left with no live source (their registry dropped every row behind them)
 * and rewrites the ones that still have some (a merged source left). Answers the ids it changed.
 */
export async function withdrawOrRefresh(runner: QueryRunner, profileIds: readonly string[], now: Date): Promise<string[]> {
  if (profileIds.length === 0) return [];
  const withdrawn = await returningRows<{ id: string }>(
    runner,
    `UPDATE supplier_profiles p SET state = 'withdrawn', updated_at = $2
      WHERE p.id = ANY($1::uuid[]) AND p.organization_id IS NULL AND p.state = 'published'
        AND NOT EXISTS (SELECT 1 FROM directory_sources s WHERE s.profile_id = p.id AND s.removed_at IS NULL)
      RETURNING p.id`,
    [profileIds, now],
  );
  const gone = new Set(withdrawn.map((row) => row.id));
  const refreshed = await refreshListings(runner, profileIds.filter((id) => !gone.has(id)), now);
  return [...gone, ...refreshed];
}
