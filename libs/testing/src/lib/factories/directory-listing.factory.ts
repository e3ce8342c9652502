import { EMPTY_PROFILE_DATA, locatePlant, type ListingFacts, type PlantData, type ProfileData, type PublishedProfile } from '@puente/suppliers';
import { randomInt, randomUUID } from 'node:crypto';

/** Anything that runs SQL: a TypeORM DataSource or EntityManager. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface DirectoryListingOptions {
  registry?: string;
  /** The registry's row id (RETC `nra`, DENUE `denue_id`); random when absent. */
  sourceId?: string;
  legalName?: string | null;
  tradeName?: string | null;
  website?: string | null;
  /** Normalized RFC (only files with an optional `rfc` column carry one). */
  rfc?: string | null;
  /** State name or INEGI code as the geocoder accepts it. */
  state?: string;
  municipality?: string | null;
  lat?: number;
  lon?: number;
  scian?: { code: string; title: string };
  activityText?: string | null;
  processes?: string[];
  materials?: string[];
  industries?: string[];
  declaredCertifications?: string[];
  employeeBand?: ProfileData['employeeBand'];
  yearFounded?: number | null;
}

export interface DirectoryListingFixture {
  supplierId: string;
  plantId: string;
  registry: string;
  sourceId: string;
  facts: ListingFacts;
}

/**
 * A published, unclaimed directory listing written straight to the database in the importer's shape:
 * a `supplier_profiles` row (origin `directory`, no organization, `published_data` and `draft_data` from
 * the registry's facts), its one `supplier_plants` row and its `directory_sources` row carrying the facts.
 */
export async function insertDirectoryListing(db: SqlRunner, options: DirectoryListingOptions = {}): Promise<DirectoryListingFixture> {
  const registry = options.registry ?? 'RETC';
  const sourceId = options.sourceId ?? `TST${String(randomInt(0, 1e9)).padStart(10, '0')}`;
  const legalName = options.legalName === undefined ? `Manufacturas de Prueba ${sourceId} SA de CV` : options.legalName;
  const tradeName = options.tradeName === undefined ? `Planta ${sourceId}` : options.tradeName;
  const state = options.state ?? 'Aguascalientes';
  const municipality = options.municipality === undefined ? 'Aguascalientes' : options.municipality;
  const point = options.lat !== undefined && options.lon !== undefined ? { lat: options.lat, lon: options.lon } : undefined;
  const located = locatePlant({ state, municipality: municipality ?? undefined, point });
  if (!located.ok) throw new Error(`insertDirectoryListing: ${located.field} ${located.issue} (${state}, ${municipality})`);
  const scian = options.scian ?? { code: '332710', title: 'Maquinado de piezas para maquinaria y equipo en general' };
  const activityText = options.activityText === undefined ? 'Maquinado de piezas metálicas' : options.activityText;
  const plantId = randomUUID();
  const plant: PlantData = {
    id: plantId,
    name: tradeName ?? legalName ?? sourceId,
    state,
    municipality,
    locality: null,
    postalCode: null,
    street: null,
    stateCode: located.location.stateCode,
    municipalityCode: located.location.municipalityCode,
    localityCode: located.location.localityCode,
    lat: located.location.lat,
    lon: located.location.lon,
    precision: located.location.precision,
    nearestPorts: located.location.nearestPorts,
  };
  const facts: ListingFacts = {
    legalName,
    tradeName,
    rfc: options.rfc ?? null,
    website: options.website ?? null,
    yearFounded: options.yearFounded ?? null,
    employeeBand: options.employeeBand ?? null,
    description: { es: activityText, en: null },
    descriptionLanguage: activityText ? 'es' : null,
    processes: options.processes ?? ['proc.machining.cnc-machining'],
    materials: options.materials ?? [],
    industries: options.industries ?? [],
    declaredCertifications: options.declaredCertifications ?? [],
    scian,
    activityText,
    industrialPark: null,
    lastReported: '2022',
    plant: (({ id: _id, ...rest }) => rest)(plant),
  };
  const draft: ProfileData = {
    ...EMPTY_PROFILE_DATA,
    legalName: facts.legalName,
    tradeName: facts.tradeName,
    rfc: facts.rfc,
    website: facts.website,
    yearFounded: facts.yearFounded,
    employeeBand: facts.employeeBand,
    languages: ['es'],
    description: facts.description,
    descriptionLanguage: facts.descriptionLanguage,
    processes: facts.processes,
    materials: facts.materials,
    industries: facts.industries,
  };
  const published: PublishedProfile = { ...draft, plants: [plant], certifications: [], declaredCertifications: facts.declaredCertifications };
  const [profile] = await db.query(
    `INSERT INTO supplier_profiles (organization_id, origin, state, draft_data, published_data, published_at, verification_level, created_at, updated_at)
     VALUES (NULL, 'directory', 'published', $1, $2, now(), 'unverified', now(), now()) RETURNING id`,
    [JSON.stringify(draft), JSON.stringify(published)],
  );
  await db.query(
    `INSERT INTO supplier_plants (id, organization_id, profile_id, name, state, municipality, locality, postal_code, street, state_code,
                                  municipality_code, locality_code, lat, lon, precision, nearest_ports, created_at, updated_at)
     VALUES ($1, NULL, $2, $3, $4, $5, NULL, NULL, NULL, $6, $7, $8, $9, $10, $11, $12, now(), now())`,
    [
      plantId,
      profile.id,
      plant.name,
      plant.state,
      plant.municipality,
      plant.stateCode,
      plant.municipalityCode,
      plant.localityCode,
      plant.lat,
      plant.lon,
      plant.precision,
      JSON.stringify(plant.nearestPorts),
    ],
  );
  await db.query(
    `INSERT INTO directory_sources (registry, source_id, profile_id, plant_id, content_hash, facts, merge, first_seen_at, last_changed_at, removed_at)
     VALUES ($1, $2, $3, $4, $5, $6, NULL, now(), now(), NULL)`,
    [registry, sourceId, profile.id, plantId, `fixture-${randomUUID()}`, JSON.stringify(facts)],
  );
  return { supplierId: profile.id, plantId, registry, sourceId, facts };
}
