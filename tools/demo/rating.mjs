// The buyer's rating of the demo award, and the winner's public reply, through the product's own doors: the
// buyer rates each awarded quote once (quality, communication, on time, a comment), the supplier answers in
// Spanish. Running it again finds the rating and the reply and adds nothing.
import { call, signIn } from './api.mjs';

/** What the demo buyer says of the winner: a first order, so communication is what it can judge best. */
const DEMO_RATING = {
  quality: 5,
  communication: 5,
  onTime: 4,
  comment: 'First-article parts passed inspection; the peso quote and the landed-cost figures matched the invoice. Shipped two days after the promised date.',
};
const DEMO_REPLY = 'Gracias por la confianza. El retraso fue por la inspección en Laredo; para las siguientes órdenes reservamos el cruce con un día de holgura.';

/** The demo account of the supplier organization that won, by its name. */
function accountOf(accounts, supplierName) {
  return Object.values(accounts).find((account) => account.organization?.kind === 'supplier' && account.organization.name === supplierName) ?? null;
}

/** @returns lines for the demo's summary and what its final summary prints. */
export async function ensureDemoRating(base, accounts, rfqId) {
  const buyer = await signIn(base, accounts.buyer);
  const lines = [];
  const awards = await call(base, 'GET', `/api/v1/rfqs/${rfqId}/awards`, undefined, buyer);
  const winners = new Map(awards.awards.map((award) => [award.quoteId, award.supplier.name]));
  let listed = await call(base, 'GET', `/api/v1/rfqs/${rfqId}/ratings`, undefined, buyer);
  const described = [];

  for (const [quoteId, supplierName] of winners) {
    let rating = listed.data.find((candidate) => candidate.quoteId === quoteId);
    const rated = rating ? 'already there' : 'rated by the buyer';
    rating ??= await call(base, 'POST', `/api/v1/rfqs/${rfqId}/ratings`, { quoteId, ...DEMO_RATING }, buyer);

    let replied = 'already there';
    const account = accountOf(accounts, supplierName);
    if (!rating.reply && account) {
      const supplier = await signIn(base, account);
      rating = await call(base, 'POST', `/api/v1/ratings/${rating.id}/reply`, { text: DEMO_REPLY }, supplier);
      replied = `replied by ${account.email}`;
    }
    lines.push(
      `rating of ${supplierName}: quality ${rating.quality}, communication ${rating.communication}, on time ${rating.onTime}; editable until ${rating.editableUntil}: ${rated}`,
      `  reply: ${rating.reply ? `"${rating.reply.text}"` : 'none (no demo account for this supplier)'}${rating.reply ? `: ${replied}` : ''}`,
    );
    // The worker has recomputed the winner's response figures from the invitation, quote and award events.
    const record = await call(base, 'GET', `/api/v1/suppliers/${rating.supplierId}/track-record`);
    const stats = record.responseStats;
    lines.push(
      `  track record ${base}/suppliers/${rating.supplierId}: rating ${record.rating.overall ?? 'none'} from ${record.rating.count}; ` +
        (stats
          ? `answered ${stats.invitationsAnswered} of ${stats.invitationsDue} invitations due, won ${stats.quotesAwarded} of ${stats.quotesDecided} decided quotes (as the worker last computed them)`
          : 'response figures not computed yet (the worker computes them from the events)'),
    );
    described.push(`${supplierName} ${rating.quality}/${rating.communication}/${rating.onTime}${rating.reply ? ', replied' : ''}; track record at ${base}/suppliers/${rating.supplierId}`);
  }
  listed = await call(base, 'GET', `/api/v1/rfqs/${rfqId}/ratings`, undefined, buyer);
  lines.push(`${listed.data.length} rating(s) on the RFQ   API: GET ${base}/api/v1/rfqs/${rfqId}/ratings`);
  return { lines, described: described.join('; ') || 'no award to rate' };
}
