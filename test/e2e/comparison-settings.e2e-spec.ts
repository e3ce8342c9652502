import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { buyerParty, invite, publishedRfq, supplierParty } from './support/rfq-world';

interface Leg {
  kind: 'mexico' | 'crossing' | 'us';
  km: number | null;
  ratePerKm: string | null;
  perTruck: string;
  includedInIncoterm: boolean;
}

/** USD per truck for a leg of `km` (one decimal, as the breakdown shows it) at `centsPerKm`, exactly. */
const perTruck = (km: number, centsPerKm: number) => ((Math.round(km * 10) * centsPerKm) / 1000).toFixed(2);

/**
 * The landed-cost figures come from the configuration: a configured value and its source appear in the
 * comparison's settings and in the assumptions, and the freight and duty figures are computed with them.
 */
describe('comparison with configured landed-cost figures', () => {
  let stack: PuenteStack;

  beforeAll(async () => {
    stack = await PuenteStack.start({
      LANDED_COST_US_USD_PER_KM: '2.10',
      LANDED_COST_US_USD_PER_KM_SOURCE: 'Carrier quote, 2026-11',
      LANDED_COST_CROSSING_USD_PER_TRUCK: '410.00',
      LANDED_COST_CROSSING_USD_PER_TRUCK_SOURCE: 'Broker tariff 2027',
      LANDED_COST_DUTY_RATES: '76=4.1',
      LANDED_COST_DUTY_SOURCE: 'Broker review 2026-11',
    });
  });
  afterAll(() => stack?.stop());

  it('records each configured figure with its source and computes the landed cost with it', async () => {
    const buyer = await buyerParty(stack, 'Lone Star Robotics', 'en');
    const border = await supplierParty(stack, 'Border Precision', 'en');
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Configured figures' });
    await invite(stack, rfq.id, border);
    await submitQuote(stack, border, rfq.id, quoteBody(rfq, await plantOf(stack, border), { currency: 'USD', prices: ['4.9000', '4.6000', '4.2000'] }));
    expect((await stack.http.call('POST', `/api/v1/rfqs/${rfq.id}/close`, { token: buyer.token })).status).toBe(200);

    const read = await stack.http.call('GET', `/api/v1/rfqs/${rfq.id}/comparison`, { token: buyer.token });
    expect(read.status).toBe(200);
    const { settings } = read.body;
    expect(settings.usCostPerKm).toEqual({ value: '2.10', source: 'Carrier quote, 2026-11' });
    expect(settings.crossingPerTruck).toEqual({ value: '410.00', source: 'Broker tariff 2027' });
    // Not configured: the default with its documented source.
    expect(settings.mexicoCostPerKm.value).toBe('1.50');
    expect(settings.mexicoCostPerKm.source).toMatch(/^Puente estimate/);
    expect(settings.dutyRates.byChapter['76']).toBe('4.1');
    expect(settings.dutyRates.byChapter['73']).toBe('2.9');
    expect(settings.dutyRates.configured).toEqual({ chapters: ['76'], defaultPercent: false, source: 'Broker review 2026-11' });

    const landed = read.body.lines[0].breaks[0].entries[0].landed;
    const legs: Leg[] = landed.freight.legs;
    const us = legs.find((leg) => leg.kind === 'us') as Leg;
    const crossing = legs.find((leg) => leg.kind === 'crossing') as Leg;
    const mexico = legs.find((leg) => leg.kind === 'mexico') as Leg;
    expect(us).toMatchObject({ includedInIncoterm: false, ratePerKm: '2.10', perTruck: perTruck(us.km as number, 210) });
    expect(crossing).toMatchObject({ includedInIncoterm: false, perTruck: '410.00' });
    expect(mexico).toMatchObject({ ratePerKm: '1.50', perTruck: perTruck(mexico.km as number, 150) });
    expect(landed.duty.chapter).toBe('76');
    expect(landed.duty.withoutUsmca.ratePercent).toBe('4.1');
    const sourceOf = (key: string) => landed.assumptions.find((assumption: { key: string }) => assumption.key === key);
    expect(sourceOf('usCostPerKm')).toMatchObject({ value: '2.10 USD per truck-km', source: 'Carrier quote, 2026-11', code: 'us_cost_per_km' });
    expect(sourceOf('dutyRate').source).toContain('Broker review 2026-11');
  });
});
