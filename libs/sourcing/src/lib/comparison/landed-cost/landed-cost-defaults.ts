import { GENERAL_DUTY_RATES } from './general-duty-rates.data';
import type { LandedCostSettings } from './landed-cost.types';

/**
 * The defaults of every configurable figure, each with its source as text. They are estimates for a
 * comparison, not a freight or customs quote; the comparison service may override any of them and the
 * breakdown's `assumptions` always says which value was used and where it came from.
 */
export const DEFAULT_LANDED_COST_SETTINGS: LandedCostSettings = Object.freeze({
  mexicoCostPerKm: {
    value: '1.50',
    sourceCode: 'puente_mexico_per_km',
    source:
      'Puente estimate: Mexican full-truckload dry van, about MXN 26 per km at about 17.5 MXN/USD; verify with a carrier quote',
  },
  usCostPerKm: {
    value: '1.40',
    sourceCode: 'puente_us_per_km',
    source:
      'Puente estimate: US dry-van truckload about USD 2.25 per mile (DAT national averages 2024-2025 were about USD 2.0-2.5) = 1.40 per km; verify',
  },
  crossingPerTruck: {
    value: '350.00',
    sourceCode: 'puente_crossing',
    source:
      'Puente estimate per truck: Mexican customs broker (pedimento) + US customs broker (entry) + transfer (drayage) across; verify with your brokers',
  },
  mpf: {
    ratePercent: '0.3464',
    minimum: '33.58',
    maximum: '651.50',
    fiscalYear: 'FY2026',
    sourceCode: 'cbp_mpf_fy2026',
    source:
      'CBP, 19 CFR 24.23, formal entries (class code 499): 0.3464 %, minimum USD 33.58, maximum USD 651.50 from 2025-10-01 ' +
      '(FY2026, CSMS #65741993 as reported by customs brokers; FY2025 was 32.71 / 634.62). The FY2027 adjustment ' +
      '(from 2026-10-01) is not checked: verify',
  },
  dutyRates: GENERAL_DUTY_RATES,
  crossingPorts: {
    // Otay Mesa, Calexico East, Nogales, Santa Teresa, El Paso (BOTA), Ysleta, Eagle Pass, Laredo, Hidalgo/Pharr, Brownsville
    sourceCode: 'bts_busiest_ports',
    codes: ['2506', '2507', '2604', '2408', '2402', '2401', '2303', '2304', '2305', '2301'],
    source:
      'the ten busiest commercial truck ports (BTS 2021, DOMAIN.md "Crossing the border"): full truckloads cross where brokers and FAST lanes are',
  },
});
