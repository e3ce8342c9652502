import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { PostgresSearchEngine, reindexAll } from '@puente/search';
import { insertDirectoryListing, waitFor } from '@puente/testing';
import { VIEWPORTS, newContext } from './support/browser';
import { browserJourney } from './support/browser-journey';
import { PuenteStack } from './support/puente-stack';
import { check } from './support/screen-check';
import { signInThroughBrowser } from './support/web-session';

// The RFQ journeys of issue 15 in Chromium: the buyer's part first, then the supplier's. The helpers below are
// the steps both parts reuse (sign in, publish through the wizard, ask over the API).

/** A small but valid STEP drawing: the API reads its type from the ISO-10303-21 header, not from the name. */
const STEP_DRAWING = Buffer.from(
  [
    'ISO-10303-21;',
    'HEADER;',
    "FILE_DESCRIPTION(('Housing, die cast'),'2;1');",
    "FILE_NAME('housing.step','2026-12-01T10:00:00',('Lone Star Robotics'),(''),'','','');",
    "FILE_SCHEMA(('AUTOMOTIVE_DESIGN'));",
    'ENDSEC;',
    'DATA;',
    "#1=CARTESIAN_POINT('',(0.,0.,0.));",
    'ENDSEC;',
    'END-ISO-10303-21;',
    '',
  ].join('\n'),
);

/** What the buyer types into the wizard. */
interface WizardRfq {
  title: string;
  description: string;
  partName: string;
  quantities: number[];
  /** Suggestions to accept by their English names ("Die casting"). */
  accept: string[];
  deliveryZip: string;
  /** The deadline as the buyer's wall clock shows it ("2026-12-17T17:00" in their time zone). */
  quoteDeadline: string;
  ndaText?: string;
  drawing?: { name: string; buffer: Buffer };
}

/** "YYYY-MM-DD" of an instant on a zone's calendar. */
function calendarDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** "YYYY-MM-DDTHH:mm" of an instant on a zone's wall clock. */
function wallClock(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** Goes to the wizard's next step and waits for its heading. */
async function nextStep(page: Page, heading: string): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
}

/**
 * A signed-in English buyer fills the RFQ wizard from the RFQ list and publishes: describe, accept the
 * suggestions, one part with quantity breaks, terms and deadline, NDA, the drawing with its progress bar.
 * Screens along the way are checked (axe, screenshot) under `rfq-wizard-*`. Resolves with the RFQ's id once
 * its page shows it open.
 */
async function publishRfqThroughWizard(page: Page, base: string, rfq: WizardRfq, shots: string[]): Promise<string> {
  await page.goto(`${base}/rfqs`);
  await page.getByRole('heading', { name: 'Requests for quote', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'New request for quote' }).first().click();
  await page.getByRole('heading', { name: 'New request for quote', level: 1 }).waitFor();

  await page.getByLabel(/^Title/).fill(rfq.title);
  await page.getByLabel(/^Description/).fill(rfq.description);
  await page.getByRole('button', { name: 'Suggest processes and materials from the description' }).click();
  const suggestions = page.getByRole('list', { name: 'Suggested processes, materials and certifications' });
  for (const name of rfq.accept) {
    await suggestions.getByRole('button', { name: `Add ${name}`, exact: true }).click();
    await suggestions.getByRole('button', { name: `${name} added`, exact: true }).waitFor();
  }
  await check(page, 'rfq-wizard-describe', shots);

  await nextStep(page, 'Parts and quantities');
  await page.getByLabel(/^Part name/).fill(rfq.partName);
  for (const [index, quantity] of rfq.quantities.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add a quantity' }).click();
    await page.getByLabel(`Quantity break ${index + 1} of part 1`).fill(String(quantity));
  }
  await check(page, 'rfq-wizard-lines', shots);

  await nextStep(page, 'Terms and deadline');
  await page.getByLabel(/^Delivery ZIP code/).fill(rfq.deliveryZip);
  await page.getByLabel(/^Quote deadline/).fill(rfq.quoteDeadline);
  await check(page, 'rfq-wizard-terms', shots);

  await nextStep(page, 'Who sees it');
  if (rfq.ndaText) {
    await page.getByRole('switch', { name: /Require an NDA/ }).check();
    await page.getByLabel(/^NDA text/).fill(rfq.ndaText);
  }
  await check(page, 'rfq-wizard-sharing', shots);

  // The last step saves the draft on the way: attachments belong to a saved RFQ.
  await nextStep(page, 'Drawings and publish');
  await page.waitForURL(/\/rfqs\/[0-9a-f-]{36}\/edit$/);
  if (rfq.drawing) {
    await page.locator('input[type="file"]').setInputFiles({ name: rfq.drawing.name, mimeType: 'application/octet-stream', buffer: rfq.drawing.buffer });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('button', { name: `Download ${rfq.drawing.name}` }).waitFor();
  }
  await check(page, 'rfq-wizard-attachments', shots);

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.waitForURL(/\/rfqs\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: rfq.title, level: 1 }).waitFor();
  await page.getByTestId('rfq-state').filter({ hasText: 'Open' }).waitFor();
  return /\/rfqs\/([0-9a-f-]{36})$/.exec(page.url())![1];
}

