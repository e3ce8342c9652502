// Quotes on a second request for quote, through the product's own doors: Lone Star Robotics asks for a die-cast
// gearbox housing and its cover (sealed bidding, both demo suppliers picked by the buyer), Maquinados del Bajío
// quotes in pesos with its own quote PDF, ALULIQ quotes in dollars and revises once, and the buyer closes the
// RFQ, which unseals both quotes. Running it again finds the RFQ by its title and skips whatever is done.
import { setTimeout as sleep } from 'node:timers/promises';
import { call, signIn } from './api.mjs';
import { demoPdf } from './supplier-profile.mjs';

export const DEMO_QUOTES_RFQ_TITLE = 'Die-cast aluminum wrist gearbox housing and cover';
const DAY = 24 * 3600 * 1000;

/** Two die-cast lines a foundry (ALULIQ) and a machine shop that buys castings (Maquinados del Bajío) both quote. */
function draftBody(now, pickIds) {
  return {
    title: DEMO_QUOTES_RFQ_TITLE,
    description:
      'Die-cast housing and cover for the wrist gearbox of our palletizing robot arm. A380 aluminum, high-pressure die cast, ' +
      'bearing bores and the cover face CNC machined, impregnated for leak tightness (0.5 bar air test). ' +
      'Quote each quantity break with the dies as separate tooling; first articles with a PPAP level 3 package.',
    descriptionLanguage: 'en',
    lines: [
      {
        partName: 'Wrist gearbox housing',
        partNumber: 'LSR-2210',
        notes: 'A380, machined bores Ø62 H7 and Ø47 H7, impregnated.',
        processes: ['proc.casting.die-casting', 'proc.machining.cnc-machining'],
        materials: ['mat.aluminum'],
        quantities: [1000, 5000, 10000],
        unit: 'pcs',
      },
      {
        partName: 'Gearbox cover',
        partNumber: 'LSR-2211',
        processes: ['proc.casting.die-casting', 'proc.machining.cnc-machining'],
        materials: ['mat.aluminum'],
        quantities: [1000, 5000, 10000],
        unit: 'pcs',
      },
    ],
    annualVolume: 10000,
    currency: 'USD',
    hsCode: '848390',
    deliveryZip: '75201',
    incoterm: 'DAP',
    incotermPlace: 'Dallas, TX',
    needBy: new Date(now + 120 * DAY).toISOString().slice(0, 10),
    quoteDeadline: new Date(now + 14 * DAY).toISOString(),
    ndaRequired: false,
    visibility: 'public',
    bidding: 'sealed',
    invitedSupplierIds: pickIds,
  };
}

/**
 * What each supplier writes. Prices follow the RFQ's lines and breaks in order; Maquinados del Bajío buys the
 * castings from a foundry in León and machines them, so its dies cost more and its lead time is longer.
 */
const MAQUINADOS_QUOTE = {
  currency: 'MXN',
  prices: [
    ['312.50', '278.00', '259.40'],
    ['96.80', '84.20', '78.90'],
  ],
  minimumOrders: [1000, 1000],
  tooling: [
    { description: 'Molde de fundición a presión, carcasa LSR-2210 (1 cavidad)', cost: '1450000.00', lines: [0], owner: 'buyer' },
    { description: 'Molde de fundición a presión, tapa LSR-2211 (2 cavidades)', cost: '620000.00', lines: [1], owner: 'buyer' },
    { description: 'Dispositivos de sujeción para maquinado CNC', cost: '185000.00', lines: [0, 1], owner: 'supplier' },
  ],
  leadTime: { firstArticlesDays: 63, productionDays: 28 },
  incoterm: 'FCA',
  place: 'Irapuato, Gto.',
  plantName: 'Planta Irapuato',
  origin: { hsCode: '848390', usmcaCriterion: 'C', canCertify: true },
  notes:
    'Precios en MXN sin IVA. Fundición A380 con fundidora certificada IATF 16949 en León, Gto.; maquinado CNC, impregnación y prueba ' +
    'de fuga en Planta Irapuato. Primeras muestras con PPAP nivel 3.',
};

const ALULIQ_QUOTE = {
  currency: 'USD',
  prices: [
    ['16.85', '14.90', '13.95'],
    ['5.20', '4.45', '4.10'],
  ],
  minimumOrders: [1000, 1000],
  tooling: [
    { description: 'HPDC die, housing LSR-2210 (single cavity, H13 steel)', cost: '68500.00', lines: [0], owner: 'buyer' },
    { description: 'HPDC die, cover LSR-2211 (two cavities, H13 steel)', cost: '29800.00', lines: [1], owner: 'buyer' },
  ],
  leadTime: { firstArticlesDays: 70, productionDays: 21 },
  incoterm: 'DAP',
  place: 'Laredo, TX',
  plantName: null,
  origin: { hsCode: '848390', usmcaCriterion: 'B', canCertify: true },
  notes: 'Cast in-house from secondary A380 ingot melted in Aguascalientes; machining and impregnation included. Prices in USD.',
};

