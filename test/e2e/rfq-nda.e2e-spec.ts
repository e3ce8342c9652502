import { PuenteStack } from './support/puente-stack';
import { buyerParty, completeRfqBody, invite, publishedRfq, setDeadline, supplierParty, type BuyerParty, type SupplierParty } from './support/rfq-world';

const STEP = Buffer.from(
  "ISO-10303-21;\r\nHEADER;\r\nFILE_DESCRIPTION(('bracket'),'2;1');\r\nFILE_SCHEMA(('AUTOMOTIVE_DESIGN'));\r\nENDSEC;\r\nDATA;\r\n#1=CARTESIAN_POINT('',(0.,0.,0.));\r\nENDSEC;\r\nEND-ISO-10303-21;\r\n",
  'latin1',
);
/** A Windows executable's header, sent as a STEP file. */
function renamedExecutable(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}
const NDA = 'The drawings and prices of this request are confidential. Do not share them.';

describe('RFQs: the NDA gate, attachments and questions', () => {
  let stack: PuenteStack;
  let buyer: BuyerParty;
  let invited: SupplierParty;
  let alsoInvited: SupplierParty;
  let outsider: SupplierParty;

  beforeAll(async () => {
    // Small limits so the size and count refusals are cheap to reach.
    stack = await PuenteStack.start({ RFQ_ATTACHMENT_MAX_BYTES: '4096', RFQ_ATTACHMENT_MAX_COUNT: '3' });
    buyer = await buyerParty(stack, 'Lone Star Robotics');
    invited = await supplierParty(stack, 'Maquinados del Bajío', 'es');
    alsoInvited = await supplierParty(stack, 'Border Precision', 'en');
    outsider = await supplierParty(stack, 'Forjas del Norte', 'es');
  });
  afterAll(() => stack?.stop());

  const call = (method: string, path: string, token: string, body?: unknown) => stack.http.call(method, `/api/v1${path}`, { token, body });
  const upload = (rfqId: string, query: string, bytes: Buffer, contentType = 'application/octet-stream') =>
    stack.http.call('POST', `/api/v1/rfqs/${rfqId}/attachments?${query}`, { token: buyer.token, raw: { bytes, contentType } });

  /** An open invite-only RFQ needing an NDA, with a STEP drawing on its line, inviting both invited suppliers. */
  async function ndaRfq(title = 'Confidential brackets'): Promise<{ id: string; attachmentId: string; lineId: string }> {
    const draft = await call('POST', '/rfqs', buyer.token, completeRfqBody({ title, ndaRequired: true, ndaText: NDA, visibility: 'invite_only', invitedSupplierIds: [invited.supplierId, alsoInvited.supplierId] }));
    const drawing = await upload(draft.body.id, `kind=drawing&name=bracket.step&lineId=${draft.body.lines[0].id}`, STEP);
    expect(drawing.status).toBe(201);
    expect((await call('POST', `/rfqs/${draft.body.id}/publish`, buyer.token)).status).toBe(200);
    await invite(stack, draft.body.id, invited);
    await invite(stack, draft.body.id, alsoInvited);
    return { id: draft.body.id, attachmentId: drawing.body.id, lineId: draft.body.lines[0].id };
  }

  it('shows a supplier behind the NDA only the title, processes, quantities, deadline and the NDA text', async () => {
    const rfq = await ndaRfq();
    const gated = await call('GET', `/rfqs/${rfq.id}`, invited.token);
    expect(gated.status).toBe(200);
    expect(gated.body).toMatchObject({
      gated: true,
      title: 'Confidential brackets',
      description: null,
      annualVolume: null,
      targetUnitPrice: null,
      certifications: [],
      hsCode: null,
      deliveryZip: null,
      deliveryPlace: null,
      incoterm: null,
      needBy: null,
      quoteCap: null,
      attachments: [],
      invitedSupplierIds: [],
      quoteDeadline: expect.any(String),
      nda: { required: true, text: NDA, version: 1, accepted: false, acceptedAt: null },
    });
    expect(gated.body.lines).toEqual([
      expect.objectContaining({ partName: null, partNumber: null, notes: null, materials: [], processes: ['proc.machining.cnc-machining'], quantities: [500, 1000, 5000], unit: 'pcs' }),
    ]);
    // The buyer and a supplier it did not invite.
    expect((await call('GET', `/rfqs/${rfq.id}`, buyer.token)).body).toMatchObject({ gated: false, description: expect.any(String), nda: { accepted: null } });
    expect((await call('GET', `/rfqs/${rfq.id}`, outsider.token)).status).toBe(404);
  });

  it('serves the drawing only after the NDA is accepted, by an audited and idempotent acceptance of the current version', async () => {
    const rfq = await ndaRfq();
    const refused = await call('GET', `/rfqs/${rfq.id}/attachments/${rfq.attachmentId}`, invited.token);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'RFQ_NDA_REQUIRED']);
    expect((await call('GET', `/rfqs/${rfq.id}/attachments/${rfq.attachmentId}`, outsider.token)).status).toBe(404);
    expect((await call('POST', `/rfqs/${rfq.id}/nda`, outsider.token, { version: 1 })).status).toBe(404);

    const stale = await call('POST', `/rfqs/${rfq.id}/nda`, invited.token, { version: 0 });
    expect([stale.status, stale.body.error.code, stale.body.error.details[0].field]).toEqual([409, 'RFQ_NDA_VERSION_STALE', 'version']);
    const accepted = await call('POST', `/rfqs/${rfq.id}/nda`, invited.token, { version: 1 });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ gated: false, description: expect.any(String), nda: { accepted: true, acceptedAt: expect.any(String) } });
    expect(accepted.body.attachments).toEqual([expect.objectContaining({ id: rfq.attachmentId, fileType: 'step', fileName: 'bracket.step', lineId: rfq.lineId })]);
    expect((await call('POST', `/rfqs/${rfq.id}/nda`, invited.token, { version: 1 })).status).toBe(200);
    const audit = await stack.db.query(`SELECT actor_user_id, after FROM audit_events WHERE action = 'rfq.nda_accepted' AND target_id = $1`, [rfq.id]);
    expect(audit).toEqual([{ actor_user_id: invited.user.userId, after: expect.objectContaining({ ndaVersion: 1 }) }]);

    const file = await call('GET', `/rfqs/${rfq.id}/attachments/${rfq.attachmentId}`, invited.token);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('model/step');
    expect(file.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''bracket.step");
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.body).toBe(STEP.toString('latin1'));
    // Acceptance is per organization: the other invited supplier is still gated.
    expect((await call('GET', `/rfqs/${rfq.id}`, alsoInvited.token)).body.gated).toBe(true);
  });

  it('gates again when the buyer changes the NDA text: the amendment shows a gated supplier only what it may read', async () => {
    const rfq = await ndaRfq();
    await call('POST', `/rfqs/${rfq.id}/nda`, invited.token, { version: 1 });
    const amended = await call('PATCH', `/rfqs/${rfq.id}`, buyer.token, { ndaText: `${NDA} Also the tooling.`, targetUnitPrice: '3.9000', amendmentNote: 'Secret new price' });
    expect(amended.body.nda.version).toBe(2);
    const gated = await call('GET', `/rfqs/${rfq.id}`, invited.token);
    expect(gated.body).toMatchObject({ gated: true, nda: { version: 2, accepted: false } });
    expect(gated.body.amendments).toEqual([{ version: 2, createdAt: expect.any(String), note: null, changes: [{ field: 'ndaText', before: NDA, after: `${NDA} Also the tooling.` }] }]);
    expect((await call('GET', `/rfqs/${rfq.id}/attachments/${rfq.attachmentId}`, invited.token)).status).toBe(403);
    const stale = await call('POST', `/rfqs/${rfq.id}/nda`, invited.token, { version: 1 });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'RFQ_NDA_VERSION_STALE']);
    expect((await call('POST', `/rfqs/${rfq.id}/nda`, invited.token, { version: 2 })).body.amendments[0]).toMatchObject({
      note: 'Secret new price',
      changes: expect.arrayContaining([{ field: 'targetUnitPrice', before: '4.2500', after: '3.9000' }]),
    });
  });

  it('checks attachments by their bytes, size and count; a file added to an open RFQ is an amendment, and only drafts lose files', async () => {
    const draft = await call('POST', '/rfqs', buyer.token, completeRfqBody());
    const executable = await upload(draft.body.id, 'kind=drawing&name=bracket.step', renamedExecutable(), 'model/step');
    expect([executable.status, executable.body.error.code]).toEqual([415, 'UPLOAD_TYPE_NOT_ALLOWED']);
    const large = await upload(draft.body.id, 'kind=drawing&name=big.step', Buffer.concat([STEP, Buffer.alloc(5000, 0x20)]));
    expect([large.status, large.body.error.code]).toEqual([413, 'UPLOAD_TOO_LARGE']);
    const foreignLine = await upload(draft.body.id, 'kind=drawing&name=a.step&lineId=6f1c1d1e-0000-4000-8000-000000000000', STEP);
    expect([foreignLine.status, foreignLine.body.error.details[0].field]).toEqual([400, 'lineId']);
    const other = await call('POST', '/rfqs', (await buyerParty(stack, 'Prairie Pumps')).token, { title: 'Not yours' });
    expect((await upload(other.body.id, 'kind=drawing&name=a.step', STEP)).status).toBe(404);

    const first = await upload(draft.body.id, 'kind=drawing&name=..%2F..%2Fetc%2Fbracket.step', STEP);
    expect(first.body).toMatchObject({ fileName: 'bracket.step', fileType: 'step', kind: 'drawing' });
    const removed = await stack.http.call('DELETE', `/api/v1/rfqs/${draft.body.id}/attachments/${first.body.id}`, { token: buyer.token });
    expect(removed.status).toBe(204);
    await upload(draft.body.id, 'kind=specification&name=spec.pdf', Buffer.from('%PDF-1.7\n% spec\n'), 'application/pdf');
    await upload(draft.body.id, 'kind=drawing&name=b.step', STEP);
    expect((await call('POST', `/rfqs/${draft.body.id}/publish`, buyer.token)).status).toBe(200);

    const third = await upload(draft.body.id, 'kind=drawing&name=c.step', STEP);
    expect(third.status).toBe(201);
    const view = await call('GET', `/rfqs/${draft.body.id}`, buyer.token);
    expect(view.body.version).toBe(2);
    expect(view.body.amendments[0].changes.map((change: { field: string }) => change.field)).toEqual(['attachments']);
    const fourth = await upload(draft.body.id, 'kind=drawing&name=d.step', STEP);
    expect([fourth.status, fourth.body.error.code]).toEqual([409, 'RFQ_ATTACHMENT_LIMIT']);
    const removeOpen = await stack.http.call('DELETE', `/api/v1/rfqs/${draft.body.id}/attachments/${third.body.id}`, { token: buyer.token });
    expect([removeOpen.status, removeOpen.body.error.details[0].issue]).toEqual([409, 'detach_from_open']);
  });

  it('shows questions to their askers, public answers to every supplier past the NDA without the asker, all of them to the buyer', async () => {
    const rfq = await ndaRfq('Brackets with questions');
    const asked = await call('POST', `/rfqs/${rfq.id}/questions`, invited.token, { body: '¿Aceptan anodizado tipo II?' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ own: true, askedBy: { organizationId: invited.organizationId, organizationName: 'Maquinados del Bajío' }, answer: null });
    await call('POST', `/rfqs/${rfq.id}/questions`, alsoInvited.token, { body: 'Is a first-article report needed?' });
    const toBuyer = await stack.mail.waitFor(buyer.user.email, 'rfq.question-asked');
    expect(toBuyer.subject).toBe('A supplier asked a question on "Brackets with questions"');

    const buyerList = await call('GET', `/rfqs/${rfq.id}/questions`, buyer.token);
    expect(buyerList.body.data.map((question: { askedBy: { organizationName: string } }) => question.askedBy.organizationName)).toEqual(['Maquinados del Bajío', 'Border Precision']);

    const answered = await call('POST', `/rfqs/${rfq.id}/questions/${asked.body.id}/answer`, buyer.token, { answer: 'Sí, tipo II está bien.', public: true });
    expect(answered.body).toMatchObject({ answer: 'Sí, tipo II está bien.', public: true, answeredAt: expect.any(String) });
    const twice = await call('POST', `/rfqs/${rfq.id}/questions/${asked.body.id}/answer`, buyer.token, { answer: 'Again', public: false });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'QUESTION_ALREADY_ANSWERED']);
    const toAsker = await stack.mail.waitFor(invited.user.email, 'rfq.question-answered');
    expect(toAsker.subject).toBe('Se respondió una pregunta sobre "Brackets with questions"');
    await stack.mail.waitFor(alsoInvited.user.email, 'rfq.question-answered');

    // Behind the NDA, the other supplier sees its own question only; past it, the public answer too, without who asked.
    const gatedList = await call('GET', `/rfqs/${rfq.id}/questions`, alsoInvited.token);
    expect(gatedList.body.data).toEqual([expect.objectContaining({ own: true, body: 'Is a first-article report needed?' })]);
    await call('POST', `/rfqs/${rfq.id}/nda`, alsoInvited.token, { version: 1 });
    const openList = await call('GET', `/rfqs/${rfq.id}/questions`, alsoInvited.token);
    expect(openList.body.data).toEqual([
      expect.objectContaining({ body: '¿Aceptan anodizado tipo II?', askedBy: null, own: false, answer: 'Sí, tipo II está bien.' }),
      expect.objectContaining({ body: 'Is a first-article report needed?', own: true, answer: null }),
    ]);
    expect((await call('GET', `/rfqs/${rfq.id}/questions`, outsider.token)).status).toBe(404);
  });

  it('refuses a question one second after the deadline with 409 RFQ_CLOSED, before any job has closed the RFQ', async () => {
    const rfq = await publishedRfq(stack, buyer.token);
    expect((await call('POST', `/rfqs/${rfq.id}/questions`, outsider.token, { body: 'In time?' })).status).toBe(201);
    await setDeadline(stack, rfq.id, -1);
    const late = await call('POST', `/rfqs/${rfq.id}/questions`, outsider.token, { body: 'One second late?' });
    expect([late.status, late.body.error.code]).toEqual([409, 'RFQ_CLOSED']);
    const lateFile = await upload(rfq.id, 'kind=drawing&name=late.step', STEP);
    expect([lateFile.status, lateFile.body.error.code]).toEqual([409, 'RFQ_CLOSED']);
  });
});
