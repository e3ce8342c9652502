// Lone Star Robotics' request for quote, through the product's own doors: the buyer creates the draft (two
// lines with quantity breaks), uploads a drawing PDF to the first line and publishes it; the worker's fan-out
// matches and invites suppliers, and the demo waits for those invitations. Running it again finds the RFQ
// already there (by its title, while it is a draft or open) and finishes whatever an interrupted run left.
import { setTimeout as sleep } from 'node:timers/promises';
import { call, signIn } from './api.mjs';
import { demoPdf } from './supplier-profile.mjs';

export const DEMO_RFQ_TITLE = 'CNC-machined aluminum brackets for a robot arm';
/**
 * How deep the fan-out looks: it asks the matching for max(100, 4 × RFQ_INVITE_TOP_N) suppliers per
 * requirement, then invites claimed profiles first. The matching route answers at most 100, which is the
 * fan-out's pool at the default top N (25).
 */
const MATCHING_POOL = 100;
const DAY = 24 * 3600 * 1000;

/**
 * The draft as the wizard would send it: Maquinados del Bajío machines aluminum (CNC machining, aluminum in
 * its profile), so both lines ask for exactly that, delivered to Dallas (Lone Star Robotics is in Texas).
 */
function draftBody(now) {
  return {
    title: DEMO_RFQ_TITLE,
    description:
      'Two machined parts for the shoulder joint of our palletizing robot arm. 6061-T6 aluminum, clear anodized after machining. ' +
      'Tolerances per the attached drawing (±0.05 mm on the bearing bores). Quote each quantity break; first articles with a dimensional report.',
    descriptionLanguage: 'en',
    lines: [
      {
        partName: 'Shoulder motor mount bracket',
        partNumber: 'LSR-1042-A',
        notes: 'Clear anodize, MIL-A-8625 Type II.',
        processes: ['proc.machining.cnc-machining'],
        materials: ['mat.aluminum'],
        quantities: [500, 2000, 5000],
        unit: 'pcs',
        unitsPerTruckload: 40000,
      },
      {
        partName: 'Bearing cover plate',
        partNumber: 'LSR-1043',
        processes: ['proc.machining.cnc-machining'],
        materials: ['mat.aluminum'],
        quantities: [1000, 5000],
        unit: 'pcs',
      },
    ],
    annualVolume: 12000,
    targetUnitPrice: '18.5000',
    currency: 'USD',
    deliveryZip: '75201',
    incoterm: 'DAP',
    incotermPlace: 'Dallas, TX',
    needBy: new Date(now + 75 * DAY).toISOString().slice(0, 10),
    quoteDeadline: new Date(now + 21 * DAY).toISOString(),
    ndaRequired: true,
    ndaText:
      'The recipient keeps the drawings and specifications of Lone Star Robotics confidential, uses them only to quote this request, ' +
      'and returns or destroys them on request.',
    visibility: 'public',
  };
}

/** The demo's RFQ when a run already made it: the newest draft or open one with the demo's title. */
async function findRfq(base, buyer) {
  for (const state of ['open', 'draft']) {
    const page = await call(base, 'GET', `/api/v1/rfqs?state=${state}&limit=100`, undefined, buyer);
    const found = page.data.find((rfq) => rfq.title === DEMO_RFQ_TITLE);
    if (found) return found;
  }
  return null;
}

/**
 * Whether the buyer's own matching (the service the fan-out calls) puts the demo supplier, a claimed profile,
 * in the pool the fan-out invites from for this RFQ's first line; when it does not, the buyer picks it by
 * hand (invited with source `buyer`).
 */
async function inFanOutPool(base, buyer, supplierId, line) {
  const page = await call(
    base,
    'POST',
    '/api/v1/matching/suppliers',
    { text: `${DEMO_RFQ_TITLE} ${line.partName}`, processes: line.processes, materials: line.materials, quantity: { value: line.quantities[0], unit: line.unit }, zip: '75201', limit: MATCHING_POOL },
    buyer,
  );
  return page.items.some((hit) => hit.id === supplierId);
}

/** Waits until the search index holds the supplier (its profile was published moments ago on a first run). */
async function waitIndexed(base, supplierId) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const page = await call(base, 'GET', `/api/v1/suppliers/search?q=${encodeURIComponent('Maquinados del Bajío')}&limit=5`);
    if (page.items.some((hit) => hit.id === supplierId)) return;
    await sleep(200);
  }
  throw new Error('Maquinados del Bajío is not in the search index after 20 s: is the worker running?');
}

