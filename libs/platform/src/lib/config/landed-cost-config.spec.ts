import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigValidationError } from './config-validation.error';
import { ApiEnvironment } from './environment.schema';
import { parseChapterRates } from './landed-cost-config';
import { loadConfig } from './load-config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'puente-config-'));

function problemsOf(env: Record<string, string>): Record<string, string[]> {
  try {
    loadConfig(ApiEnvironment, { PUENTE_DATA_DIR: dataDir(), ...env });
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    return Object.fromEntries(error.invalid.map(({ variable, problems }) => [variable, problems]));
  }
  throw new Error('expected the environment to be rejected');
}

describe('landed-cost configuration', () => {
  it('needs nothing: the comparison keeps its documented defaults', () => {
    const config = loadConfig(ApiEnvironment, { PUENTE_DATA_DIR: dataDir() });
    expect(config.LANDED_COST_US_USD_PER_KM).toBeUndefined();
    expect(config.LANDED_COST_DUTY_RATES).toBeUndefined();
  });

  it('takes figures with their sources', () => {
    const config = loadConfig(ApiEnvironment, {
      PUENTE_DATA_DIR: dataDir(),
      LANDED_COST_US_USD_PER_KM: '2.10',
      LANDED_COST_US_USD_PER_KM_SOURCE: 'Carrier quote 2026-11',
      LANDED_COST_DUTY_RATES: '73=3.4,94=0',
      LANDED_COST_DUTY_SOURCE: 'Broker review',
      LANDED_COST_MPF_RATE_PERCENT: '0.3464',
      LANDED_COST_MPF_MINIMUM_USD: '34.50',
      LANDED_COST_MPF_MAXIMUM_USD: '669.00',
      LANDED_COST_MPF_FISCAL_YEAR: 'FY2027',
      LANDED_COST_MPF_SOURCE: 'CBP',
    });
    expect(config.LANDED_COST_US_USD_PER_KM).toBe('2.10');
    expect(parseChapterRates(config.LANDED_COST_DUTY_RATES as string)).toEqual({ '73': '3.4', '94': '0' });
  });

  it('refuses a figure that is not a plain decimal, naming the variable', () => {
    const problems = problemsOf({ LANDED_COST_MEXICO_USD_PER_KM: '1,50', LANDED_COST_MEXICO_USD_PER_KM_SOURCE: 'x-source', LANDED_COST_CROSSING_USD_PER_TRUCK: '-5', LANDED_COST_CROSSING_USD_PER_TRUCK_SOURCE: 'brokers' });
    expect(problems['LANDED_COST_MEXICO_USD_PER_KM']?.[0]).toMatch(/^LANDED_COST_MEXICO_USD_PER_KM must be USD per truck-km in Mexico: a plain decimal/);
    expect(problems['LANDED_COST_CROSSING_USD_PER_TRUCK']?.[0]).toMatch(/^LANDED_COST_CROSSING_USD_PER_TRUCK must be/);
  });

  it('refuses a figure without its source, and a source without its figure', () => {
    expect(problemsOf({ LANDED_COST_US_USD_PER_KM: '2.10' })).toEqual({
      LANDED_COST_US_USD_PER_KM_SOURCE: ['must be set when LANDED_COST_US_USD_PER_KM is set: say where the figure comes from'],
    });
    expect(problemsOf({ LANDED_COST_DUTY_SOURCE: 'Broker review' })).toEqual({
      LANDED_COST_DUTY_SOURCE: ['is only used with LANDED_COST_DUTY_RATES or LANDED_COST_DUTY_DEFAULT_PERCENT: set the figure too, or unset it'],
    });
  });

  it('refuses a malformed chapter table', () => {
    for (const table of ['73:3.4', '7=3', '73=3.4,', '73=abc', '73=3.4;84=1']) {
      expect(Object.keys(problemsOf({ LANDED_COST_DUTY_RATES: table, LANDED_COST_DUTY_SOURCE: 'Broker review' }))).toEqual(['LANDED_COST_DUTY_RATES']);
    }
  });

  it('refuses part of the fee, a minimum above the maximum, a bad fiscal year and a percent above 100', () => {
    expect(Object.keys(problemsOf({ LANDED_COST_MPF_RATE_PERCENT: '0.35', LANDED_COST_MPF_SOURCE: 'CBP' })).sort()).toEqual([
      'LANDED_COST_MPF_FISCAL_YEAR',
      'LANDED_COST_MPF_MAXIMUM_USD',
      'LANDED_COST_MPF_MINIMUM_USD',
    ]);
    const fee = { LANDED_COST_MPF_RATE_PERCENT: '101', LANDED_COST_MPF_MINIMUM_USD: '700', LANDED_COST_MPF_MAXIMUM_USD: '600', LANDED_COST_MPF_FISCAL_YEAR: '2027', LANDED_COST_MPF_SOURCE: 'CBP' };
    expect(problemsOf(fee)).toEqual({
      LANDED_COST_MPF_FISCAL_YEAR: ['must be a US fiscal year such as FY2027'],
      LANDED_COST_MPF_MINIMUM_USD: ['must be at most LANDED_COST_MPF_MAXIMUM_USD (600)'],
      LANDED_COST_MPF_RATE_PERCENT: ['must be a percent between 0 and 100'],
    });
  });
});
