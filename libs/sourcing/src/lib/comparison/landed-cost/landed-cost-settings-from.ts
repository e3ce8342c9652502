import { parseChapterRates, type LandedCostEnvironment } from '@puente/platform';
import { DEFAULT_LANDED_COST_SETTINGS } from './landed-cost-defaults';
import type { LandedCostSettings, SourcedValue } from './landed-cost.types';

/**
 * The figures the comparison runs on: the defaults, each replaced by its configured value and source when
 * set (`LANDED_COST_*`, validated at startup). Chapters of the duty table are overridden one by one; the
 * table records which chapters (and the default rate) came from the configuration and their source.
 */
export function landedCostSettingsFrom(env: LandedCostEnvironment, defaults: LandedCostSettings = DEFAULT_LANDED_COST_SETTINGS): LandedCostSettings {
  const sourced = (fallback: SourcedValue, value: string | undefined, source: string | undefined): SourcedValue =>
    value ? { value, source: source ?? '' } : fallback;
  const mpfConfigured = env.LANDED_COST_MPF_RATE_PERCENT && env.LANDED_COST_MPF_MINIMUM_USD && env.LANDED_COST_MPF_MAXIMUM_USD && env.LANDED_COST_MPF_FISCAL_YEAR;
  const chapters = env.LANDED_COST_DUTY_RATES ? parseChapterRates(env.LANDED_COST_DUTY_RATES) : {};
  const dutyConfigured = Object.keys(chapters).length > 0 || env.LANDED_COST_DUTY_DEFAULT_PERCENT;
  return {
    ...defaults,
    mexicoCostPerKm: sourced(defaults.mexicoCostPerKm, env.LANDED_COST_MEXICO_USD_PER_KM, env.LANDED_COST_MEXICO_USD_PER_KM_SOURCE),
    usCostPerKm: sourced(defaults.usCostPerKm, env.LANDED_COST_US_USD_PER_KM, env.LANDED_COST_US_USD_PER_KM_SOURCE),
    crossingPerTruck: sourced(defaults.crossingPerTruck, env.LANDED_COST_CROSSING_USD_PER_TRUCK, env.LANDED_COST_CROSSING_USD_PER_TRUCK_SOURCE),
    mpf: mpfConfigured
      ? {
          ratePercent: env.LANDED_COST_MPF_RATE_PERCENT as string,
          minimum: env.LANDED_COST_MPF_MINIMUM_USD as string,
          maximum: env.LANDED_COST_MPF_MAXIMUM_USD as string,
          fiscalYear: env.LANDED_COST_MPF_FISCAL_YEAR as string,
          source: env.LANDED_COST_MPF_SOURCE ?? '',
        }
      : defaults.mpf,
    dutyRates: dutyConfigured
      ? {
          ...defaults.dutyRates,
          byChapter: { ...defaults.dutyRates.byChapter, ...chapters },
          defaultPercent: env.LANDED_COST_DUTY_DEFAULT_PERCENT ?? defaults.dutyRates.defaultPercent,
          configured: { chapters: Object.keys(chapters).sort(), defaultPercent: Boolean(env.LANDED_COST_DUTY_DEFAULT_PERCENT), source: env.LANDED_COST_DUTY_SOURCE ?? '' },
        }
      : defaults.dutyRates,
  };
}

/** Where the rate of one chapter comes from: the configuration's source for a configured one, else the table's. */
export function dutyRateSource(settings: LandedCostSettings, chapter: string): string {
  const { dutyRates } = settings;
  const configured = dutyRates.configured;
  const inTable = dutyRates.byChapter[chapter] !== undefined;
  if (configured && (inTable ? configured.chapters.includes(chapter) : configured.defaultPercent)) return configured.source;
  return dutyRates.source;
}
