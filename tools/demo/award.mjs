// The comparison and the award of the demo's quotes RFQ, through the product's own doors: the demo admin enters
// today's peso rate (a demo figure, not Banxico's FIX: the demo has no Banxico file), the buyer reads the
// comparison (its first read after close freezes it), awards each line to the quote with the lower landed cost
// per unit and reads the awards. Running it again finds the awards (and the frozen comparison) and adds nothing.
import { call, signIn } from './api.mjs';

/**
 * The MXN per USD figure the demo admin types for today, source `manual`: a representative figure, the rate of
 * the README's landed-cost worked example, NOT an official Banxico FIX (the demo has no Banxico file). The
 * housing's 5,000 break then matches that table but for 0.0001 in Maquinados del Bajío's landed cost: the demo
 * plant's coordinates put Irapuato -> Laredo at 977.1 km, the example's at 976.9.
 */
export const DEMO_MXN_PER_USD = '17.9000';

/** Mexico City's calendar day: the day the comparison asks a rate for. */
function mexicoCityDate(now) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}


function days(entry) {
  const band = entry.daysToDelivery;
  if (!band || band.low === null) return 'days n/a';
  return band.low === band.high ? `${band.low} days` : `${band.low}-${band.high} days`;
}

/** Today's rate: the one already there (any source), else the demo admin enters the demo figure as `manual`. */
async function ensureTodaysRate(base, accounts, buyer) {
  const today = mexicoCityDate(new Date());
  const listed = await call(base, 'GET', `/api/v1/fx-rates?from=${today}&to=${today}`, undefined, buyer);
  const found = listed.rates.find((rate) => rate.date === today);
  if (found) return { rate: found, how: 'already there' };
  const admin = await signIn(base, accounts.admin);
  const rate = await call(base, 'POST', '/api/v1/fx-rates', { date: today, mxnPerUsd: DEMO_MXN_PER_USD, source: 'manual' }, admin);
  return { rate, how: 'entered by the demo admin' };
}

/** The break the award is decided on: the one equal to the RFQ's annual volume, else the largest quoted. */
function decidingBreak(line, annualVolume) {
  return line.breaks.find((entry) => entry.quantity === annualVolume) ?? line.breaks[line.breaks.length - 1];
}

/** The entry with the lowest landed cost per unit at a break (the comparison sorts them so: the first computed one). */
function cheapest(breakView) {
  return breakView.entries.find((entry) => entry.landedPerUnitUsd !== null) ?? null;
}

/** "ALULIQ 21.9751 USD vs Maquinados del Bajío 24.7362 USD per unit landed in 75201 at 10,000 pcs". */
function why(line, breakView, comparison) {
  const figures = breakView.entries
    .filter((entry) => entry.landedPerUnitUsd !== null)
    .map((entry) => `${entry.supplier.name} ${entry.landedPerUnitUsd} USD`)
    .join(' vs ');
  return `${line.partName}: lowest landed cost per unit delivered to ${comparison.deliveryZip} at ${breakView.quantity.toLocaleString('en-US')} ${line.unit} (${figures})`;
}

/** Per line and break, each quote's landed cost per unit in USD and its days to delivery. */
function comparisonLines(comparison) {
  const lines = [];
  for (const line of comparison.lines) {
    lines.push(`line ${line.position + 1}, ${line.partName}:`);
    for (const breakView of line.breaks) {
      const entries = breakView.entries.map((entry) =>
        entry.landedPerUnitUsd === null
          ? `${entry.supplier.name} ${entry.declineReason ? 'declined' : `not computed (${entry.unavailable?.field})`}`
          : `${entry.supplier.name} ${entry.landedPerUnitUsd} USD/${line.unit}, ${days(entry)}`,
      );
      lines.push(`  ${breakView.quantity.toLocaleString('en-US')} ${line.unit}: ${entries.join('; ')}`);
    }
  }
  return lines;
}

