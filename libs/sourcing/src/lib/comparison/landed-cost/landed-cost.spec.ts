import { landedCost } from './landed-cost';
import { LandedCostError } from './landed-cost.error';
import { FIXED_GEOGRAPHY, testInput } from './landed-cost.fixtures';
import type { LandedCostBreakdown } from './landed-cost.types';

// Settings in every test (landed-cost.fixtures.ts): Mexican leg 1.50 USD/truck-km, US leg 2.00, crossing
// 300.00 per truck, duty chapter 84 = 2.8 %, MPF 0.3464 % within 33.58-651.50. Road through Laredo:
// 200 km in Mexico + 700 km in the US; through Hidalgo 300 + 800; transit band 2-3 days.

const legs = (b: LandedCostBreakdown) =>
  b.freight.legs.map((l) => [l.kind, l.includedInIncoterm, l.perTruck, l.perUnit, l.total]);
const keys = (b: LandedCostBreakdown) => b.assumptions.map((a) => a.key);

describe('landedCost', () => {
  it('EXW at the plant, USD, USMCA: Mexican leg + crossing + US leg by truckload, no duty, no MPF, tooling over the annual volume', () => {
    const b = landedCost(testInput(), FIXED_GEOGRAPHY);

    expect(b.freight.placeKind).toBe('plant');
    expect(b.freight.port?.code).toBe('2304');
    // 1000 units / 400 per truck = 2.5 -> 3 trucks
    expect(b.freight.trucks).toBe(3);
    expect(b.freight.truckBasis).toBe('units_per_truckload');
    // Mexico 200 km x 1.50 = 300.00 per truck, x 3 = 900.00, / 1000 = 0.9000
    // crossing 300.00 per truck, x 3 = 900.00, / 1000 = 0.9000
    // US 700 km x 2.00 = 1400.00 per truck, x 3 = 4200.00, / 1000 = 4.2000
    expect(legs(b)).toEqual([
      ['mexico', false, '300.00', '0.9000', '900.00'],
      ['crossing', false, '300.00', '0.9000', '900.00'],
      ['us', false, '1400.00', '4.2000', '4200.00'],
    ]);
    expect(b.freight.legs[0]).toMatchObject({ km: 200, ratePerKm: '1.50' });
    expect([b.freight.total, b.freight.perUnit]).toEqual(['6000.00', '6.0000']);

    // customs value 10.00 x 1000 = 10000.00; USMCA B + can certify: duty 0, MPF exempt
    // without: duty 2.8 % = 280.00 (0.2800 per unit); MPF 0.3464 % = 34.64 (above the minimum) = 0.03464 per unit
    expect(b.duty).toMatchObject({ customsValue: '10000.00', usmcaApplies: true, chapter: '84' });
    expect(b.duty.applied).toEqual({ ratePercent: '0', perUnit: '0.0000', total: '0.00' });
    expect(b.duty.withoutUsmca).toEqual({ ratePercent: '2.8', perUnit: '0.2800', total: '280.00' });
    expect(b.mpf).toMatchObject({ bound: 'rate', exemptUnderUsmca: true, total: '0.00', withoutUsmcaTotal: '34.64', withoutUsmcaPerUnit: '0.0346' });
    // (280.00 + 34.64) / 1000 = 0.31464
    expect(b.duty.usmcaSavingPerUnit).toBe('0.3146');

    // tooling 5000.00 / 20000 (annual volume) = 0.2500
    expect(b.tooling).toMatchObject({ usd: '5000.00', spreadOver: 20000, spreadBasis: 'annual_volume', perUnit: '0.2500' });

    // 10.00 + 6.00 + 0 + 0 + 0.25 = 16.25; x 1000 = 16250.00
    // without USMCA: 16.25 + 0.28 + 0.03464 = 16.56464; x 1000 = 16564.64
    expect(b.total).toEqual({ perUnit: '16.2500', forQuantity: '16250.00', withoutUsmcaPerUnit: '16.5646', withoutUsmcaForQuantity: '16564.64' });

    // lead time 63 + 28 = 91; transit band 1.6 -> 2, 2.2 -> 3 days
    expect(b.transit).toEqual({ low: 2, high: 3, totalKm: 900 });
    expect(b.daysToDelivery).toEqual({ leadTimeDays: 91, low: 93, high: 94 });
    expect(b.warnings).toEqual([]);
    expect(keys(b)).toEqual(expect.arrayContaining(['fxRate', 'namedPlace', 'landPort', 'mexicoCostPerKm', 'crossingPerTruck', 'usCostPerKm', 'trucks', 'dutyRate', 'mpf', 'mpfEntries', 'toolingSpread', 'leadTime', 'transitBand']));
    expect(b.assumptions.find((a) => a.key === 'usCostPerKm')).toMatchObject({ key: 'usCostPerKm', value: '2.00 USD per truck-km', source: 'test', code: 'us_cost_per_km', params: { value: '2.00', source: 'test' } });
  });

  it('FCA at a Mexican border city, MXN, not originating: crossing + US leg, one truck per order, MPF at its minimum, tooling over the order', () => {
    const fxRate = { mxnPerUsd: '17.50', date: '2026-12-04', source: 'Banxico FIX' };
    const b = landedCost(
      testInput({
        quantity: 500,
        unitPrice: '175.00',
        currency: 'MXN',
        fxRate,
        incoterm: 'FCA',
        place: 'Nuevo Laredo, Tamps.',
        unitsPerTruckload: null,
        usmcaCriterion: 'not_originating',
        canCertify: false,
        toolingTotal: '87500.00',
        annualVolume: null,
      }),
      FIXED_GEOGRAPHY,
    );

    // 175.00 MXN / 17.50 = 10.0000 USD
    expect(b.unitPrice).toEqual({ quoted: '175.00', currency: 'MXN', usd: '10.0000', fxRate });
    expect(b.freight).toMatchObject({ placeKind: 'mexican_border', trucks: 1, unitsPerTruck: 500, truckBasis: 'one_truck_per_order' });
    expect(b.freight.port?.code).toBe('2304');
    // Mexican leg is the seller's; crossing 300.00 / 500 = 0.6000; US 700 x 2.00 = 1400.00 / 500 = 2.8000
    expect(legs(b)).toEqual([
      ['mexico', true, '0.00', '0.0000', '0.00'],
      ['crossing', false, '300.00', '0.6000', '300.00'],
      ['us', false, '1400.00', '2.8000', '1400.00'],
    ]);
    expect(b.freight.perUnit).toBe('3.4000');

    // customs value 5000.00; duty 2.8 % = 140.00 = 0.2800 per unit
    // MPF 0.3464 % x 5000 = 17.32 < 33.58 -> 33.58, / 500 = 0.06716
    expect(b.duty).toMatchObject({ customsValue: '5000.00', usmcaApplies: false });
    expect(b.duty.applied).toEqual({ ratePercent: '2.8', perUnit: '0.2800', total: '140.00' });
    expect(b.mpf).toMatchObject({ bound: 'minimum', exemptUnderUsmca: false, total: '33.58', perUnit: '0.0672' });

    // tooling 87500.00 MXN / 17.50 = 5000.00 USD over the 500 ordered = 10.0000
    expect(b.tooling).toMatchObject({ quoted: '87500.00', currency: 'MXN', usd: '5000.00', spreadOver: 500, spreadBasis: 'order_quantity', perUnit: '10.0000' });

    // 10 + 3.4 + 0.28 + 0.06716 + 10 = 23.74716 -> 23.7472; x 500 = 11873.58 exactly
    expect(b.total).toEqual({ perUnit: '23.7472', forQuantity: '11873.58', withoutUsmcaPerUnit: '23.7472', withoutUsmcaForQuantity: '11873.58' });
    expect(b.assumptions.find((a) => a.key === 'fxRate')).toMatchObject({ key: 'fxRate', value: '17.50 MXN per USD on 2026-12-04', source: 'Banxico FIX' });
    expect(b.assumptions.find((a) => a.key === 'trucks')?.source).toMatch(/one truck per order/);
    expect(b.assumptions.find((a) => a.key === 'toolingSpread')?.source).toMatch(/no annual volume/);
  });

  it('DAP at a US border place, USD, USMCA: only the US leg from the named port', () => {
    const b = landedCost(
      testInput({ quantity: 2000, unitPrice: '4.10', incoterm: 'DAP', place: 'Laredo, TX', unitsPerTruckload: 1000, toolingTotal: '0', annualVolume: 10000 }),
      FIXED_GEOGRAPHY,
    );
    expect(b.freight.placeKind).toBe('us_border');
    // 2 trucks x 700 km x 2.00 = 2800.00, / 2000 = 1.4000
    expect(legs(b)).toEqual([
      ['mexico', true, '0.00', '0.0000', '0.00'],
      ['crossing', true, '0.00', '0.0000', '0.00'],
      ['us', false, '1400.00', '1.4000', '2800.00'],
    ]);
    // customs value 8200.00; without USMCA: duty 229.60 (0.1148), MPF 28.4048 < min -> 33.58 (0.01679)
    expect(b.mpf).toMatchObject({ bound: 'minimum', total: '0.00', withoutUsmcaTotal: '33.58' });
    // 4.10 + 1.40 = 5.50; without: 5.50 + 0.1148 + 0.01679 = 5.63159 -> 5.6316, x 2000 = 11263.18
    expect(b.total).toEqual({ perUnit: '5.5000', forQuantity: '11000.00', withoutUsmcaPerUnit: '5.6316', withoutUsmcaForQuantity: '11263.18' });
  });

  it('a border place names its own port: FCA Reynosa goes through Hidalgo, not the best port for the plant', () => {
    const b = landedCost(testInput({ incoterm: 'FCA', place: 'Reynosa, Tamps.' }), FIXED_GEOGRAPHY);
    expect(b.freight.port?.code).toBe('2305');
    // crossing 300 x 3 trucks = 900.00; US 800 km x 2.00 = 1600.00 x 3 = 4800.00
    expect(b.freight.legs.map((l) => l.total)).toEqual(['0.00', '900.00', '4800.00']);
  });

  it('routes only through the allowed crossings when the settings restrict them', () => {
    const settings = { ...testInput().settings, crossingPorts: { codes: ['2305'], source: 'test: Pharr only' } };
    const b = landedCost(testInput({ settings }), FIXED_GEOGRAPHY);
    expect(b.freight.port?.code).toBe('2305');
    // Mexico 300 km x 1.50 = 450.00 x 3 trucks = 1350.00; crossing 900.00; US 800 x 2.00 = 1600.00 x 3 = 4800.00
    expect(b.freight.legs.map((l) => l.total)).toEqual(['1350.00', '900.00', '4800.00']);
    expect(b.assumptions.find((a) => a.key === 'landPort')?.source).toMatch(/allowed crossings \(2305; test: Pharr only\)/);
  });

  it('DAP at the buyer, no USMCA certificate: no freight, duty and MPF at its maximum', () => {
    const b = landedCost(
      testInput({ quantity: 1000, unitPrice: '250.00', incoterm: 'DAP', place: 'Dallas, TX', canCertify: false, toolingTotal: '0' }),
      FIXED_GEOGRAPHY,
    );
    expect(b.freight.placeKind).toBe('buyer');
    expect(b.freight.legs.every((l) => l.includedInIncoterm && l.total === '0.00')).toBe(true);
    // criterion B but cannot certify: no preference. customs value 250000.00
    // duty 2.8 % = 7000.00 = 7.0000 per unit; MPF 0.3464 % = 866.00 > 651.50 -> 651.50 = 0.6515 per unit
    expect(b.duty.usmcaApplies).toBe(false);
    expect(b.duty.applied.total).toBe('7000.00');
    expect(b.mpf).toMatchObject({ bound: 'maximum', total: '651.50', perUnit: '0.6515' });
    // 250 + 7 + 0.6515 = 257.6515; x 1000 = 257651.50
    expect(b.total).toMatchObject({ perUnit: '257.6515', forQuantity: '257651.50' });
    expect(b.assumptions.find((a) => a.key === 'usmca')?.source).toBe('the quote says criterion B, can certify: no');
  });

  it('DDP at the buyer, MXN, not originating: the seller pays freight, duty and MPF; both are still shown', () => {
    const b = landedCost(
      testInput({
        unitPrice: '35.00',
        currency: 'MXN',
        fxRate: { mxnPerUsd: '17.50', date: '2026-12-04', source: 'Banxico FIX' },
        incoterm: 'DDP',
        place: '75201',
        usmcaCriterion: 'not_originating',
        canCertify: false,
        toolingTotal: '0',
      }),
      FIXED_GEOGRAPHY,
    );
    // 35.00 / 17.50 = 2.00 USD; customs value 2000.00; duty 2.8 % = 56.00 paid by the seller
    expect(b.freight.placeKind).toBe('buyer');
    expect(b.duty).toMatchObject({ paidBySeller: true, customsValue: '2000.00' });
    expect(b.duty.withoutUsmca.total).toBe('56.00');
    expect(b.duty.applied.total).toBe('0.00');
    expect(b.mpf).toMatchObject({ total: '0.00', withoutUsmcaTotal: '0.00' });
    expect(b.total).toEqual({ perUnit: '2.0000', forQuantity: '2000.00', withoutUsmcaPerUnit: '2.0000', withoutUsmcaForQuantity: '2000.00' });
    expect(keys(b)).toContain('dutyPaidBy');
  });

  it('a sea term is accepted with a warning and, at a place that is not a border or the buyer, costed from the plant', () => {
    const b = landedCost(testInput({ incoterm: 'FOB', place: 'Manzanillo, Col.' }), FIXED_GEOGRAPHY);
    expect(b.warnings.map((w) => w.code)).toEqual(['sea_incoterm', 'place_assumed_plant']);
    expect(b.freight.placeKind).toBe('plant');
    // same road as EXW at the plant: 900.00 + 900.00 + 4200.00
    expect(b.freight.total).toBe('6000.00');
    expect(b.assumptions.find((a) => a.key === 'namedPlace')?.source).toMatch(/plant is assumed/);
  });

  it('says when the rate is an earlier day\'s', () => {
    const note = 'no rate for 2026-12-06; the latest earlier one (2026-12-04) used';
    const b = landedCost(
      testInput({ currency: 'MXN', unitPrice: '175.00', fxRate: { mxnPerUsd: '17.50', date: '2026-12-04', source: 'Banxico FIX', note } }),
      FIXED_GEOGRAPHY,
    );
    expect(b.warnings).toEqual([{ code: 'fx_rate_earlier_date', message: note, params: { date: '2026-12-04' } }]);
  });

  it('refuses an MXN quote without a rate, and bad input, naming the field', () => {
    const error = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        return e instanceof LandedCostError ? [e.code, e.field] : e;
      }
      return 'no error';
    };
    expect(error(() => landedCost(testInput({ currency: 'MXN', fxRate: null }), FIXED_GEOGRAPHY))).toEqual(['fx_rate_missing', 'fxRate']);
    expect(error(() => landedCost(testInput({ quantity: 0 }), FIXED_GEOGRAPHY))).toEqual(['invalid_input', 'quantity']);
    expect(error(() => landedCost(testInput({ unitPrice: '1e3' }), FIXED_GEOGRAPHY))).toEqual(['invalid_input', 'unitPrice']);
    expect(error(() => landedCost(testInput({ deliveryZip: '00000' }), FIXED_GEOGRAPHY))).toEqual(['invalid_input', 'deliveryZip']);
  });

  it('warns when the HS chapter is not in the duty table and uses the default rate', () => {
    const b = landedCost(testInput({ hsCode: '940390', canCertify: false }), FIXED_GEOGRAPHY);
    // 10000.00 x 3.5 % = 350.00
    expect(b.duty.applied).toEqual({ ratePercent: '3.5', perUnit: '0.3500', total: '350.00' });
    expect(b.warnings.map((w) => w.code)).toEqual(['unknown_hs_chapter']);
  });
});
