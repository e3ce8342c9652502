import type { EntityManager } from 'typeorm';
import { DirectorySource, type SourceMerge } from '../entities/directory-source.entity';
import type { SupplierProfile } from '../entities/supplier-profile.entity';
import type { PublishedProfile } from '../profile/profile-data';
import { LISTING_FACT_FIELDS, type ListingFactField, type ListingFacts } from './listing-facts';

export type FactOrigin = 'registry' | 'owner';

export interface ListingSourceView {
  registry: string;
  id: string;
  /** The registry's latest file no longer has the row. */
  removed: boolean;
  /** How this source joined a listing another registry created (names' similarity, distance). */
  merge: SourceMerge | null;
}

/**
 * The directory side of a supplier page: where the listing came from and, per fact, whether buyers read
 * the registry's words or the owner's. Null for profiles their owner created with no registry source.
 */
export interface ListingView {
  claimed: boolean;
  sources: ListingSourceView[];
  factOrigins: Record<ListingFactField, FactOrigin>;
  scian: { code: string; title: string } | null;
  activityText: string | null;
  declaredCertifications: string[];
}

/** The listing part of a profile's public view, read from its directory sources. */
export async function readListingView(manager: EntityManager, profile: SupplierProfile): Promise<ListingView | null> {
  const sources = await manager.find(DirectorySource, { where: { profileId: profile.id }, order: { firstSeenAt: 'ASC', registry: 'ASC', sourceId: 'ASC' } });
  if (sources.length === 0) return null;
  return listingView(profile.organizationId !== null, profile.publishedData, sources);
}

export function listingView(claimed: boolean, published: PublishedProfile | null, sources: DirectorySource[]): ListingView {
  const facts = sources.map((source) => source.facts as unknown as ListingFacts);
  const current = facts[sources.findIndex((source) => source.removedAt === null)] ?? facts[0];
  const factOrigins = Object.fromEntries(
    LISTING_FACT_FIELDS.map((field) => [field, claimed && published && !facts.some((fact) => sameFact(field, published, fact)) ? 'owner' : 'registry']),
  ) as Record<ListingFactField, FactOrigin>;
  return {
    claimed,
    sources: sources.map((source) => ({ registry: source.registry, id: source.sourceId, removed: source.removedAt !== null, merge: source.merge })),
    factOrigins,
    scian: current?.scian ?? null,
    activityText: current?.activityText ?? null,
    declaredCertifications: published?.declaredCertifications ?? [...new Set(facts.flatMap((fact) => fact.declaredCertifications ?? []))],
  };
}

/** Whether the published value is what this registry row says (lists compared as sets; plants without ids). */
function sameFact(field: ListingFactField, published: PublishedProfile, facts: ListingFacts): boolean {
  if (field === 'plants') {
    const registryPlant = canonical(facts.plant);
    return published.plants.every(({ id: _id, ...plant }) => canonical(plant) === registryPlant);
  }
  if (field === 'processes' || field === 'materials' || field === 'industries') {
    return canonical([...(published[field] ?? [])].sort()) === canonical([...(facts[field] ?? [])].sort());
  }
  if (field === 'description') return canonical(published.description) === canonical(facts.description);
  return canonical(published[field] ?? null) === canonical(facts[field] ?? null);
}

/** JSON with sorted keys and without undefined, so jsonb's key order does not count as a difference. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))) : item,
  );
}