/** A supplier organization's member asks a question on an RFQ over the API (as the supplier's screens would). */
async function askOverApi(stack: PuenteStack, token: string, rfqId: string, body: string): Promise<string> {
  const asked = await stack.http.call('POST', `/api/v1/rfqs/${rfqId}/questions`, { token, body: { body } });
  expect([asked.status, asked.body.body]).toEqual([201, body]);
  return asked.body.id;
}

/** A published directory listing owned by a supplier organization (a claim approved, written straight to the rows). */
async function claimedSupplier(stack: PuenteStack, organizationId: string, listing: Parameters<typeof insertDirectoryListing>[1]): Promise<string> {
  const { supplierId } = await insertDirectoryListing(stack.db, listing);
  await stack.db.query(`UPDATE supplier_profiles SET organization_id = $1 WHERE id = $2`, [organizationId, supplierId]);
  await stack.db.query(`UPDATE supplier_plants SET organization_id = $1 WHERE profile_id = $2`, [organizationId, supplierId]);
  return supplierId;
}

/** What a buyer publishes over the API for the supplier's journey: one line, an NDA, the drawing, picked suppliers. */
async function publishRfqOverApi(
  stack: PuenteStack,
  token: string,
  rfq: { title: string; description: string; ndaText: string; quoteDeadline: string; invitedSupplierIds: string[]; drawing: { name: string; buffer: Buffer } },
): Promise<string> {
  const created = await stack.http.call('POST', '/api/v1/rfqs', {
    token,
    body: {
      title: rfq.title,
      description: rfq.description,
      lines: [{ partName: 'Wrist housing', processes: ['proc.casting.die-casting'], materials: ['mat.aluminum'], quantities: [500, 2000], unit: 'pcs' }],
      deliveryZip: '75201',
      quoteDeadline: rfq.quoteDeadline,
      ndaRequired: true,
      ndaText: rfq.ndaText,
      visibility: 'public',
      invitedSupplierIds: rfq.invitedSupplierIds,
    },
  });
  expect([created.status, created.body.state]).toEqual([201, 'draft']);
  const rfqId: string = created.body.id;
  const query = new URLSearchParams({ kind: 'drawing', name: rfq.drawing.name });
  const uploaded = await stack.http.call('POST', `/api/v1/rfqs/${rfqId}/attachments?${query.toString()}`, { token, raw: { bytes: rfq.drawing.buffer, contentType: 'application/octet-stream' } });
  expect([uploaded.status, uploaded.body.fileType]).toEqual([201, 'step']);
  const published = await stack.http.call('POST', `/api/v1/rfqs/${rfqId}/publish`, { token, body: {} });
  expect([published.status, published.body.state]).toEqual([200, 'open']);
  return rfqId;
}

// A browser journey takes longer than an API call (see web-journeys.e2e-spec.ts).
jest.setTimeout(180_000);

