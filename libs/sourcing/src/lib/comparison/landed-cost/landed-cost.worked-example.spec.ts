import { landedCost } from './landed-cost';
import { DEFAULT_LANDED_COST_SETTINGS } from './landed-cost-defaults';
import type { LandedCostBreakdown, LandedCostInput } from './landed-cost.types';

// The README's worked example ("Landed cost model"): the demo's two quotes on the gearbox housing, the
// 5,000 break, on the catalog geography and the default settings. If a figure here changes, the README must.

const base = {
  quantity: 5000,
  deliveryZip: '75201',
  unitsPerTruckload: null,
  hsCode: '848390',
  annualVolume: 10000,
  settings: DEFAULT_LANDED_COST_SETTINGS,
};
const maquinados: LandedCostInput = {
  ...base,
  unitPrice: '278.00',
  currency: 'MXN',
  fxRate: { mxnPerUsd: '17.90', date: '2026-12-04', source: 'example rate (not a published FIX)' },
  incoterm: 'FCA',
  place: 'Irapuato, Gto.',
  plant: { name: 'Planta Irapuato', lat: 20.6767, lon: -101.3563, state: 'Guanajuato' },
  usmcaCriterion: 'C',
  canCertify: true,
  toolingTotal: '1542500.00',
  leadTime: { firstArticlesDays: 63, productionDays: 28 },
};
const aluliq: LandedCostInput = {
  ...base,
  unitPrice: '14.90',
  currency: 'USD',
  fxRate: null,
  incoterm: 'DAP',
  place: 'Laredo, TX',
  plant: { name: 'ALULIQ Aguascalientes', lat: 21.8818, lon: -102.2916, state: 'Aguascalientes' },
  usmcaCriterion: 'B',
  canCertify: true,
  toolingTotal: '68500.00',
  leadTime: { firstArticlesDays: 70, productionDays: 21 },
};

const summary = (b: LandedCostBreakdown) => ({
  unitUsd: b.unitPrice.usd,
  port: b.freight.port?.code,
  legs: b.freight.legs.map((l) => `${l.kind} ${l.km ?? '-'} km ${l.perTruck} ${l.includedInIncoterm ? 'included' : 'buyer'}`),
  freightPerUnit: b.freight.perUnit,
  dutyWithout: b.duty.withoutUsmca.total,
  mpfWithout: b.mpf.withoutUsmcaTotal,
  toolingPerUnit: b.tooling.perUnit,
  total: b.total,
  days: [b.daysToDelivery.low, b.daysToDelivery.high],
});

describe('the README worked example', () => {
  it('Maquinados del Bajío: 278.00 MXN, FCA Irapuato, USMCA C', () => {
    // 278.00 / 17.90 = 15.530726 USD; Mexico 976.9 km x 1.50 = 1465.35; US 803.9 km x 1.40 = 1125.46;
    // freight (1465.35 + 350.00 + 1125.46) / 5000 = 0.588162; tooling 1542500 / 17.90 = 86173.18 / 10000 = 8.617318
    // total 15.530726 + 0.588162 + 8.617318 = 24.736206; without USMCA + (2174.30 + 268.99) / 5000 = 25.224864
    expect(summary(landedCost(maquinados))).toEqual({
      unitUsd: '15.5307',
      port: '2304',
      legs: ['mexico 976.9 km 1465.35 buyer', 'crossing - km 350.00 buyer', 'us 803.9 km 1125.46 buyer'],
      freightPerUnit: '0.5882',
      dutyWithout: '2174.30',
      mpfWithout: '268.99',
      toolingPerUnit: '8.6173',
      total: { perUnit: '24.7362', forQuantity: '123681.03', withoutUsmcaPerUnit: '25.2249', withoutUsmcaForQuantity: '126124.33' },
      days: [94, 95],
    });
  });

  it('ALULIQ: 14.90 USD, DAP Laredo, TX, USMCA B', () => {
    // US 803.9 km x 1.40 = 1125.46 / 5000 = 0.225092; tooling 68500 / 10000 = 6.85; total 14.90 + 0.225092 + 6.85 = 21.975092
    // without USMCA + (2086.00 + 258.068) / 5000 = 22.4439056
    expect(summary(landedCost(aluliq))).toEqual({
      unitUsd: '14.9000',
      port: '2304',
      legs: ['mexico 856.2 km 0.00 included', 'crossing - km 0.00 included', 'us 803.9 km 1125.46 buyer'],
      freightPerUnit: '0.2251',
      dutyWithout: '2086.00',
      mpfWithout: '258.07',
      toolingPerUnit: '6.8500',
      total: { perUnit: '21.9751', forQuantity: '109875.46', withoutUsmcaPerUnit: '22.4439', withoutUsmcaForQuantity: '112219.53' },
      days: [94, 95],
    });
  });
});