/** @returns lines for the demo's summary, and what its final summary prints. */
export async function ensureDemoAward(base, accounts, rfqId) {
  const buyer = await signIn(base, accounts.buyer);
  const lines = [];
  let awards = await call(base, 'GET', `/api/v1/rfqs/${rfqId}/awards`, undefined, buyer);

  // Once an award is made the comparison is frozen with it: no rate is needed, none is entered.
  if (awards.awards.length === 0) {
    const { rate, how } = await ensureTodaysRate(base, accounts, buyer);
    const label = rate.source === 'manual' ? 'a demo figure the admin entered, not an official Banxico FIX' : 'Banxico FIX';
    lines.push(`exchange rate ${rate.date}: ${rate.mxnPerUsd} MXN per USD, source ${rate.source} (${label}): ${how}`);
  }

  const comparison = await call(base, 'GET', `/api/v1/rfqs/${rfqId}/comparison`, undefined, buyer);
  const rfq = await call(base, 'GET', `/api/v1/rfqs/${rfqId}`, undefined, buyer);
  const fx = comparison.fxRate;
  lines.push(
    `comparison frozen ${comparison.frozenAt} (${comparison.quoteCount} quotes, delivered to ZIP ${comparison.deliveryZip}` +
      `${fx ? `, ${fx.mxnPerUsd} MXN per USD of ${fx.rateDate}, ${fx.source}${fx.source === 'manual' ? ': the demo figure, not a Banxico FIX' : ''}${fx.earlierDate ? ', an earlier day\'s' : ''}` : ''}); ` +
      'landed cost per unit in USD and days to delivery:',
  );
  if (awards.awards.length > 0 && fx) {
    lines.unshift(`exchange rate: none entered (awards made: the frozen comparison keeps ${fx.mxnPerUsd} MXN per USD of ${fx.rateDate}, ${fx.source}): already there`);
  }
  lines.push(...comparisonLines(comparison));

  let how = 'already there';
  const awarded = new Set(awards.awards.map((award) => award.rfqLineId));
  const open = comparison.lines.filter((line) => !awarded.has(line.rfqLineId));
  if (open.length > 0 && rfq.state === 'closed') {
    // Each line goes to the quote with the lowest landed cost at the annual volume's break; one call per quote.
    // Lines an interrupted run already awarded are left as they are.
    const byQuote = new Map();
    for (const line of open) {
      const breakView = decidingBreak(line, rfq.annualVolume);
      const winner = cheapest(breakView);
      if (!winner) continue;
      const plan = byQuote.get(winner.quoteId) ?? { lineIds: [], reasons: [] };
      plan.lineIds.push(line.rfqLineId);
      plan.reasons.push(why(line, breakView, comparison));
      byQuote.set(winner.quoteId, plan);
    }
    const split =
      byQuote.size > 1
        ? 'a split award: each line to its lower landed cost'
        : open.length > 1
          ? 'both lines to one supplier: it has the lower landed cost on each'
          : 'the line an earlier run left unawarded';
    for (const [quoteId, plan] of byQuote) {
      const reason = `${plan.reasons.join('; ')}. Decided on the comparison frozen ${comparison.frozenAt}; ${split}.`;
      awards = await call(base, 'POST', `/api/v1/rfqs/${rfqId}/award`, { quoteId, lineIds: plan.lineIds, reason }, buyer);
    }
    how = `awarded by the buyer (${split})`;
  }
  awards = await call(base, 'GET', `/api/v1/rfqs/${rfqId}/awards`, undefined, buyer);
  // One call awards several lines with one reason: it is printed once, with the first of them.
  let previousReason = null;
  for (const award of awards.awards) {
    const reason = award.reason === previousReason ? 'the same call, reason above' : `reason: ${award.reason}`;
    previousReason = award.reason;
    lines.push(`award: line ${award.position + 1} ${award.partName} → ${award.supplier.name}${award.comparisonFrozen ? ' (comparison kept with it)' : ''}; ${reason}`);
  }
  lines.push(`RFQ ${awards.state}${awards.awardedAt ? ` at ${awards.awardedAt}` : ''}, ${awards.awards.length} of ${comparison.lines.length} lines awarded: ${how}`);
  lines.push(`comparison ${base}/rfqs/${rfqId}/compare   API: GET ${base}/api/v1/rfqs/${rfqId}/comparison (?format=csv)   awards: GET ${base}/api/v1/rfqs/${rfqId}/awards`);

  const described = awards.awards.map((award) => `${award.partName} → ${award.supplier.name}`).join(', ');
  return { lines, rfqId, state: awards.state, described: described || 'no award' };
}
