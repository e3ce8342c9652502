import { applyDecorators } from '@nestjs/common';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { InvalidVariable } from './config-validation.error';

// The landed-cost figures an operator may configure (issue 17): each figure with a `*_SOURCE` text that the
// comparison records beside it. Unset, the comparison uses its documented defaults with their sources.

const PLAIN_DECIMAL = /^\d{1,9}(\.\d{1,6})?$/;
/** "73=3.1,84=0": two-digit HS chapter = percent, comma separated. */
const CHAPTER_RATES = /^\d{2}=\d{1,3}(\.\d{1,4})?(,\d{2}=\d{1,3}(\.\d{1,4})?)*$/;

/** An optional plain decimal ("1.85"), the message naming the variable. */
export function LandedCostDecimal(variable: string, what: string) {
  return applyDecorators(IsOptional(), Matches(PLAIN_DECIMAL, { message: `${variable} must be ${what}: a plain decimal such as 1.85 (no sign, exponent or thousands separator)` }));
}

/** An optional source text (where the figure comes from), shown to buyers beside it. */
export function LandedCostSource(variable: string) {
  return applyDecorators(
    IsOptional(),
    IsString(),
    MinLength(3, { message: `${variable} must say where the figure comes from (3-500 characters)` }),
    MaxLength(500, { message: `${variable} must say where the figure comes from (3-500 characters)` }),
  );
}

/** An optional table of chapter overrides ("73=3.1,84=0"). */
export function LandedCostChapterRates(variable: string) {
  return applyDecorators(
    IsOptional(),
    Matches(CHAPTER_RATES, { message: `${variable} must be two-digit HS chapters with a percent, comma separated, such as 73=3.1,84=0` }),
  );
}

/** The landed-cost variables as the configuration holds them (strings, validated). */
export interface LandedCostEnvironment {
  LANDED_COST_MEXICO_USD_PER_KM?: string;
  LANDED_COST_MEXICO_USD_PER_KM_SOURCE?: string;
  LANDED_COST_US_USD_PER_KM?: string;
  LANDED_COST_US_USD_PER_KM_SOURCE?: string;
  LANDED_COST_CROSSING_USD_PER_TRUCK?: string;
  LANDED_COST_CROSSING_USD_PER_TRUCK_SOURCE?: string;
  LANDED_COST_MPF_RATE_PERCENT?: string;
  LANDED_COST_MPF_MINIMUM_USD?: string;
  LANDED_COST_MPF_MAXIMUM_USD?: string;
  LANDED_COST_MPF_FISCAL_YEAR?: string;
  LANDED_COST_MPF_SOURCE?: string;
  LANDED_COST_DUTY_RATES?: string;
  LANDED_COST_DUTY_DEFAULT_PERCENT?: string;
  LANDED_COST_DUTY_SOURCE?: string;
}

/** A figure and its source go together: a configured figure with the default's source would misquote it. */
const PAIRS: Array<{ values: Array<keyof LandedCostEnvironment>; source: keyof LandedCostEnvironment }> = [
  { values: ['LANDED_COST_MEXICO_USD_PER_KM'], source: 'LANDED_COST_MEXICO_USD_PER_KM_SOURCE' },
  { values: ['LANDED_COST_US_USD_PER_KM'], source: 'LANDED_COST_US_USD_PER_KM_SOURCE' },
  { values: ['LANDED_COST_CROSSING_USD_PER_TRUCK'], source: 'LANDED_COST_CROSSING_USD_PER_TRUCK_SOURCE' },
  { values: ['LANDED_COST_MPF_RATE_PERCENT', 'LANDED_COST_MPF_MINIMUM_USD', 'LANDED_COST_MPF_MAXIMUM_USD', 'LANDED_COST_MPF_FISCAL_YEAR'], source: 'LANDED_COST_MPF_SOURCE' },
  { values: ['LANDED_COST_DUTY_RATES', 'LANDED_COST_DUTY_DEFAULT_PERCENT'], source: 'LANDED_COST_DUTY_SOURCE' },
];

const MPF_FIGURES = ['LANDED_COST_MPF_RATE_PERCENT', 'LANDED_COST_MPF_MINIMUM_USD', 'LANDED_COST_MPF_MAXIMUM_USD', 'LANDED_COST_MPF_FISCAL_YEAR'] as const;

const set = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * What the decorators cannot see one variable at a time: a figure needs its source and a source its figure;
 * the fee's four figures change together (a rate from one fiscal year with bounds of another is no fee at
 * all), its minimum is at most its maximum; percents are at most 100.
 */
export function landedCostConfigProblems(env: LandedCostEnvironment): InvalidVariable[] {
  const problems: InvalidVariable[] = [];
  for (const { values, source } of PAIRS) {
    const anyValue = values.some((name) => set(env[name]));
    if (anyValue && !set(env[source])) problems.push({ variable: source, problems: [`must be set when ${values.filter((name) => set(env[name])).join(', ')} is set: say where the figure comes from`] });
    if (!anyValue && set(env[source])) problems.push({ variable: source, problems: [`is only used with ${values.join(' or ')}: set the figure too, or unset it`] });
  }
  const mpfSet = MPF_FIGURES.filter((name) => set(env[name]));
  if (mpfSet.length > 0 && mpfSet.length < MPF_FIGURES.length) {
    for (const name of MPF_FIGURES.filter((candidate) => !set(env[candidate]))) {
      problems.push({ variable: name, problems: [`must be set with ${mpfSet.join(', ')}: the fee's rate, minimum, maximum and fiscal year change together`] });
    }
  }
  if (set(env.LANDED_COST_MPF_FISCAL_YEAR) && !/^FY\d{4}$/.test(env.LANDED_COST_MPF_FISCAL_YEAR)) {
    problems.push({ variable: 'LANDED_COST_MPF_FISCAL_YEAR', problems: ['must be a US fiscal year such as FY2027'] });
  }
  const min = env.LANDED_COST_MPF_MINIMUM_USD;
  const max = env.LANDED_COST_MPF_MAXIMUM_USD;
  if (set(min) && set(max) && PLAIN_DECIMAL.test(min) && PLAIN_DECIMAL.test(max) && Number(min) > Number(max)) {
    problems.push({ variable: 'LANDED_COST_MPF_MINIMUM_USD', problems: [`must be at most LANDED_COST_MPF_MAXIMUM_USD (${max})`] });
  }
  for (const name of ['LANDED_COST_MPF_RATE_PERCENT', 'LANDED_COST_DUTY_DEFAULT_PERCENT'] as const) {
    const value = env[name];
    if (set(value) && PLAIN_DECIMAL.test(value) && Number(value) > 100) problems.push({ variable: name, problems: ['must be a percent between 0 and 100'] });
  }
  return problems;
}

/** "73=3.1,84=0" as { '73': '3.1', '84': '0' }; the variable has been validated. */
export function parseChapterRates(value: string): Record<string, string> {
  return Object.fromEntries(value.split(',').map((pair) => pair.split('=') as [string, string]));
}
