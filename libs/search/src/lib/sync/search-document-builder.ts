import type { PublishedProfile, VerificationLevel } from '@puente/suppliers';
import type { EntityManager } from 'typeorm';
import type { SearchDocument } from '../search-document';
import { VISIBLE_PROFILE_SQL } from './visible-profiles';

interface ProfileRow {
  id: string;
  claimed: boolean;
  verification_level: VerificationLevel;
  published_data: PublishedProfile;
  updated_at: Date;
  sources: Array<{ registry: string; id: string; scian: string | null }>;
}

/**
 * Builds search documents from PostgreSQL only (the published version, its plants and certifications as
 * approved, the registry sources): never from a request body. Ids that are not visible any more come
 * back absent, which the caller turns into removals.
 */
export async function buildSearchDocuments(manager: EntityManager, supplierIds: string[]): Promise<Map<string, SearchDocument>> {
  if (supplierIds.length === 0) return new Map();
  const rows: ProfileRow[] = await manager.query(
    `SELECT p.id, p.organization_id IS NOT NULL AS claimed, p.verification_level, p.published_data, p.updated_at,
            coalesce((SELECT jsonb_agg(jsonb_build_object('registry', s.registry, 'id', s.source_id, 'scian', s.facts->'scian'->>'code')
                                       ORDER BY s.first_seen_at, s.registry, s.source_id)
                        FROM directory_sources s WHERE s.profile_id = p.id AND s.removed_at IS NULL), '[]'::jsonb) AS sources
       FROM supplier_profiles p
      WHERE p.id = ANY($1::uuid[]) AND ${VISIBLE_PROFILE_SQL}`,
    [supplierIds],
  );
  return new Map(rows.map((row) => [row.id, searchDocumentOf(row)]));
}

/** Visible profile ids after `afterId` in id order: the reindex walks them in batches (keyset, no offset). */
export async function visibleProfileIds(manager: EntityManager, afterId: string | null, limit: number): Promise<string[]> {
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT p.id FROM supplier_profiles p WHERE ${VISIBLE_PROFILE_SQL} AND ($1::uuid IS NULL OR p.id > $1::uuid) ORDER BY p.id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map((row) => row.id);
}

export async function countVisibleProfiles(manager: EntityManager): Promise<number> {
  const [row] = await manager.query(`SELECT count(*)::int AS n FROM supplier_profiles p WHERE ${VISIBLE_PROFILE_SQL}`);
  return row.n;
}

function searchDocumentOf(row: ProfileRow): SearchDocument {
  const data = row.published_data;
  const declared = new Set(data.declaredCertifications ?? []);
  return {
    supplierId: row.id,
    legalName: data.legalName,
    tradeName: data.tradeName,
    claimed: row.claimed,
    sources: row.sources.map((source) => ({ registry: source.registry, id: source.id })),
    verificationLevel: row.verification_level,
    descriptionEs: data.description?.es ?? null,
    descriptionEn: data.description?.en ?? null,
    processes: data.processes ?? [],
    materials: data.materials ?? [],
    industries: data.industries ?? [],
    scianCodes: [...new Set(row.sources.map((source) => source.scian).filter((code): code is string => !!code))],
    certifications: [
      // Only certifications the supplier made public; registry-declared ones stay hints, never valid.
      ...(data.certifications ?? [])
        .filter((certification) => certification.public)
        .map((certification) => ({
          code: certification.type,
          validFrom: certification.validFrom,
          validUntil: certification.validUntil,
          verified: certification.verifiedAt !== null,
          declared: false,
        })),
      ...[...declared].map((code) => ({ code, validFrom: null, validUntil: null, verified: false, declared: true })),
    ],
    plants: (data.plants ?? []).map((plant) => ({
      plantId: plant.id,
      name: plant.name,
      stateCode: plant.stateCode,
      state: plant.state,
      municipality: plant.municipality,
      lat: plant.lat,
      lon: plant.lon,
      precision: plant.precision,
      nearestPorts: plant.nearestPorts,
    })),
    employeeBand: data.employeeBand,
    capacity: {
      minimumOrderQuantity: data.capacity?.minimumOrderQuantity ?? null,
      monthlyCapacity: data.capacity?.monthlyCapacity ?? null,
      monthlyCapacityUnit: data.capacity?.monthlyCapacityUnit ?? null,
      leadTimeDays: data.capacity?.leadTimeDays ?? null,
    },
    exportsToUs: data.exports?.exportsToUs ?? false,
    completeness: completeness(data),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The share of the fields a buyer looks for that the profile fills (each counts the same). */
export function completeness(data: PublishedProfile): number {
  const filled = [
    !!data.legalName,
    !!data.tradeName,
    !!(data.description?.es || data.description?.en),
    (data.processes ?? []).length > 0,
    (data.materials ?? []).length > 0,
    (data.industries ?? []).length > 0,
    (data.plants ?? []).length > 0,
    (data.certifications ?? []).length > 0,
    data.capacity?.monthlyCapacity != null,
    data.capacity?.leadTimeDays != null,
    !!data.employeeBand,
    !!data.website,
    data.yearFounded != null,
  ];
  return Math.round((filled.filter(Boolean).length / filled.length) * 1000) / 1000;
}
