import { capabilityProfile } from './capability-profiles';
import { certificationRates } from './certification-rates';
import { companyName, websiteFor } from './company-names';
import { plantPoint } from './plant-point';
import type { RealRetcModel } from './real-retc-model';
import { SeededRandom } from './seeded-random';
import type { VocabularyPhrases } from './vocabulary-phrases';

export interface DirectoryGeneratorOptions {
  rows: number;
  seed: number;
  /** The `nra` prefix: `GEN0000000001`, 13 characters like a real NRA. */
  idPrefix?: string;
  /** Share of rows with missing or unusable coordinates (`coords_valid` N). The RETC has 0.07%; more here so geocoding is timed. */
  invalidCoordinatesRate?: number;
}

export const DEFAULT_INVALID_COORDINATES_RATE = 0.005;
/** Shares of rows that fill each optional column (processes use the SCIAN group's own rate). Assumptions. */
export const OPTIONAL_COLUMN_RATES = { materials: 0.75, industries: 0.4, yearFounded: 0.7, website: 0.35 } as const;

interface Candidates {
  processes: string[];
  materials: string[];
  industries: string[];
  listRate: number;
  certifications: Array<[string, number]>;
}

/**
 * Yields the generated rows, in GENERATED_DIRECTORY_COLUMNS order. Each row takes its place (state,
 * municipality, locality, colonia, postal code, industrial park) from a real RETC row drawn uniformly,
 * and its activity (SCIAN code and title, RETC sector and subsector, activity text) from a real row of the
 * same state, so both the geography and each state's industry mix are the register's.
 */
export function* generateDirectoryRows(model: RealRetcModel, phrases: VocabularyPhrases, options: DirectoryGeneratorOptions): Generator<string[]> {
  const random = new SeededRandom(options.seed);
  const prefix = options.idPrefix ?? 'GEN';
  const invalidRate = options.invalidCoordinatesRate ?? DEFAULT_INVALID_COORDINATES_RATE;
  const width = Math.max(10, String(options.rows).length);
  const byClass = new Map<string, Candidates>();
  const candidatesOf = (scianCode: string): Candidates => {
    let found = byClass.get(scianCode);
    if (!found) {
      const own = phrases.classEntries(scianCode);
      const profile = capabilityProfile(scianCode);
      const known = (codes: string[]) => [...new Set(codes)].filter((code) => phrases.has(code));
      found = {
        processes: known([...own.process, ...profile.processes.map((code) => `proc.${code}`)]),
        materials: known([...own.material, ...profile.materials.map((code) => `mat.${code}`)]),
        industries: known([...own.industry, ...profile.industries.map((code) => `ind.${code}`)]),
        listRate: profile.listRate,
        certifications: certificationRates(scianCode).filter(([code, rate]) => rate > 0 && phrases.has(code)),
      };
      byClass.set(scianCode, found);
    }
    return found;
  };
  const list = (codes: string[], count: number, lowerCase: boolean) =>
    random
      .sample(codes, count)
      .map((code) => phrases.phrase(code, random))
      .map((phrase) => (lowerCase ? phrase.toLowerCase() : phrase))
      .join('|');

  for (let index = 0; index < options.rows; index++) {
    const place = random.pick(model.places);
    const activity = model.activities[random.pick(model.activitiesByState.get(place.cveEnt) ?? [index % model.activities.length])];
    const name = companyName(activity.scianCode, place.nomEnt, place.municipio, random);
    const [latitude, longitude, coordsValid] = plantPoint(place, model, random, invalidRate);
    const lastReported = random.pick(model.lastReportedYears);
    const candidates = candidatesOf(activity.scianCode);
    // Directories type lists in lower case about a third of the time ("maquinado cnc|soldadura mig").
    const lowerCase = random.chance(0.3);
    const listsProcesses = candidates.processes.length > 0 && random.chance(candidates.listRate);
    const procesos = listsProcesses ? list(candidates.processes, random.weighted([1, 2, 3, 4], [30, 35, 25, 10]), lowerCase) : '';
    const listsMaterials = candidates.materials.length > 0 && random.chance(candidates.listRate * OPTIONAL_COLUMN_RATES.materials);
    const materiales = listsMaterials ? list(candidates.materials, random.weighted([1, 2, 3], [45, 35, 20]), lowerCase) : '';
    const listsIndustries = candidates.industries.length > 0 && random.chance(OPTIONAL_COLUMN_RATES.industries);
    const industrias = listsIndustries ? list(candidates.industries, random.weighted([1, 2], [65, 35]), lowerCase) : '';
    const certificaciones = candidates.certifications
      .filter(([, rate]) => random.chance(rate))
      .map(([code]) => phrases.phrase(code, random))
      .join('|');
    const anioFundacion = random.chance(OPTIONAL_COLUMN_RATES.yearFounded) ? String(foundingYear(Number(lastReported), random)) : '';
    const sitioWeb = random.chance(OPTIONAL_COLUMN_RATES.website) ? websiteFor(name.core, random) : '';
    yield [
      `${prefix}${String(index + 1).padStart(width, '0')}`,
      name.legalName,
      name.plantName,
      activity.scianCode,
      activity.scianDesc,
      activity.retcSector,
      activity.retcSubsector,
      activity.activity,
      place.parqueIndustrial,
      latitude,
      longitude,
      coordsValid,
      place.cveEnt,
      place.nomEnt,
      place.cvegeoMun,
      place.municipio,
      place.localidad,
      place.colonia,
      place.cp,
      lastReported,
      procesos,
      materiales,
      certificaciones,
      industrias,
      anioFundacion,
      sitioWeb,
    ];
  }
}

/** Ages: 55% under 25 years, 33% 25-55, 12% older (Mexico's manufacturing grew most after 1994). */
function foundingYear(lastReported: number, random: SeededRandom): number {
  const age = random.weighted([[1, 25], [25, 55], [55, 100]], [55, 33, 12]);
  return Math.max(1900, lastReported - random.between(age[0], age[1]));
}
