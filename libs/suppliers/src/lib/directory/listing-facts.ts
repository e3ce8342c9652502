import type { EmployeeBand, PlantData } from '../profile/profile-data';

/**
 * What one registry row says about a plant, as the import mapped it: stored per source in
 * `directory_sources.facts`. The field names are those of `ProfileData`, so a reader can compare a
 * listing's published fields with its registry's facts and tell which came from the owner.
 */
export interface ListingFacts {
  legalName: string | null;
  tradeName: string | null;
  /** Only when the file carries one (an optional column); RETC and DENUE do not. Normalized. */
  rfc: string | null;
  website: string | null;
  yearFounded: number | null;
  employeeBand: EmployeeBand | null;
  description: { es: string | null; en: string | null };
  descriptionLanguage: 'es' | 'en' | null;
  processes: string[];
  materials: string[];
  industries: string[];
  /** `cert.*` codes the registry declares (never verified; not certifications with dates). */
  declaredCertifications: string[];
  scian: { code: string; title: string };
  /** The registry's own activity text, verbatim (RETC `principal_actividad_productiva`, DENUE `nombre_act`). */
  activityText: string | null;
  industrialPark: string | null;
  /** The last year the plant reported to the registry (RETC), or when it was registered (DENUE `fecha_alta`, YYYY-MM). */
  lastReported: string | null;
  plant: Omit<PlantData, 'id'>;
}

/** A listing's source: `(registry, id)` is unique across the directory. */
export interface ListingSourceRef {
  registry: string;
  id: string;
}

/** The fields a listing view labels with where they came from. */
export const LISTING_FACT_FIELDS = [
  'legalName',
  'tradeName',
  'rfc',
  'website',
  'yearFounded',
  'employeeBand',
  'description',
  'processes',
  'materials',
  'industries',
  'plants',
] as const;
export type ListingFactField = (typeof LISTING_FACT_FIELDS)[number];