async function uploadDrawing(base, buyer, rfq) {
  const name = 'LSR-1042-A shoulder motor mount rev C.pdf';
  const bytes = demoPdf('LSR-1042-A Shoulder motor mount bracket - rev C - 6061-T6 - Lone Star Robotics');
  const lineId = rfq.lines[0]?.id;
  const response = await fetch(`${base}/api/v1/rfqs/${rfq.id}/attachments?kind=drawing&name=${encodeURIComponent(name)}${lineId ? `&lineId=${lineId}` : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf', authorization: `Bearer ${buyer}` },
    body: bytes,
  });
  if (response.status !== 201) throw new Error(`uploading the drawing answered ${response.status}: ${await response.text()}`);
  return `drawing ${name} on line 1`;
}

/** The RFQ's invitations once the fan-out made them (it runs in the worker, a moment after publishing). */
async function waitForInvitations(base, buyer, rfqId) {
  for (let attempt = 0; attempt < 300; attempt++) {
    const list = await call(base, 'GET', `/api/v1/rfqs/${rfqId}/invitations`, undefined, buyer);
    if (list.data.length > 0) return list.data;
    await sleep(200);
  }
  throw new Error(`no invitations for RFQ ${rfqId} after 60 s: is the worker running (with the fan-out)?`);
}

/** @returns lines for the demo's summary: what happened, the RFQ's URL and its invitations. */
export async function ensureDemoRfq(base, accounts) {
  const buyer = await signIn(base, accounts.buyer);
  const supplier = await signIn(base, accounts.supplier);
  const supplierId = (await call(base, 'GET', '/api/v1/supplier-profile', undefined, supplier)).supplierId;
  const summary = await findRfq(base, buyer);
  let how = 'already there';
  let pick = null;
  let rfq;
  let drawing = null;
  if (!summary) {
    const body = draftBody(Date.now());
    await waitIndexed(base, supplierId);
    const ranked = await inFanOutPool(base, buyer, supplierId, body.lines[0]);
    if (!ranked) body.invitedSupplierIds = [supplierId];
    pick = ranked
      ? `the buyer's matching has Maquinados del Bajío in its best ${MATCHING_POOL} (claimed profiles are invited first): no pick needed`
      : `Maquinados del Bajío is not in the matching's best ${MATCHING_POOL}: added as the buyer's pick`;
    rfq = await call(base, 'POST', '/api/v1/rfqs', body, buyer);
    how = 'created';
  } else {
    rfq = await call(base, 'GET', `/api/v1/rfqs/${summary.id}`, undefined, buyer);
  }
  if (rfq.state === 'draft') {
    drawing = rfq.attachments.length === 0 ? await uploadDrawing(base, buyer, rfq) : `drawing ${rfq.attachments[0].fileName}`;
    if (how !== 'created') {
      // A draft left by an interrupted run may carry a deadline that is now too close: move it first.
      const { quoteDeadline, needBy } = draftBody(Date.now());
      await call(base, 'PATCH', `/api/v1/rfqs/${rfq.id}`, { quoteDeadline, needBy }, buyer);
    }
    rfq = await call(base, 'POST', `/api/v1/rfqs/${rfq.id}/publish`, undefined, buyer);
    if (how === 'already there') how = 'finished (a draft an earlier run left)';
  }
  const invitations = await waitForInvitations(base, buyer, rfq.id);
  const demoInvitation = invitations.find((invitation) => invitation.supplier.id === supplierId);
  if (!demoInvitation) throw new Error(`RFQ ${rfq.id} has ${invitations.length} invitations but none to Maquinados del Bajío (${supplierId})`);
  const claimed = invitations.filter((invitation) => invitation.supplier.claimed).length;
  drawing ??= rfq.attachments.length > 0 ? `drawing ${rfq.attachments[0].fileName}` : 'no drawing';
  const lines = [
    `"${rfq.title}" (Lone Star Robotics, ${rfq.state}, 2 lines with quantity breaks, ${drawing}, NDA required): ${how}`,
    `${invitations.length} invitations (${claimed} to claimed suppliers, notified), Maquinados del Bajío invited by ${demoInvitation.source === 'buyer' ? "the buyer's pick" : `the matching (rank ${demoInvitation.rank})`}`,
    `buyer's page ${base}/rfqs/${rfq.id}   supplier's page ${base}/opportunities/${rfq.id}`,
  ];
  if (pick) lines.splice(1, 0, pick);
  return { lines, rfqId: rfq.id, invitationCount: invitations.length };
}
