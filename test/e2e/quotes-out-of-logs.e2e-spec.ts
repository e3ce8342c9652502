import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { buyerParty, publishedRfq, supplierParty } from './support/rfq-world';

const PRICE = '7193.4862';
const NOTES = 'Nota confidencial 5X9Q-cotizacion';

/**
 * A quote's body is between its supplier, its buyer once unsealed, and the database: with every log line
 * of the API and the worker kept (LOG_LEVEL=trace), a distinctive price and note appear in none of them,
 * whether the quote was taken, refused or read back.
 */
describe('no quote body in any log line', () => {
  let stack: PuenteStack;

  beforeAll(async () => {
    stack = await PuenteStack.start({ LOG_LEVEL: 'trace' });
  });
  afterAll(() => stack?.stop());

  it('sends, revises, gets refused and reads back a quote without its price or notes reaching the logs', async () => {
    const buyer = await buyerParty(stack, 'Lone Star Robotics');
    const supplier = await supplierParty(stack, 'Maquinados del Bajío', 'es');
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Logged brackets' });
    const plant = await plantOf(stack, supplier);
    const body = { ...quoteBody(rfq, plant, { prices: [PRICE, PRICE, PRICE] }), notes: NOTES };
    const quote = await submitQuote(stack, supplier, rfq.id, body);
    await submitQuote(stack, supplier, rfq.id, { ...body, revises: 1 });
    // Refused, with the price in the faulty field and the body echoed nowhere.
    const refused = await stack.http.call('PUT', `/api/v1/rfqs/${rfq.id}/quote`, {
      token: supplier.token,
      body: { ...quoteBody(rfq, plant, { revises: 2, prices: [`${PRICE}1`, PRICE, PRICE] }), notes: NOTES },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).not.toContain(PRICE);
    expect((await stack.http.call('PUT', `/api/v1/rfqs/${rfq.id}/quote`, { token: supplier.token, body })).status).toBe(409);
    expect((await stack.http.call('POST', `/api/v1/rfqs/${rfq.id}/close`, { token: buyer.token })).status).toBe(200);
    const read = await stack.http.call('GET', `/api/v1/quotes/${quote.id}`, { token: buyer.token });
    expect(read.body.current.notes).toBe(NOTES);
    await stack.mail.waitFor(buyer.user.email, 'rfq.closed-to-buyer');

    const [api, worker] = [stack.api.logs, stack.worker.logs];
    // The capture is real: the API logged each of these requests, and the worker its jobs.
    expect(api).toContain(`/api/v1/rfqs/${rfq.id}/quote`);
    expect(api).toContain(`/api/v1/quotes/${quote.id}`);
    expect(worker.length).toBeGreaterThan(0);
    const leaks = [...api.split('\n'), ...worker.split('\n')].filter((line) => line.includes(PRICE) || line.includes(NOTES));
    expect(leaks).toEqual([]);
  });
});
