import { waitFor } from '@puente/testing';
import { PuenteStack } from './support/puente-stack';

const PROFILE = {
  legalName: 'Troqueles del Norte SA de CV',
  tradeName: 'Troqueles del Norte',
  rfc: 'SYX100515QR5',
  rfcShownChars: 0,
  description: { es: 'Maquinado CNC y troquelado de lámina' },
  processes: ['proc.machining.cnc-machining'],
  languages: ['es'],
};

/** The supplier profile routes over HTTP, as the web app and other clients call them. */
describe('supplier profiles over HTTP', () => {
  let stack: PuenteStack;
  let supplier: string;
  let buyer: string;
  let admin: string;
  let supplierId: string;

  beforeAll(async () => {
    // Small limits, so oversize and quota take a few bytes.
    stack = await PuenteStack.start({ UPLOAD_MAX_BYTES: '2000', UPLOAD_QUOTA_BYTES_PER_ORGANIZATION: '5000' });
    const { factory, http } = stack;
    const supplierUser = await factory.user((await factory.organization({ kind: 'supplier', name: 'Troqueles del Norte', country: 'MX', language: 'es' })).id, { language: 'es' });
    const buyerUser = await factory.user((await factory.organization({ name: 'Buyer Co' })).id);
    const adminUser = await factory.user((await factory.platformOrganization()).id);
    [supplier, buyer, admin] = await Promise.all([supplierUser, buyerUser, adminUser].map(async (user) => (await http.signIn(user.email, user.password)).accessToken));
  });
  afterAll(() => stack?.stop());

  it('is for supplier organizations only: a buyer gets 403 FORBIDDEN naming the organization kind', async () => {
    const result = await stack.http.call('GET', '/api/v1/supplier-profile', { token: buyer });
    expect(result.status).toBe(403);
    expect(result.body.error).toMatchObject({ code: 'FORBIDDEN', details: [expect.objectContaining({ issue: 'organization_kind' })] });
  });

  it('answers a bad RFC with 400 naming the field and the rule, in Spanish when asked', async () => {
    const result = await stack.http.call('PUT', '/api/v1/supplier-profile', {
      token: supplier,
      body: { ...PROFILE, rfc: 'SYX101315QR5', processes: ['proc.machining.cnc-machining', 'proc.no-such-process'] },
      headers: { 'accept-language': 'es' },
    });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('VALIDATION_FAILED');
    expect(result.body.error.message).toMatch(/no es válida|no válid/i);
    expect(result.body.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['processes[1]', 'rfc']);
  });

  it('suggests capability codes from a Spanish description', async () => {
    const result = await stack.http.call('GET', `/api/v1/supplier-profile/suggestions?text=${encodeURIComponent('maquinado CNC y troquelado de lámina')}`, { token: supplier });
    expect(result.status).toBe(200);
    expect(result.body.data.map((item: { code: string }) => item.code)).toContain('proc.machining.cnc-machining');
  });

  it('names the field of a bad plant or certification', async () => {
    const plant = await stack.http.call('POST', '/api/v1/supplier-profile/plants', { token: supplier, body: { name: 'P', state: 'Nuevo León', municipality: 'Gotham' } });
    expect([plant.status, plant.body.error.details[0].field]).toEqual([400, 'municipality']);
    const certification = await stack.http.call('POST', '/api/v1/supplier-profile/certifications', {
      token: supplier,
      body: { type: 'cert.iso-9001', issuer: 'BV', validFrom: '2025-01-01', validUntil: '2024-01-01' },
    });
    expect([certification.status, certification.body.error.details[0].field]).toEqual([400, 'validUntil']);
  });

  it('submits a complete profile, keeps it from anonymous readers until published, and refuses a second submit with 409', async () => {
    expect((await stack.http.call('PUT', '/api/v1/supplier-profile', { token: supplier, body: PROFILE })).status).toBe(200);
    const plant = await stack.http.call('POST', '/api/v1/supplier-profile/plants', { token: supplier, body: { name: 'Planta Apodaca', state: 'NL', municipality: 'Apodaca' } });
    expect(plant.status).toBe(201);
    expect(plant.body.draft.plants[0]).toMatchObject({ precision: 'municipality', stateCode: '19' });
    const submitted = await stack.http.call('POST', '/api/v1/supplier-profile/submit', { token: supplier });
    expect(submitted.status).toBe(200);
    expect(submitted.body.state).toBe('pending_review');
    supplierId = submitted.body.supplierId;
    const again = await stack.http.call('POST', '/api/v1/supplier-profile/submit', { token: supplier });
    expect([again.status, again.body.error.code, again.body.error.details[0].issue]).toEqual([409, 'PROFILE_INVALID_TRANSITION', 'submit_from_pending_review']);
    expect((await stack.http.call('GET', `/api/v1/suppliers/${supplierId}`)).status).toBe(404);
    expect((await stack.http.call('GET', `/api/v1/suppliers/${supplierId}`, { token: buyer })).status).toBe(404);
    const own = await stack.http.call('GET', `/api/v1/suppliers/${supplierId}`, { token: supplier });
    expect([own.status, own.body.internal.state, own.body.profile]).toEqual([200, 'pending_review', null]);
    const asAdmin = await stack.http.call('GET', `/api/v1/suppliers/${supplierId}`, { token: admin });
    expect(asAdmin.body.internal.draft.rfc).toBe('SYX100515QR5');
    const suspend = await stack.http.call('POST', `/api/v1/admin/suppliers/${supplierId}/suspend`, { token: admin });
    expect([suspend.status, suspend.body.error.code]).toEqual([409, 'PROFILE_INVALID_TRANSITION']);
  });

  it('goes through the admin review: changes requested reach the owner in Spanish, then approval publishes it for anyone', async () => {
    const reviewOf = async () => {
      const list = await stack.http.call('GET', '/api/v1/admin/reviews?kind=supplier_profile&state=open', { token: admin });
      return list.body.data.find((item: { subjectId: string }) => item.subjectId === supplierId);
    };
    const item = await reviewOf();
    const page = await stack.http.call('GET', `/api/v1/admin/reviews/${item.id}`, { token: admin });
    expect(page.status).toBe(200);
    const changes = await stack.http.call('POST', `/api/v1/admin/reviews/${item.id}/request-changes`, {
      token: admin,
      body: { reasonCode: 'incomplete_information', note: 'Agreguen la dirección de la planta.' },
    });
    expect(changes.status).toBe(200);
    const own = (await stack.http.call('GET', '/api/v1/supplier-profile', { token: supplier })).body;
    expect(own).toMatchObject({ state: 'draft', lastDecision: { state: 'changes_requested', reasonCode: 'incomplete_information' } });
    // The owner's language is Spanish: the notice, rendered by the worker, reads in Spanish with the reason.
    const notice = await waitFor(async () => {
      const list = await stack.http.call('GET', '/api/v1/notifications', { token: supplier });
      return list.body.data.find((entry: { type: string }) => entry.type === 'supplier.profile-changes-requested');
    }, 'the changes-requested notice');
    expect(notice.title).toBe('Se solicitan cambios en tu perfil');
    expect(notice.body).toContain('Agreguen la dirección de la planta.');
    expect((await stack.http.call('POST', '/api/v1/supplier-profile/submit', { token: supplier })).status).toBe(200);
    const again = await reviewOf();
    expect((await stack.http.call('POST', `/api/v1/admin/reviews/${again.id}/approve`, { token: admin, body: {} })).status).toBe(200);
    const anonymous = await stack.http.call('GET', `/api/v1/suppliers/${supplierId}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ internal: null, profile: { tradeName: 'Troqueles del Norte', rfc: null } });
    expect((await stack.http.call('POST', `/api/v1/admin/suppliers/${supplierId}/suspend`, { token: admin })).status).toBe(200);
    expect((await stack.http.call('GET', `/api/v1/suppliers/${supplierId}`)).status).toBe(404);
    expect((await stack.http.call('POST', `/api/v1/admin/suppliers/${supplierId}/unsuspend`, { token: admin })).body.state).toBe('published');
  });

  it('answers a forged token on the public route with 401 rather than treating the caller as anonymous', async () => {
    expect((await stack.http.call('GET', `/api/v1/suppliers/${supplierId}`, { token: 'forged.token.value' })).status).toBe(401);
  });

  describe('documents', () => {
    const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);
    const upload = (name: string, bytes: Buffer, contentType = 'application/octet-stream', kind = 'certificate') =>
      stack.http.call('POST', `/api/v1/supplier-profile/documents?kind=${kind}&name=${encodeURIComponent(name)}`, { token: supplier, raw: { bytes, contentType } });

    it('takes a PDF named .png and labelled image/png as a PDF, and serves it back only as a download', async () => {
      const stored = await upload('certificado.png', pdf(1_000), 'image/png');
      expect([stored.status, stored.body.contentType, stored.body.name]).toEqual([201, 'application/pdf', 'certificado.png']);
      const download = await stack.http.call('GET', `/api/v1/supplier-profile/documents/${stored.body.id}`, { token: supplier });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''certificado.png`);
      expect(download.body.startsWith('%PDF-1.7')).toBe(true);
      expect((await stack.http.call('GET', `/api/v1/supplier-profile/documents/${stored.body.id}`, { token: buyer })).status).toBe(403);
      expect((await stack.http.call('GET', `/api/v1/suppliers/${supplierId}/documents/${stored.body.id}`)).status).toBe(404);
    });

    it('refuses an executable named .pdf (415), a file over the limit and one past the quota (413), in Spanish when asked', async () => {
      const executable = await stack.http.call('POST', '/api/v1/supplier-profile/documents?kind=other&name=factura.pdf', {
        token: supplier,
        raw: { bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]), contentType: 'application/pdf' },
        headers: { 'accept-language': 'es' },
      });
      expect([executable.status, executable.body.error.code, executable.body.error.details[0].field]).toEqual([415, 'UPLOAD_TYPE_NOT_ALLOWED', 'file']);
      expect(executable.body.error.message).toMatch(/no se acepta/);
      const oversize = await upload('grande.pdf', pdf(2_001));
      expect([oversize.status, oversize.body.error.code]).toEqual([413, 'UPLOAD_TOO_LARGE']);
      // 1,000 bytes stored by the previous test; 5,000 is the quota: it fills exactly, then one byte more is refused.
      expect((await upload('b.pdf', pdf(2_000))).status).toBe(201);
      expect((await upload('c.pdf', pdf(2_000))).status).toBe(201);
      const overQuota = await upload('d.pdf', pdf(100));
      expect([overQuota.status, overQuota.body.error.code]).toEqual([413, 'UPLOAD_QUOTA_EXCEEDED']);
    });

    it('answers a JSON body on the upload route with 400 naming the file', async () => {
      const result = await stack.http.call('POST', '/api/v1/supplier-profile/documents?kind=other', { token: supplier, body: { file: 'JVBERi0=' } });
      expect([result.status, result.body.error.details[0].field]).toEqual([400, 'file']);
    });
  });
});
