import type { EmployeeBand } from '../../profile/profile-data';

/**
 * DENUE's `per_ocu` (persons employed, in INEGI's strata) as a profile employee band. Strata that straddle
 * two bands go to the band holding their midpoint ("101 a 250" → 51-200, midpoint 175); "251 y más" has no
 * upper bound, so it gets the band its lower bound is in (201-500), the least the registry asserts.
 */
const STRATA: ReadonlyArray<[RegExp, EmployeeBand]> = [
  [/^0 a 5\b/, '1-10'],
  [/^6 a 10\b/, '1-10'],
  [/^11 a 30\b/, '11-50'],
  [/^31 a 50\b/, '11-50'],
  [/^51 a 100\b/, '51-200'],
  [/^101 a 250\b/, '51-200'],
  [/^251 y m[aá]s\b/, '201-500'],
];

/** The band of a `per_ocu` value; null when empty or not one of INEGI's strata. */
export function employeeBandFromPerOcu(value: string | undefined): EmployeeBand | null {
  const text = (value ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return null;
  return STRATA.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
