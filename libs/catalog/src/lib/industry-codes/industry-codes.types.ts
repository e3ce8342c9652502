/** SCIAN levels from sector (2 digits) down to clase (6 digits), as INEGI names them. */
export const SCIAN_LEVELS = ['sector', 'subsector', 'rama', 'subrama', 'clase'] as const;
export type ScianLevel = (typeof SCIAN_LEVELS)[number];

export interface ScianEntry {
  /** SCIAN México 2018 code, e.g. '326199'. */
  readonly code: string;
  /** Spanish title as INEGI publishes it. */
  readonly title: string;
  readonly level: ScianLevel;
  /** Code of the level above; null for sectors. */
  readonly parentCode: string | null;
}

export interface NaicsEntry {
  /** NAICS 2017 code, e.g. '326199' ('31-33' for the manufacturing sector as a whole). */
  readonly code: string;
  /** English title from the US Census. */
  readonly title: string;
}

/** How the derived crosswalk joined the two systems (a heuristic, not INEGI's official concordance). */
export const CROSSWALK_BASES = ['identical_6digit', 'shared_5digit_industry', 'shared_4digit_group_only'] as const;
export type CrosswalkBasis = (typeof CROSSWALK_BASES)[number];

export interface ScianNaicsLink {
  readonly scian: string;
  readonly naics: string;
  readonly basis: CrosswalkBasis;
}