/** The revision: a lower housing price at the top break once the die is confirmed with two cavities. */
const ALULIQ_REVISION = {
  line: 0,
  price: '13.40',
  notes: `${ALULIQ_QUOTE.notes} Revised: 10,000 pcs of the housing at 13.40 (was 13.95) with a two-cavity die, same tooling price.`,
};

/** The demo's quotes RFQ when a run already made it: the newest one with the title, awarded (the award step's) or closed first. */
async function findRfq(base, buyer) {
  for (const state of ['awarded', 'closed', 'open', 'draft']) {
    const page = await call(base, 'GET', `/api/v1/rfqs?state=${state}&limit=100`, undefined, buyer);
    const found = page.data.find((rfq) => rfq.title === DEMO_QUOTES_RFQ_TITLE);
    if (found) return found;
  }
  return null;
}

/** A supplier that may quote: signed in, with a published profile and a plant to ship from; else why not. */
async function quotingSupplier(base, account) {
  let token;
  try {
    token = await signIn(base, account);
  } catch {
    return { skipped: `${account.organization.name} has no account (its directory claim was skipped)` };
  }
  const profile = await call(base, 'GET', '/api/v1/supplier-profile', undefined, token);
  const plants = profile.published?.plants ?? [];
  if (profile.state !== 'published' || plants.length === 0) {
    return { skipped: `${account.organization.name} has no published profile with a plant (its directory claim was skipped or is pending)` };
  }
  return { name: account.organization.name, token, supplierId: profile.supplierId, plants };
}

/** The caller's quote on the RFQ, or null (404) when its organization has none. */
async function ownQuote(base, token, rfqId) {
  const response = await fetch(`${base}/api/v1/rfqs/${rfqId}/quote`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status === 404) return null;
  if (response.status !== 200) throw new Error(`GET /api/v1/rfqs/${rfqId}/quote answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** Uploads the supplier's own quote document as the web form does (the file's bytes as the body, its name in the query). */
async function uploadQuotePdf(base, token, rfqId, name, text) {
  const response = await fetch(`${base}/api/v1/rfqs/${rfqId}/quote/attachments?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf', authorization: `Bearer ${token}` },
    body: demoPdf(text),
  });
  if (response.status !== 201) throw new Error(`uploading ${name} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** The QuoteContent a supplier PUTs for the RFQ as it read it (line ids, breaks), from one of the plans above. */
function quoteContent(rfq, plan, plant, attachmentIds, now) {
  return {
    currency: plan.currency,
    lines: rfq.lines.map((line, index) => ({
      rfqLineId: line.id,
      declineReason: null,
      minimumOrder: plan.minimumOrders[index],
      breaks: line.quantities.map((quantity, position) => ({ quantity, unitPrice: plan.prices[index][position], declineReason: null })),
    })),
    tooling: plan.tooling.map((tool) => ({
      description: tool.description,
      cost: tool.cost,
      rfqLineIds: tool.lines.map((index) => rfq.lines[index].id),
      owner: tool.owner,
    })),
    leadTime: plan.leadTime,
    validUntil: new Date(now + 60 * DAY).toISOString().slice(0, 10),
    delivery: { incoterm: plan.incoterm, place: plan.place, plantId: plant.id },
    origin: plan.origin,
    notes: plan.notes,
    attachmentIds,
  };
}

function plantOf(supplier, plan) {
  return supplier.plants.find((plant) => plant.name === plan.plantName) ?? supplier.plants[0];
}

/** Maquinados del Bajío: its quote PDF, then its quote in pesos, FCA from Planta Irapuato. */
async function ensureMaquinadosQuote(base, supplier, rfq) {
  const existing = await ownQuote(base, supplier.token, rfq.id);
  if (existing) return { quote: existing, how: 'already there' };
  const document = await uploadQuotePdf(
    base,
    supplier.token,
    rfq.id,
    'Cotización MDB-2210 Lone Star Robotics.pdf',
    'Cotizacion MDB-2210 - Carcasa y tapa LSR-2210/2211 - Maquinados del Bajio - precios en MXN',
  );
  const plant = plantOf(supplier, MAQUINADOS_QUOTE);
  const body = { ...quoteContent(rfq, MAQUINADOS_QUOTE, plant, [document.id], Date.now()), revises: 0 };
  return { quote: await call(base, 'PUT', `/api/v1/rfqs/${rfq.id}/quote`, body, supplier.token), how: 'quoted' };
}

/** ALULIQ: its quote in dollars, DAP Laredo, then one revision with a lower price at the housing's top break. */
async function ensureAluliqQuote(base, supplier, rfq) {
  let quote = await ownQuote(base, supplier.token, rfq.id);
  const done = [];
  const plant = plantOf(supplier, ALULIQ_QUOTE);
  if (!quote) {
    const body = { ...quoteContent(rfq, ALULIQ_QUOTE, plant, [], Date.now()), revises: 0 };
    quote = await call(base, 'PUT', `/api/v1/rfqs/${rfq.id}/quote`, body, supplier.token);
    done.push('quoted');
  }
  if (quote.revision === 1) {
    const content = quoteContent(rfq, ALULIQ_QUOTE, plant, [], Date.now());
    const line = content.lines[ALULIQ_REVISION.line];
    line.breaks[line.breaks.length - 1].unitPrice = ALULIQ_REVISION.price;
    content.notes = ALULIQ_REVISION.notes;
    quote = await call(base, 'PUT', `/api/v1/rfqs/${rfq.id}/quote`, { ...content, revises: quote.revision }, supplier.token);
    done.push('revised');
  }
  return { quote, how: done.length > 0 ? done.join(' and ') : 'already there' };
}

/** Waits until the fan-out (in the worker) invited the buyer's picks. */
async function waitForPicks(base, buyer, rfqId, pickIds) {
  for (let attempt = 0; attempt < 300; attempt++) {
    const list = await call(base, 'GET', `/api/v1/rfqs/${rfqId}/invitations`, undefined, buyer);
    if (pickIds.every((id) => list.data.some((invitation) => invitation.supplier.id === id))) return list.data;
    await sleep(200);
  }
  throw new Error(`the buyer's picks are not invited to RFQ ${rfqId} after 60 s: is the worker running (with the fan-out)?`);
}

