import type { LandPort, TransitEstimate, TransitQuery } from '@puente/catalog';
import type { LandedCostGeography, LandedCostInput, LandedCostSettings } from './landed-cost.types';

/** Round figures so every expectation can be computed by hand. */
export const TEST_SETTINGS: LandedCostSettings = {
  mexicoCostPerKm: { value: '1.50', source: 'test' },
  usCostPerKm: { value: '2.00', source: 'test' },
  crossingPerTruck: { value: '300.00', source: 'test' },
  mpf: { ratePercent: '0.3464', minimum: '33.58', maximum: '651.50', fiscalYear: 'FY2026', source: 'test' },
  dutyRates: { label: 'estimate', source: 'test', byChapter: { '84': '2.8' }, defaultPercent: '3.5' },
};

const port = (code: string, name: string): LandPort => ({ code, name, usState: 'Texas', lat: 0, lon: 0, trucks2021: null, crossings: [] });
const LAREDO = port('2304', 'Laredo');
const HIDALGO = port('2305', 'Hidalgo');

/**
 * A fixed road: through Laredo 200 km in Mexico + 700 km in the US; through Hidalgo 300 + 800. Transit days
 * 2.1 at the default assumptions, 1.6 at the band's low (road factor 1.2), 2.2 at its high: a 2-3 day band.
 * Only ZIP 75201 (Dallas, TX) is known.
 */
export const FIXED_GEOGRAPHY: LandedCostGeography = {
  landPorts: () => [LAREDO, HIDALGO],
  estimateTransit(query: TransitQuery): TransitEstimate | null {
    if (query.destinationZip !== '75201') return null;
    const viaHidalgo = query.portCodes?.includes('2305') ?? false;
    const [kmMexico, kmUs] = viaHidalgo ? [300, 800] : [200, 700];
    const roadFactor = query.assumptions?.roadFactor ?? 1.25;
    const transitDays = roadFactor === 1.2 ? 1.6 : roadFactor === 1.3 ? 2.2 : 2.1;
    const best = { port: viaHidalgo ? HIDALGO : LAREDO, kmMexico, kmUs, totalKm: kmMexico + kmUs, transitDays };
    return {
      destination: { zip: '75201', city: 'Dallas', state: 'TX', lat: 32.79, lon: -96.8 },
      best,
      candidates: [best],
      assumptions: { roadFactor, kmPerDay: 800, crossingDays: 1 },
    };
  },
};

export function testInput(overrides: Partial<LandedCostInput> = {}): LandedCostInput {
  return {
    quantity: 1000,
    unitPrice: '10.00',
    currency: 'USD',
    fxRate: null,
    incoterm: 'EXW',
    place: 'Apodaca, NL',
    plant: { name: 'Planta Apodaca', lat: 25.78, lon: -100.19, state: 'Nuevo León' },
    deliveryZip: '75201',
    unitsPerTruckload: 400,
    hsCode: '848390',
    usmcaCriterion: 'B',
    canCertify: true,
    toolingTotal: '5000.00',
    annualVolume: 20000,
    leadTime: { firstArticlesDays: 63, productionDays: 28 },
    settings: TEST_SETTINGS,
    ...overrides,
  };
}
