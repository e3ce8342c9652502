// The comparison bench's RFQs, built through the product's API as a buyer and its suppliers use it: `POST
// /rfqs` (5 lines × 4 quantity breaks by default), `POST /rfqs/{id}/publish`, one `PUT /rfqs/{id}/quote` per
// supplier (half in MXN, mixed Incoterms and places, some not originating under USMCA, tooling shared
// between lines), then `POST /rfqs/{id}/close`. The exchange rate is entered by an admin (`POST /fx-rates`).
import http from 'node:http';
import { request } from '../search-speed/load.mjs';

const DAY = 86_400_000;
const isoDate = (daysAhead) => new Date(Date.now() + daysAhead * DAY).toISOString().slice(0, 10);
/** Mexico City's calendar date: the comparison reads the rate of that day. */
export const mexicoCityToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date());

const PARTS = ['Gearbox housing', 'Gearbox cover', 'Output shaft', 'Mounting bracket', 'Bearing cap', 'Sensor bracket', 'Motor flange', 'Spacer', 'Fan hub', 'Pivot arm'];
/** Base USD unit prices of each line's first break; later breaks are cheaper. */
const BASE_PRICES = [18.4, 9.75, 6.2, 3.15, 2.4, 4.8, 11.3, 0.85, 5.5, 7.25];

/** An HTTP session: signs in once (access tokens live 15 minutes, longer than a default run). */
export async function session(base, { email, password }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const answer = await request(agent, base, { method: 'POST', path: '/api/v1/auth/sign-in', body: { email, password, client: 'api' } });
  if (answer.status !== 200) throw new Error(`sign-in of ${email} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  const token = answer.body.accessToken;
  return {
    agent,
    token,
    async call(method, path, body, expected = [200, 201]) {
      const result = await request(agent, base, { method, path, body, token });
      if (!expected.includes(result.status)) throw new Error(`${method} ${path} answered ${result.status}: ${JSON.stringify(result.body).slice(0, 2000)}`);
      return result.body;
    },
  };
}

export function rfqBody({ lines, breaks, n, supplierIds }) {
  return {
    title: `Gearbox parts, comparison bench RFQ ${n}`,
    description: 'Machined aluminum gearbox parts for a conveyor drive. Quote each quantity break; PPAP level 2 on first articles.',
    descriptionLanguage: 'en',
    lines: Array.from({ length: lines }, (_, index) => ({
      partName: PARTS[index % PARTS.length],
      partNumber: `CMP-${n}-${index + 1}`,
      processes: ['proc.machining.cnc-machining'],
      materials: ['mat.aluminum'],
      quantities: Array.from({ length: breaks }, (_, b) => [500, 1000, 5000, 10000, 20000, 50000, 100000, 200000, 500000, 1000000][b]),
      unit: 'pcs',
      // Some lines say how many fit a truck, the others ship one truck per order (the model says which).
      ...(index % 2 === 0 ? { unitsPerTruckload: 4000 } : {}),
    })),
    annualVolume: 40000,
    currency: 'USD',
    hsCode: '848390',
    deliveryZip: '75201',
    incoterm: 'DAP',
    incotermPlace: 'Dallas, TX',
    needBy: isoDate(60),
    quoteDeadline: new Date(Date.now() + 14 * DAY).toISOString(),
    visibility: 'public',
    invitedSupplierIds: supplierIds,
  };
}

/** Where each supplier delivers: the plant (EXW/FCA), a Mexican or US border city, the buyer's city (D terms), a sea term. */
function delivery(k, supplier) {
  const terms = [
    { incoterm: 'EXW', place: supplier.plantName },
    { incoterm: 'FCA', place: 'Nuevo Laredo, Tamps.' },
    { incoterm: 'DAP', place: 'Laredo, TX' },
    { incoterm: 'DAP', place: 'Dallas, TX' },
    { incoterm: 'FCA', place: `${supplier.municipality}` },
    { incoterm: 'DDP', place: 'Dallas, TX' },
    { incoterm: 'CPT', place: 'Dallas, TX' },
    { incoterm: 'FCA', place: 'Cd. Juárez, Chih.' },
    { incoterm: 'DAP', place: 'El Paso, TX' },
    { incoterm: 'FOB', place: 'Manzanillo, Col.' },
  ];
  return { ...terms[k % terms.length], plantId: supplier.plantId };
}

const money = (value) => value.toFixed(4);

/** Supplier k's quote: every line and break priced (a few breaks declined), half of the suppliers in MXN. */
export function quoteBody(rfq, k, supplier, mxnPerUsd) {
  const mxn = k % 2 === 0;
  const factor = 0.85 + ((k * 7) % 25) / 50; // 0.85-1.33: suppliers differ
  const toCurrency = (usd) => (mxn ? usd * mxnPerUsd : usd);
  return {
    revises: 0,
    currency: mxn ? 'MXN' : 'USD',
    lines: rfq.lines.map((line, index) => ({
      rfqLineId: line.id,
      minimumOrder: line.quantities[0],
      breaks: line.quantities.map((quantity, b) =>
        // One supplier in seven declines the largest break of the last line: declined rows sort last.
        k % 7 === 3 && index === rfq.lines.length - 1 && b === line.quantities.length - 1
          ? { quantity, unitPrice: null, declineReason: 'quantity_too_high' }
          : { quantity, unitPrice: money(toCurrency(BASE_PRICES[index % BASE_PRICES.length] * factor * (1 - 0.06 * b))) },
      ),
    })),
    tooling:
      k % 3 === 2
        ? []
        : [
            { description: 'Housing die and fixtures', cost: toCurrency(40000 + 1500 * k).toFixed(2), rfqLineIds: rfq.lines.slice(0, 2).map((line) => line.id), owner: 'buyer' },
            { description: 'Soft jaws', cost: toCurrency(2500).toFixed(2), rfqLineIds: [rfq.lines[rfq.lines.length - 1].id], owner: 'supplier' },
          ],
    leadTime: { firstArticlesDays: 14 + (k % 4) * 7, productionDays: 28 + (k % 5) * 7 },
    validUntil: isoDate(60),
    delivery: delivery(k, supplier),
    // One supplier in five does not originate under USMCA: duty and the processing fee apply.
    origin: k % 5 === 4 ? { hsCode: '848390', usmcaCriterion: 'not_originating', canCertify: false } : { hsCode: '848390', usmcaCriterion: 'ABCD'[k % 4], canCertify: true },
    notes: `Cotización de banco ${k}.`,
  };
}

/** One RFQ created, published, quoted by every supplier and closed, all through the API; answers its id. */
export async function closedRfq({ buyer, suppliers, lines, breaks, n, mxnPerUsd }) {
  const draft = await buyer.call('POST', '/api/v1/rfqs', rfqBody({ lines, breaks, n, supplierIds: suppliers.map((s) => s.account.supplierId) }), [201]);
  const rfq = await buyer.call('POST', `/api/v1/rfqs/${draft.id}/publish`);
  for (const [k, supplier] of suppliers.entries()) {
    await supplier.session.call('PUT', `/api/v1/rfqs/${rfq.id}/quote`, quoteBody(rfq, k, supplier.account, mxnPerUsd), [200]);
  }
  await buyer.call('POST', `/api/v1/rfqs/${rfq.id}/close`);
  return rfq.id;
}