/** "312.50 / 278.00 / 259.40" for one line of a revision. */
function breakPrices(revision, index) {
  return revision.lines[index].breaks.map((entry) => entry.unitPrice ?? 'declined').join(' / ');
}

/** "2,255,000.00": an amount as a reader takes it in (the API's decimal strings carry 2 places here). */
function amount(decimal) {
  return Number(decimal).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
}

/** What the newest revision changed in prices against the one before: "housing at 10,000 13.95 → 13.40". */
function priceChanges(quote) {
  const [now, before] = quote.revisions;
  if (!before) return [];
  return now.lines.flatMap((line, index) =>
    line.breaks.flatMap((entry, position) => {
      const was = before.lines[index]?.breaks[position]?.unitPrice;
      return entry.unitPrice === was ? [] : [`${PART_NAMES[index]} at ${entry.quantity.toLocaleString('en-US')} ${was} → ${entry.unitPrice}`];
    }),
  );
}

const PART_NAMES = ['housing', 'cover'];

/** A line of the summary for one supplier's quote, as the buyer reads it once unsealed. */
function quoteLine(quote, how) {
  const current = quote.current;
  const plant = current.delivery.plant;
  const attachments = current.attachments.length > 0 ? `, "${current.attachments.map((file) => file.fileName).join('", "')}" attached` : '';
  const history = quote.revision > 1 ? `, revision ${quote.revision} (${priceChanges(quote).join(', ')}; ${quote.revisions.length} revisions kept)` : '';
  return (
    `${quote.supplier.name} in ${current.currency}: ${current.delivery.incoterm} ${current.delivery.place}` +
    `${plant ? ` from ${plant.name} (${plant.municipality ?? plant.state})` : ''}, per piece housing ${breakPrices(current, 0)}, ` +
    `cover ${breakPrices(current, 1)}, tooling ${amount(current.toolingTotal)} ${current.currency}, ` +
    `first articles ${current.leadTime.firstArticlesDays} days, USMCA criterion ${current.origin.usmcaCriterion}${history}${attachments}: ${how}`
  );
}

