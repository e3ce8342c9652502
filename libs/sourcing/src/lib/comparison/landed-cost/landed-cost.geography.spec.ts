import { landedCost } from './landed-cost';
import { DEFAULT_LANDED_COST_SETTINGS } from './landed-cost-defaults';
import { testInput } from './landed-cost.fixtures';

describe('landedCost on the catalog geography', () => {
  it('costs a real plant in Apodaca, NL through Laredo to Dallas with plausible legs', () => {
    const b = landedCost(
      testInput({ incoterm: 'FCA', place: 'Apodaca, N.L.', plant: { name: 'Planta Apodaca', lat: 25.7817, lon: -100.1886, state: 'Nuevo León' }, settings: DEFAULT_LANDED_COST_SETTINGS }),
    );
    expect(b.freight.port?.code).toBe('2304');
    expect(b.freight.destination).toEqual({ zip: '75201', city: 'Dallas', state: 'TX' });
    const [mexico, crossing, us] = b.freight.legs;
    // Apodaca-Laredo is about 230 km by road; Laredo-Dallas about 690 km by I-35, 643 km great-circle, so
    // the estimator's x 1.25 gives about 804 km: an estimate on the high side, which the README says
    expect(mexico.km).toBeGreaterThan(180);
    expect(mexico.km).toBeLessThan(300);
    expect(us.km).toBeGreaterThan(550);
    expect(us.km).toBeLessThan(850);
    expect(crossing.perTruck).toBe('350.00');
    expect(b.transit.low).toBeGreaterThanOrEqual(1);
    expect(b.transit.high).toBeLessThanOrEqual(3);
    expect(b.transit.low).toBeLessThanOrEqual(b.transit.high ?? 0);
  });
});
