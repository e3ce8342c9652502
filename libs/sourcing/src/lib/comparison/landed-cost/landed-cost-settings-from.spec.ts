import { DEFAULT_LANDED_COST_SETTINGS } from './landed-cost-defaults';
import { dutyRateSource, landedCostSettingsFrom } from './landed-cost-settings-from';

describe('landed-cost settings from the configuration', () => {
  it('keeps every default with its documented source when nothing is configured', () => {
    expect(landedCostSettingsFrom({})).toEqual(DEFAULT_LANDED_COST_SETTINGS);
    expect(dutyRateSource(landedCostSettingsFrom({}), '73')).toBe(DEFAULT_LANDED_COST_SETTINGS.dutyRates.source);
  });

  it('replaces each configured figure and records its source, leaving the others alone', () => {
    const settings = landedCostSettingsFrom({
      LANDED_COST_US_USD_PER_KM: '2.10',
      LANDED_COST_US_USD_PER_KM_SOURCE: 'Carrier quote 2026-11',
      LANDED_COST_CROSSING_USD_PER_TRUCK: '410.00',
      LANDED_COST_CROSSING_USD_PER_TRUCK_SOURCE: 'Broker tariff 2027',
    });
    expect(settings.usCostPerKm).toEqual({ value: '2.10', source: 'Carrier quote 2026-11' });
    expect(settings.crossingPerTruck).toEqual({ value: '410.00', source: 'Broker tariff 2027' });
    expect(settings.mexicoCostPerKm).toEqual(DEFAULT_LANDED_COST_SETTINGS.mexicoCostPerKm);
    expect(settings.mpf).toEqual(DEFAULT_LANDED_COST_SETTINGS.mpf);
  });

  it('takes the fee as one set of figures for a fiscal year', () => {
    const settings = landedCostSettingsFrom({
      LANDED_COST_MPF_RATE_PERCENT: '0.3464',
      LANDED_COST_MPF_MINIMUM_USD: '34.50',
      LANDED_COST_MPF_MAXIMUM_USD: '669.00',
      LANDED_COST_MPF_FISCAL_YEAR: 'FY2027',
      LANDED_COST_MPF_SOURCE: 'CBP CSMS FY2027',
    });
    expect(settings.mpf).toEqual({ ratePercent: '0.3464', minimum: '34.50', maximum: '669.00', fiscalYear: 'FY2027', source: 'CBP CSMS FY2027' });
  });

  it('overrides single duty chapters and says which, the rest of the table keeping its source', () => {
    const settings = landedCostSettingsFrom({ LANDED_COST_DUTY_RATES: '73=3.4,94=0', LANDED_COST_DUTY_SOURCE: 'Broker review 2026-11' });
    expect(settings.dutyRates.byChapter).toEqual({ ...DEFAULT_LANDED_COST_SETTINGS.dutyRates.byChapter, '73': '3.4', '94': '0' });
    expect(settings.dutyRates.defaultPercent).toBe(DEFAULT_LANDED_COST_SETTINGS.dutyRates.defaultPercent);
    expect(settings.dutyRates.configured).toEqual({ chapters: ['73', '94'], defaultPercent: false, source: 'Broker review 2026-11' });
    expect(dutyRateSource(settings, '73')).toBe('Broker review 2026-11');
    expect(dutyRateSource(settings, '84')).toBe(DEFAULT_LANDED_COST_SETTINGS.dutyRates.source);
    // A chapter outside the table takes the default rate, which was not configured here.
    expect(dutyRateSource(settings, '61')).toBe(DEFAULT_LANDED_COST_SETTINGS.dutyRates.source);
  });

  it('sources the default rate from the configuration when it is configured', () => {
    const settings = landedCostSettingsFrom({ LANDED_COST_DUTY_DEFAULT_PERCENT: '4', LANDED_COST_DUTY_SOURCE: 'Our estimate' });
    expect(settings.dutyRates.defaultPercent).toBe('4');
    expect(dutyRateSource(settings, '61')).toBe('Our estimate');
    expect(dutyRateSource(settings, '73')).toBe(DEFAULT_LANDED_COST_SETTINGS.dutyRates.source);
  });
});