describe('RFQs in the web app (Chromium)', () => {
  let stack: PuenteStack;
  let browser: Browser;
  const shots = browserJourney((started) => ({ stack, browser } = started));

  it('a buyer in English publishes an RFQ with a drawing through the wizard, sees the invitations arrive, and answers a question publicly', async () => {
    // A die-casting plant the matching can find (an unclaimed listing: invited, never e-mailed).
    await insertDirectoryListing(stack.db, {
      registry: 'RETC',
      sourceId: 'NLE0190500099',
      legalName: 'FUNDICIONES DEL NORTE SA DE CV',
      tradeName: 'Fundiciones del Norte',
      state: 'Nuevo León',
      municipality: 'Apodaca',
      lat: 25.78,
      lon: -100.19,
      scian: { code: '331520', title: 'Moldeo por fundición de piezas metálicas no ferrosas' },
      activityText: 'Fundición a presión de aluminio: carcasas para la industria automotriz',
      processes: ['proc.casting.die-casting'],
      materials: ['mat.aluminum'],
    });
    await reindexAll(stack.db, new PostgresSearchEngine(stack.db));
    const buyerOrg = await stack.factory.organization({ name: 'Lone Star Robotics RFQ', kind: 'buyer', country: 'US' });
    const buyer = await stack.factory.user(buyerOrg.id, { name: 'Brooke Buyer' });
    const context = await newContext(browser);
    const page = await context.newPage();
    const base = stack.http.base;
    await signInThroughBrowser(page, base, buyer.email, buyer.password, 'Hello, Brooke Buyer');

    await page.getByRole('navigation').getByRole('link', { name: 'Requests for quote' }).click();
    await page.getByText('You have no requests for quote yet.').waitFor();
    await check(page, 'rfq-list-empty', shots);

    // The factory's users live in America/Chicago: the deadline is typed on that wall clock, ten days out at 5 pm.
    const timeZone = 'America/Chicago';
    const deadlineDay = calendarDay(new Date(Date.now() + 10 * 86_400_000), timeZone);
    const rfqId = await publishRfqThroughWizard(
      page,
      base,
      {
        title: 'Die-cast aluminum housing',
        description: 'Aluminum die casting for a robot wrist housing, powder coated, machined bores within 0.05 mm.',
        partName: 'Wrist housing',
        quantities: [500, 2000],
        accept: ['Die casting', 'Aluminum'],
        deliveryZip: '75201',
        quoteDeadline: `${deadlineDay}T17:00`,
        ndaText: 'The drawings are confidential and may be used only to quote.',
        drawing: { name: 'housing.step', buffer: STEP_DRAWING },
      },
      shots,
    );

    // What the API stored: the suggestions on the line, the breaks, the drawing's type from its bytes, the deadline
    // as 5 pm on the buyer's wall clock.
    const { accessToken } = await stack.http.signIn(buyer.email, buyer.password);
    const stored = await stack.http.call('GET', `/api/v1/rfqs/${rfqId}`, { token: accessToken });
    expect(stored.body).toMatchObject({
      state: 'open',
      lines: [{ partName: 'Wrist housing', processes: ['proc.casting.die-casting'], materials: ['mat.aluminum'], quantities: [500, 2000], unit: 'pcs' }],
      deliveryZip: '75201',
      nda: { required: true, text: 'The drawings are confidential and may be used only to quote.' },
      attachments: [{ fileName: 'housing.step', fileType: 'step', kind: 'drawing' }],
    });
    expect(wallClock(new Date(stored.body.quoteDeadline), timeZone)).toBe(`${deadlineDay}T17:00`);

    // The worker's fan-out invites the plant; the page shows it with why it was chosen.
    await waitFor(async () => (await stack.http.call('GET', `/api/v1/rfqs/${rfqId}/invitations`, { token: accessToken })).body.data?.length > 0, 'the fan-out to invite the plant', 60_000);
    await page.reload();
    const invitation = page.getByTestId('rfq-invitation').filter({ hasText: 'Fundiciones del Norte' });
    await invitation.waitFor();
    await invitation.getByTestId('chip-concept').first().waitFor();
    await page.getByTestId('rfq-suppliers-map').waitFor();
    await check(page, 'rfq-page-open', shots);

    // A supplier asks over the API; the buyer answers it publicly on the RFQ page.
    const supplierOrg = await stack.factory.organization({ name: 'Troqueles Curiosos', kind: 'supplier', country: 'MX', language: 'es' });
    const supplier = await stack.factory.user(supplierOrg.id, { name: 'Carla Curiosa', language: 'es' });
    const { accessToken: supplierToken } = await stack.http.signIn(supplier.email, supplier.password);
    // The NDA first: the RFQ's content (and its questions) need it.
    await stack.http.call('POST', `/api/v1/rfqs/${rfqId}/nda`, { token: supplierToken, body: { version: stored.body.nda.version } });
    await askOverApi(stack, supplierToken, rfqId, '¿Aceptan tolerancia de 0.1 mm en los barrenos secundarios?');
    await page.reload();
    const question = page.getByTestId('rfq-question').filter({ hasText: '¿Aceptan tolerancia de 0.1 mm' });
    await question.getByText('Troqueles Curiosos asked on').waitFor();
    await question.getByLabel(/^Your answer/).fill('Yes: 0.1 mm on the secondary bores; the main bores stay at 0.05 mm.');
    expect(await question.getByRole('switch', { name: /Public answer/ }).isChecked()).toBe(true);
    await check(page, 'rfq-page-question', shots);
    await question.getByRole('button', { name: 'Send answer' }).click();
    await question.getByText('Yes: 0.1 mm on the secondary bores; the main bores stay at 0.05 mm.').waitFor();
    await question.getByText('Public', { exact: true }).waitFor();

    const answered = await stack.http.call('GET', `/api/v1/rfqs/${rfqId}/questions`, { token: supplierToken });
    expect(answered.body.data).toEqual([expect.objectContaining({ answer: 'Yes: 0.1 mm on the secondary bores; the main bores stay at 0.05 mm.', public: true })]);

    // The buyer moves the deadline a day with a note: version 2, listed with what changed.
    await page.getByRole('link', { name: 'Amend' }).click();
    await page.getByRole('heading', { name: 'Amend “Die-cast aluminum housing”', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Terms' }).click();
    const movedDay = calendarDay(new Date(Date.now() + 11 * 86_400_000), timeZone);
    await page.getByLabel(/^Quote deadline/).fill(`${movedDay}T17:00`);
    await page.getByRole('button', { name: 'Drawings' }).click();
    await page.getByLabel(/^Note to the suppliers/).fill('One more day for the holidays.');
    await check(page, 'rfq-wizard-amend', shots);
    await page.getByRole('button', { name: 'Publish amendment' }).click();
    await page.waitForURL(new RegExp(`/rfqs/${rfqId}$`));
    const amendments = page.getByRole('list', { name: 'Amendments' });
    await amendments.getByText(/^Version 2, /).waitFor();
    await amendments.getByText('“One more day for the holidays.”').waitFor();
    await amendments.getByText(/^Quote deadline: .+ → .+/).waitFor();

    // The same page on a phone: one column, the map under the list.
    await page.setViewportSize(VIEWPORTS.phone);
    await check(page, 'rfq-page-answered', shots);
    await page.goto(`${base}/rfqs`);
    await page.getByRole('link', { name: 'Die-cast aluminum housing' }).waitFor();
    await check(page, 'rfq-list', shots);

    // In Spanish: the same RFQ, its dates in the Mexican format, the decline reasons and the map in Spanish.
    await page.getByText('ES', { exact: true }).click();
    await page.getByRole('link', { name: 'Die-cast aluminum housing' }).click();
    await page.getByRole('heading', { name: 'Proveedores invitados', level: 2 }).waitFor();
    await page.getByText('Respondida el', { exact: false }).waitFor();
    await check(page, 'rfq-page-es', shots);
    await context.close();
  });

  it('publishing an incomplete draft names each missing field under it; the buyer then cancels the draft after confirming', async () => {
    const buyerOrg = await stack.factory.organization({ name: 'Half Done Inc', kind: 'buyer', country: 'US' });
    const buyer = await stack.factory.user(buyerOrg.id, { name: 'Hal Hurried' });
    const context = await newContext(browser, { viewport: 'phone' });
    const page = await context.newPage();
    const base = stack.http.base;
    await signInThroughBrowser(page, base, buyer.email, buyer.password, 'Hello, Hal Hurried');

    await page.goto(`${base}/rfqs/new`);
    await page.getByLabel(/^Title/).fill('Stamped steel brackets');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved').waitFor();
    await page.waitForURL(/\/rfqs\/[0-9a-f-]{36}\/edit$/);
    const rfqId = /\/rfqs\/([0-9a-f-]{36})\/edit$/.exec(page.url())![1];

    // Publish: the API names description, lines, ZIP and deadline; the wizard opens the first step at fault.
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'description' }).first().waitFor();
    await page.getByText('Step 1 of 5: Describe the part').waitFor();
    expect(await page.getByLabel(/^Description/).getAttribute('aria-invalid')).toBe('true');
    await check(page, 'rfq-wizard-incomplete', shots);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Step 3 of 5: Terms and deadline').waitFor();
    expect(await page.getByLabel(/^Delivery ZIP code/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel(/^Quote deadline/).getAttribute('aria-invalid')).toBe('true');

    await page.goto(`${base}/rfqs/${rfqId}`);
    await page.getByTestId('rfq-state').filter({ hasText: 'Draft' }).waitFor();
    await page.getByRole('button', { name: 'Cancel request' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this request for quote?' });
    await dialog.getByLabel(/^Reason/).fill('Bought off the shelf instead.');
    await check(page, 'rfq-cancel-confirm', shots);
    await dialog.getByRole('button', { name: 'Cancel the request' }).click();
    await page.getByTestId('rfq-state').filter({ hasText: 'Cancelled' }).waitFor();
    await page.getByText('Reason: Bought off the shelf instead.').waitFor();
    await check(page, 'rfq-page-cancelled', shots);
    const { accessToken } = await stack.http.signIn(buyer.email, buyer.password);
    expect((await stack.http.call('GET', `/api/v1/rfqs/${rfqId}`, { token: accessToken })).body).toMatchObject({ state: 'cancelled', cancelReason: 'Bought off the shelf instead.' });
    await context.close();
  });

  it('a Mexican supplier in Spanish on a phone finds the RFQ in its invitations, accepts the NDA, downloads the drawing and asks; the buyer answers publicly; another supplier declines at a desk', async () => {
    const base = stack.http.base;
    const buyerOrg = await stack.factory.organization({ name: 'Lone Star Robotics Supplier Side', kind: 'buyer', country: 'US' });
    const buyer = await stack.factory.user(buyerOrg.id, { name: 'Bianca Buyer' });
    const { accessToken: buyerToken } = await stack.http.signIn(buyer.email, buyer.password);
    // Two die-casting plants, each owned by a supplier organization; the demo's supplier speaks Spanish and lives in Mexico City's time zone.
    const bajio = await stack.factory.organization({ name: 'Maquinados del Bajío Oportunidades', kind: 'supplier', country: 'MX', language: 'es', timeZone: 'America/Mexico_City' });
    const lucia = await stack.factory.user(bajio.id, { name: 'Lucía Cotiza', language: 'es' });
    await stack.db.query(`UPDATE users SET time_zone = 'America/Mexico_City' WHERE id = $1`, [lucia.userId]);
    const bajioSupplierId = await claimedSupplier(stack, bajio.id, {
      registry: 'RETC',
      sourceId: 'GUA0190500123',
      legalName: 'MAQUINADOS DEL BAJIO OPORTUNIDADES SA DE CV',
      tradeName: 'Maquinados del Bajío Oportunidades',
      state: 'Guanajuato',
      municipality: 'Irapuato',
      scian: { code: '331520', title: 'Moldeo por fundición de piezas metálicas no ferrosas' },
      activityText: 'Fundición a presión de aluminio y maquinado CNC de carcasas',
      processes: ['proc.casting.die-casting'],
      materials: ['mat.aluminum'],
    });
    const norte = await stack.factory.organization({ name: 'Fundidora Norteña', kind: 'supplier', country: 'MX' });
    const nora = await stack.factory.user(norte.id, { name: 'Nora Norteña' });
    const norteSupplierId = await claimedSupplier(stack, norte.id, {
      registry: 'RETC',
      sourceId: 'NLE0190500124',
      tradeName: 'Fundidora Norteña',
      state: 'Nuevo León',
      municipality: 'Apodaca',
      activityText: 'Fundición a presión de aluminio',
      processes: ['proc.casting.die-casting'],
      materials: ['mat.aluminum'],
    });
    await reindexAll(stack.db, new PostgresSearchEngine(stack.db));

    // The buyer publishes over the API (the wizard has its own test above): both plants picked, an NDA, a STEP drawing.
    const title = 'Carcasa de muñeca robótica en aluminio fundido';
    const description = 'Aluminum die casting for a robot wrist housing, powder coated, machined bores within 0.05 mm.';
    const ndaText = 'The drawings are confidential and may be used only to quote.';
    // Ten days out at 23:00 UTC: 5 pm on her Mexico City clock (no daylight saving there since 2022).
    const quoteDeadline = `${new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)}T23:00:00.000Z`;
    const rfqId = await publishRfqOverApi(stack, buyerToken, {
      title,
      description,
      ndaText,
      quoteDeadline,
      invitedSupplierIds: [bajioSupplierId, norteSupplierId],
      drawing: { name: 'housing.step', buffer: STEP_DRAWING },
    });
    const invitationsOf = async () => (await stack.http.call('GET', `/api/v1/rfqs/${rfqId}/invitations`, { token: buyerToken })).body;
    await waitFor(async () => {
      const invited = new Set(((await invitationsOf()).data ?? []).map((invitation: { supplier: { id: string } }) => invitation.supplier.id));
      return (invited.has(bajioSupplierId) && invited.has(norteSupplierId)) || undefined;
    }, 'the fan-out to invite both plants', 60_000);

    // Lucía, on her phone in Spanish: the menu's Opportunities, her invitation with what the gate leaves visible.
    const phone = await newContext(browser, { locale: 'es-MX', viewport: 'phone' });
    const page = await phone.newPage();
    await signInThroughBrowser(page, base, lucia.email, lucia.password, 'Hola, Lucía Cotiza');
    await page.getByRole('button', { name: 'Abrir navegación' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Oportunidades' }).click();
    await page.getByRole('heading', { name: 'Oportunidades', level: 1 }).waitFor();
    const invitation = page.getByTestId('invitation').filter({ hasText: title });
    await invitation.getByTestId('invitation-state').getByText('Te invitaron').waitFor();
    await invitation.getByTestId('nda-badge').getByText('Requiere NDA').waitFor();
    await invitation.getByText('Fundición a presión', { exact: true }).waitFor();
    await invitation.getByText('500 · 2,000 pzas').waitFor();
    // The deadline on her clock (Mexico City) with the time left.
    const deadline = invitation.getByTestId('opportunity-deadline');
    expect(await deadline.locator('time').getAttribute('datetime')).toBe(quoteDeadline);
    await deadline.getByText(/5:00\sp\.\s?m\.\sGMT-6/).waitFor();
    // Whole days left, counted down (the page counted a moment before this line does).
    const daysLeft = Math.floor((Date.parse(quoteDeadline) - Date.now()) / 86_400_000);
    await deadline.getByText(new RegExp(`^Quedan (${daysLeft}|${daysLeft + 1}) días$`)).waitFor();
    await check(page, 'opportunities-invitations-es', shots);

    // "Para ti": the same request ranked for her plant, invitation first, with why it fits; the deadline filter narrows it.
    await page.getByRole('tab', { name: 'Para ti' }).click();
    const fit = page.getByTestId('feed-item').filter({ hasText: title });
    await fit.getByText('Te invitaron').waitFor();
    await fit.getByTestId('chip-concept').filter({ hasText: 'Fundición a presión' }).first().waitFor();
    await check(page, 'opportunities-feed-es', shots);
    await page.getByRole('combobox', { name: 'Fecha límite' }).click();
    await page.getByRole('option', { name: 'Cierra en 3 días o menos' }).click();
    // Other journeys' RFQs share this stack, so the check is that hers (ten days out) left the list.
    await fit.waitFor({ state: 'detached' });
    expect(page.url()).toContain('within=3');
    await page.getByRole('combobox', { name: 'Fecha límite' }).click();
    await page.getByRole('option', { name: 'Cierra en 14 días o menos' }).click();
    await page.getByRole('combobox', { name: 'Proceso' }).fill('Fundición a presión');
    await page.getByRole('option', { name: 'Fundición a presión', exact: true }).click();
    await fit.waitFor();
    expect(page.url()).toContain('process=proc.casting.die-casting');
    await check(page, 'opportunities-feed-filtered-es', shots);

    // The request behind its NDA: title, processes, quantities and deadline, the agreement, and nothing else.
    await fit.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const gate = page.getByTestId('nda-gate');
    await gate.getByTestId('nda-text').getByText(ndaText).waitFor();
    await page.getByTestId('rfq-line').getByText('Cantidades: 500 · 2,000 pzas').waitFor();
    expect(await page.getByTestId('rfq-description').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Descargar housing.step' }).count()).toBe(0);
    await check(page, 'opportunity-nda-es', shots);
    await gate.getByRole('button', { name: 'Aceptar el NDA' }).click();
    await page.getByTestId('rfq-description').getByText(description).waitFor();
    await page.getByTestId('nda-accepted').getByText(/^Maquinados del Bajío Oportunidades aceptó el NDA el /).waitFor();
    const acceptances = await stack.db.query(`SELECT organization_id, nda_version, accepted_by FROM rfq_nda_acceptances WHERE rfq_id = $1`, [rfqId]);
    expect(acceptances).toEqual([{ organization_id: bajio.id, nda_version: 1, accepted_by: lucia.userId }]);

    // The drawing, fetched with her token and saved under its own name: the same bytes the buyer uploaded.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar housing.step' }).click()]);
    expect(download.suggestedFilename()).toBe('housing.step');
    expect(await readFile((await download.path())!)).toEqual(STEP_DRAWING);
    await check(page, 'opportunity-es', shots);

    // A question: sent, listed as hers and waiting.
    const question = '¿Aceptan tolerancia de 0.1 mm en los barrenos secundarios?';
    await page.getByRole('textbox', { name: /^Tu pregunta/ }).fill(question);
    await page.getByRole('button', { name: 'Enviar pregunta' }).click();
    await page.getByText('Pregunta enviada. Le avisamos al comprador.').waitFor();
    const asked = page.getByTestId('rfq-question').filter({ hasText: question });
    await asked.getByText('En espera de la respuesta del comprador.').waitFor();
    await asked.getByText('Tu pregunta', { exact: true }).waitFor();
    await check(page, 'opportunity-question-es', shots);

    // The buyer answers publicly (over the API; the buyer's screen has its own test above), and she reads it.
    const [received] = (await stack.http.call('GET', `/api/v1/rfqs/${rfqId}/questions`, { token: buyerToken })).body.data;
    expect([received.body, received.askedBy.organizationName]).toEqual([question, bajio.name]);
    const answer = 'Yes: 0.1 mm on the secondary bores; the main bores stay at 0.05 mm.';
    const answered = await stack.http.call('POST', `/api/v1/rfqs/${rfqId}/questions/${received.id}/answer`, { token: buyerToken, body: { answer, public: true } });
    expect(answered.status).toBe(200);
    await page.reload();
    const reply = page.getByTestId('rfq-question').filter({ hasText: question });
    await reply.getByTestId('rfq-answer').getByText(answer).waitFor();
    await reply.getByText('Respuesta pública').waitFor();
    await check(page, 'opportunity-answered-es', shots);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();

    // Nora, at a desk in English: still behind the NDA she reads the public answer only once she accepts, without who asked; she declines.
    const desk = await newContext(browser);
    const other = await desk.newPage();
    await signInThroughBrowser(other, base, nora.email, nora.password, 'Hello, Nora Norteña');
    await other.getByRole('navigation').getByRole('link', { name: 'Opportunities' }).click();
    await other.getByTestId('invitation').filter({ hasText: title }).getByRole('link', { name: title }).click();
    await other.getByRole('button', { name: 'Accept the NDA' }).click();
    const publicAnswer = other.getByTestId('rfq-question').filter({ hasText: question });
    await publicAnswer.getByText(answer).waitFor();
    expect(await publicAnswer.getByText('Your question').count()).toBe(0);
    expect(await other.getByText(bajio.name).count()).toBe(0);
    await other.getByRole('button', { name: 'Decline…' }).click();
    await other.getByRole('radio', { name: 'Volume too low' }).check();
    await other.getByLabel(/^Note for the buyer/).fill('Our die-casting cells need 10,000 pieces a year.');
    await check(other, 'opportunity-decline-en', shots);
    await other.getByRole('button', { name: 'Decline', exact: true }).click();
    await other.getByText('You declined this invitation: Volume too low.').waitFor();
    await check(other, 'opportunity-declined-en', shots);
    await desk.close();
    const declines = (await invitationsOf()).declines;
    expect(declines).toEqual({ no_capacity: 0, not_our_process: 0, volume_too_low: 1, other: 0 });
  });
});