/** @returns lines for the demo's summary, the RFQ's id and the id of a quote whose PDF the demo points at. */
export async function ensureDemoQuotes(base, accounts) {
  const buyer = await signIn(base, accounts.buyer);
  const maquinados = await quotingSupplier(base, accounts.supplier);
  if (maquinados.skipped) throw new Error(maquinados.skipped);
  const aluliq = await quotingSupplier(base, accounts.claimant);
  const suppliers = aluliq.skipped ? [maquinados] : [maquinados, aluliq];
  const summary = await findRfq(base, buyer);
  let how = 'already there';
  let rfq;
  if (!summary) {
    rfq = await call(base, 'POST', '/api/v1/rfqs', draftBody(Date.now(), suppliers.map((supplier) => supplier.supplierId)), buyer);
    how = 'created';
  } else {
    rfq = await call(base, 'GET', `/api/v1/rfqs/${summary.id}`, undefined, buyer);
  }
  if (rfq.state === 'draft') {
    if (how !== 'created') {
      // A draft left by an interrupted run may carry a deadline that is now too close: move it first.
      const { quoteDeadline, needBy } = draftBody(Date.now(), []);
      await call(base, 'PATCH', `/api/v1/rfqs/${rfq.id}`, { quoteDeadline, needBy }, buyer);
    }
    rfq = await call(base, 'POST', `/api/v1/rfqs/${rfq.id}/publish`, undefined, buyer);
    if (how === 'already there') how = 'finished (a draft an earlier run left)';
  }
  if (rfq.state === 'open') await waitForPicks(base, buyer, rfq.id, rfq.invitedSupplierIds);

  // While open, each supplier quotes the RFQ as it reads it (its line ids and breaks); once closed, what is there stays.
  const outcomes = [];
  for (const [supplier, ensure] of [
    [maquinados, ensureMaquinadosQuote],
    [aluliq, ensureAluliqQuote],
  ]) {
    if (supplier.skipped) continue;
    outcomes.push(
      rfq.state === 'open'
        ? await ensure(base, supplier, await call(base, 'GET', `/api/v1/rfqs/${rfq.id}`, undefined, supplier.token))
        : { quote: await ownQuote(base, supplier.token, rfq.id), how: 'already there' },
    );
  }

  let closed = 'closed earlier';
  if (rfq.state === 'open') {
    const sealed = await call(base, 'GET', `/api/v1/rfqs/${rfq.id}/quotes`, undefined, buyer);
    rfq = await call(base, 'POST', `/api/v1/rfqs/${rfq.id}/close`, undefined, buyer);
    closed = `closed by the buyer (before: sealed, the buyer saw ${sealed.activeCount} quotes and no price)`;
  }
  const unsealed = await call(base, 'GET', `/api/v1/rfqs/${rfq.id}/quotes`, undefined, buyer);
  if (unsealed.sealed) throw new Error(`RFQ ${rfq.id} is ${rfq.state} but its quotes are still sealed`);
  const byOrganization = new Map(unsealed.quotes.map((quote) => [quote.supplier.organizationId, quote]));
  const pdfQuote = outcomes[0].quote && byOrganization.get(outcomes[0].quote.supplier.organizationId);

  // A run that finds the RFQ may know fewer suppliers than picked it (ALULIQ skipped this time): then a count.
  const picks = suppliers.every((supplier) => rfq.invitedSupplierIds.includes(supplier.supplierId)) && suppliers.length === rfq.invitedSupplierIds.length;
  const lines = [
    `"${rfq.title}" (Lone Star Robotics, ${rfq.state}, ${rfq.bidding} bidding, 2 lines with breaks 1,000/5,000/10,000, ` +
      `${picks ? suppliers.map((supplier) => supplier.name).join(' and ') : `${rfq.invitedSupplierIds.length} suppliers`} picked by the buyer): ${how}`,
  ];
  if (aluliq.skipped) lines.push(`${aluliq.skipped}: one supplier quotes`);
  outcomes.forEach((outcome, index) => {
    const quote = outcome.quote && byOrganization.get(outcome.quote.supplier.organizationId);
    lines.push(quote ? quoteLine(quote, outcome.how) : `${suppliers[index].name}: no quote (the RFQ closed before it quoted)`);
  });
  lines.push(`${closed}: ${unsealed.activeCount} quotes unsealed`);
  lines.push(`buyer's page ${base}/rfqs/${rfq.id}   supplier's page ${base}/opportunities/${rfq.id}   API: GET ${base}/api/v1/rfqs/${rfq.id}/quotes`);
  if (pdfQuote) {
    lines.push(`quote summary PDF ${base}/api/v1/quotes/${pdfQuote.id}/pdf   (the buyer's: English; ?lang=es for Spanish)`);
    for (const file of pdfQuote.current.attachments) lines.push(`supplier's own PDF ${base}/api/v1/quotes/${pdfQuote.id}/attachments/${file.id}`);
  }
  const described = unsealed.quotes.map((quote) => `${quote.supplier.name} in ${quote.currency}${quote.revision > 1 ? ` (revision ${quote.revision})` : ''}`);
  return { lines, rfqId: rfq.id, quoteCount: unsealed.activeCount, described: described.join(', '), pdfQuoteId: pdfQuote?.id ?? null };
}
