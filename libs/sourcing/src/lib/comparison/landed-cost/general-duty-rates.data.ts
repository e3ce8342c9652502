import type { DutyRateTable } from './landed-cost.types';

/**
 * General (column 1, MFN) US duty rates by HS chapter: an estimate, not a tariff ruling. The real rate
 * depends on the 10-digit HTS line; each figure below is a common rate of the chapter's subheadings that
 * Mexican suppliers on Puente quote most, for the demo and the tests. Additional duties (Section 232 steel
 * and aluminum, Section 301, emergency tariffs on goods that do not qualify for USMCA) are NOT included.
 */
export const GENERAL_DUTY_RATES: DutyRateTable = Object.freeze({
  label: 'Estimate by HS chapter, not a tariff ruling',
  sourceCode: 'puente_duty_table',
  source:
    'Puente table of typical HTSUS general (column 1) rates per chapter, e.g. 8483.90.50 2.8 %, 8708.99.81 2.5 %, ' +
    '7326.90.86 2.9 %, 7616.99.51 2.5 %, 3926.90.99 5.3 %, 8544.42.90 2.6 %; verify the 10-digit line with a customs broker',
  byChapter: Object.freeze({
    '39': '5.3', // plastics and articles thereof (3926.90.99)
    '40': '2.5', // rubber articles (4016.99.60)
    '73': '2.9', // articles of iron or steel (7326.90.86)
    '76': '2.5', // articles of aluminum (7616.99.51)
    '84': '2.8', // machinery and parts (8483.90.50: gear housings, covers)
    '85': '2.6', // electrical machinery, wire harnesses (8544.42.90)
    '87': '2.5', // vehicle parts (8708.99.81)
    '90': '0', // instruments; many medical devices (9018.90.80) are free
  }),
  defaultPercent: '3.5',
});
