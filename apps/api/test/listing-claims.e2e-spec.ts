import { identityFactory, insertDirectoryListing, suiteDatabase, type DirectoryListingOptions, type SuiteDatabase } from '@puente/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from './support/test-api';

// Claims of directory listings and the "find your plant" search, over HTTP on the real module and PostgreSQL.

const PDF = { bytes: Buffer.from('%PDF-1.7\n% constancia de situación fiscal\n'), contentType: 'application/pdf' };
const RFC = 'MAT050101AB8';
const OTHER_RFC = 'GPU990101XY2';

interface Actor {
  token: string;
  userId: string;
  organizationId: string;
}

describe('directory listings and their claims', () => {
  let database: SuiteDatabase;
  let api: TestApi;
  let dataSource: DataSource;
  let factory: ReturnType<typeof identityFactory>;
  let admin: Actor;
  const word = () => `Q${randomUUID().replace(/[^a-z]/g, '').slice(0, 6)}`;

  async function call(method: string, path: string, options: { token?: string; body?: unknown; raw?: { bytes: Buffer; contentType: string }; language?: string } = {}) {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.raw) headers['content-type'] = options.raw.contentType;
    if (options.language) headers['accept-language'] = options.language;
    const body = options.raw ? new Uint8Array(options.raw.bytes) : options.body === undefined ? undefined : JSON.stringify(options.body);
    const response = await fetch(`${api.url}${path}`, { method, headers, body });
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as any };
  }

  async function ok(method: string, path: string, options: Parameters<typeof call>[2] = {}, status = 200) {
    const result = await call(method, path, options);
    if (result.status !== status) throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`);
    return result.body;
  }

  async function actor(kind: 'supplier' | 'platform' | 'buyer', options: { language?: 'en' | 'es'; email?: string; name?: string } = {}): Promise<Actor> {
    const organization =
      kind === 'platform'
        ? await factory.platformOrganization()
        : await factory.organization({ kind, name: options.name ?? `${kind} ${word()}`, country: kind === 'supplier' ? 'MX' : 'US', language: options.language ?? 'en' });
    const user = await factory.user(organization.id, { language: options.language ?? 'en', ...(options.email ? { email: options.email } : {}) });
    const signIn = await ok('POST', '/api/v1/auth/sign-in', { body: { email: user.email, password: user.password, client: 'api' } });
    return { token: signIn.accessToken, userId: user.userId, organizationId: organization.id };
  }

  const listing = (options: DirectoryListingOptions = {}) => insertDirectoryListing(dataSource, options);
  const claim = (who: Actor, supplierId: string, body: Record<string, unknown>) => call('POST', `/api/v1/suppliers/${supplierId}/claims`, { token: who.token, body });

  async function reviewItemOf(subjectId: string, state = 'open'): Promise<string> {
    const [row] = await dataSource.query(`SELECT id FROM review_items WHERE subject_id = $1 AND state = $2`, [subjectId, state]);
    if (!row) throw new Error(`no ${state} review item for ${subjectId}`);
    return row.id;
  }

  async function noticesOf(organizationId: string, type: string): Promise<Array<{ params: Record<string, string> }>> {
    const owners: Array<{ user_id: string }> = await dataSource.query(`SELECT user_id FROM memberships WHERE organization_id = $1`, [organizationId]);
    const rows = await dataSource.query(`SELECT payload FROM outbox_messages WHERE payload->>'type' = $1 AND payload->'recipients' @> $2::jsonb ORDER BY id`, [
      type,
      JSON.stringify([{ userId: owners[0].user_id }]),
    ]);
    return rows.map((row: { payload: { params: Record<string, string> } }) => row.payload);
  }

  beforeAll(async () => {
    database = await suiteDatabase();
    api = await startTestApi({ env: { DATABASE_URL: database.url } });
    dataSource = api.app.get(DataSource);
    factory = identityFactory(dataSource);
    admin = await actor('platform');
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  describe('find your plant', () => {
    const search = async (query: string) => ok('GET', `/api/v1/directory/listings?${query}`);

    it('finds a listing by name with or without accents, by a misspelt name, by RFC and by municipality', async () => {
      const key = word();
      const found = await listing({ legalName: `Aluminio Líquido ${key} SA de CV`, tradeName: `Fundición ${key}`, rfc: RFC, state: 'Aguascalientes', municipality: 'Jesús María' });
      const ids = (body: { items: Array<{ supplierId: string }> }) => body.items.map((item) => item.supplierId);

      const plain = await search(`q=${encodeURIComponent(`aluminio liquido ${key}`)}`);
      expect(ids(plain)).toContain(found.supplierId);
      expect(plain.items.find((item: { supplierId: string }) => item.supplierId === found.supplierId)).toMatchObject({
        name: `Fundición ${key}`,
        legalName: `Aluminio Líquido ${key} SA de CV`,
        municipality: 'Jesús María',
        state: 'Aguascalientes',
        claimed: false,
        sources: [{ registry: 'RETC', id: found.sourceId }],
        scian: found.facts.scian,
        matchedOn: 'name',
      });
      expect(ids(await search(`q=${encodeURIComponent(`FUNDICIÓN ${key}`)}`))).toContain(found.supplierId);
      // One letter swapped and one dropped.
      expect(ids(await search(`q=${encodeURIComponent('Alumnio Liquiddo')}`))).toContain(found.supplierId);
      expect(ids(await search(`q=${encodeURIComponent(`Zanahoria Cósmica ${word()}`)}`))).not.toContain(found.supplierId);

      const byRfc = await search(`q=${encodeURIComponent('mat-050101-ab8')}`);
      expect(byRfc.items.map((item: { supplierId: string; matchedOn: string }) => [item.supplierId, item.matchedOn])).toEqual([[found.supplierId, 'rfc']]);

      const byMunicipality = await search(`q=${encodeURIComponent('jesus maria')}&state=01`);
      expect(byMunicipality.items.find((item: { supplierId: string }) => item.supplierId === found.supplierId)?.matchedOn).toBe('municipality');
      expect(ids(await search(`q=${encodeURIComponent('jesus maria')}&state=19`))).not.toContain(found.supplierId);
    });

    it('filters by claimed, pages with a cursor that neither repeats nor skips, and refuses bad parameters', async () => {
      const key = word();
      const made = [];
      for (let index = 0; index < 5; index += 1) made.push((await listing({ legalName: `Troqueles ${key} ${index}`, tradeName: null })).supplierId);
      const owner = await actor('supplier');
      await dataSource.query(`UPDATE supplier_profiles SET organization_id = $1 WHERE id = $2`, [owner.organizationId, made[0]]);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Array<{ supplierId: string }>; nextCursor: string | null } = await search(`q=troqueles%20${key}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((item) => item.supplierId));
        cursor = page.nextCursor;
      } while (cursor);
      expect([...seen].sort()).toEqual([...made].sort());

      expect((await search(`q=troqueles%20${key}&claimed=true`)).items.map((item: { supplierId: string }) => item.supplierId)).toEqual([made[0]]);
      expect((await search(`q=troqueles%20${key}&claimed=false`)).items).toHaveLength(4);

      for (const query of ['q=a', `q=${'x'.repeat(101)}`, 'q=ab&limit=0', 'q=ab&limit=51', 'q=ab&state=1', 'q=ab&claimed=yes', 'q=ab&cursor=not-a-cursor']) {
        const result = await call('GET', `/api/v1/directory/listings?${query}`);
        expect([query, result.status, result.body.error.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
      }
      const forged = Buffer.from(`2|${randomUUID()}`).toString('base64url');
      expect((await call('GET', `/api/v1/directory/listings?q=ab&cursor=${forged}`)).body.error.details[0]).toMatchObject({ field: 'cursor' });
    });

    it('leaves out suspended and withdrawn listings', async () => {
      const key = word();
      const suspended = await listing({ legalName: `Moldes ${key} Uno` });
      const withdrawn = await listing({ legalName: `Moldes ${key} Dos` });
      await dataSource.query(`UPDATE supplier_profiles SET state = 'suspended' WHERE id = $1`, [suspended.supplierId]);
      await dataSource.query(`UPDATE supplier_profiles SET state = 'withdrawn' WHERE id = $1`, [withdrawn.supplierId]);
      expect((await search(`q=moldes%20${key}`)).items).toEqual([]);
      // Withdrawn with nothing to lead to: gone.
      expect((await call('GET', `/api/v1/suppliers/${withdrawn.supplierId}`)).status).toBe(404);
    });
  });

  describe('the public view of a listing', () => {
    it('shows the sources, SCIAN, activity text and every fact as the registry’s', async () => {
      const found = await listing({ declaredCertifications: ['cert.iso-9001'] });
      const view = await ok('GET', `/api/v1/suppliers/${found.supplierId}`);
      expect(view.profile.legalName).toBe(found.facts.legalName);
      expect(view.listing).toMatchObject({
        claimed: false,
        sources: [{ registry: 'RETC', id: found.sourceId, removed: false, merge: null }],
        scian: found.facts.scian,
        activityText: found.facts.activityText,
        declaredCertifications: ['cert.iso-9001'],
      });
      expect(Object.values(view.listing.factOrigins)).toEqual(Array(11).fill('registry'));
    });

    it('lets admins suspend and unsuspend an unclaimed listing, and refuses documents for it', async () => {
      const found = await listing();
      expect((await ok('POST', `/api/v1/admin/suppliers/${found.supplierId}/suspend`, { token: admin.token })).state).toBe('suspended');
      expect((await call('GET', `/api/v1/suppliers/${found.supplierId}`)).status).toBe(404);
      expect((await ok('GET', `/api/v1/suppliers/${found.supplierId}`, { token: admin.token })).internal).toMatchObject({ organizationId: null, state: 'suspended' });
      expect((await ok('POST', `/api/v1/admin/suppliers/${found.supplierId}/unsuspend`, { token: admin.token })).state).toBe('published');
      const upload = await call('POST', `/api/v1/admin/suppliers/${found.supplierId}/documents?kind=audit_report&name=visit.pdf`, { token: admin.token, raw: PDF });
      expect([upload.status, upload.body.error.code]).toEqual([409, 'LISTING_UNCLAIMED']);
      expect((await call('POST', `/api/v1/admin/suppliers/${found.supplierId}/verify-rfc`, { token: admin.token })).status).toBe(400);
      expect((await ok('POST', `/api/v1/admin/suppliers/${(await listing({ rfc: RFC })).supplierId}/verify-rfc`, { token: admin.token })).rfcVerifiedAt).not.toBeNull();
    });
  });

  describe('claiming', () => {
    it('takes an e-mail at the listing’s website (or a subdomain of it) and refuses others', async () => {
      const host = `${word().toLowerCase()}.com.mx`;
      const found = await listing({ website: `https://www.${host}/contacto` });
      const stranger = await actor('supplier', { email: `ana@gmail-${word().toLowerCase()}.com` });
      const refused = await claim(stranger, found.supplierId, { evidence: 'email_domain' });
      expect([refused.status, refused.body.error.code, refused.body.error.details[0]]).toEqual([
        400,
        'CLAIM_EVIDENCE_MISMATCH',
        expect.objectContaining({ field: 'evidence', issue: 'email_domain_mismatch' }),
      ]);
      const insider = await actor('supplier', { email: `ana@ventas.${host}` });
      const made = await claim(insider, found.supplierId, { evidence: 'email_domain', note: 'Somos la planta de Jesús María.' });
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({
        supplierId: found.supplierId,
        listingName: found.facts.tradeName,
        organizationId: insider.organizationId,
        state: 'pending',
        evidence: { kind: 'email_domain', emailDomain: `ventas.${host}`, websiteDomain: host },
        note: 'Somos la planta de Jesús María.',
        decision: null,
      });
      expect(await reviewItemOf(made.body.id)).toBeDefined();
      const again = await claim(insider, found.supplierId, { evidence: 'email_domain' });
      expect([again.status, again.body.error.code]).toEqual([409, 'CLAIM_ALREADY_PENDING']);

      const noWebsite = await claim(insider, (await listing({ website: null })).supplierId, { evidence: 'email_domain' });
      expect([noWebsite.status, noWebsite.body.error.details[0].issue]).toEqual([400, 'listing_has_no_website']);
    });

    it('takes the listing’s RFC, refuses another or a malformed one, and records one for a listing without RFC', async () => {
      const withRfc = await listing({ rfc: RFC });
      const claimant = await actor('supplier', { language: 'es' });
      const wrong = await call('POST', `/api/v1/suppliers/${withRfc.supplierId}/claims`, { token: claimant.token, body: { evidence: 'rfc', rfc: OTHER_RFC }, language: 'es' });
      expect([wrong.status, wrong.body.error.code, wrong.body.error.details[0].field, wrong.body.error.message]).toEqual([
        400,
        'CLAIM_EVIDENCE_MISMATCH',
        'rfc',
        'La evidencia no coincide con este listado.',
      ]);
      const malformed = await claim(claimant, withRfc.supplierId, { evidence: 'rfc', rfc: 'NOT-AN-RFC' });
      expect([malformed.status, malformed.body.error.code, malformed.body.error.details[0].field]).toEqual([400, 'VALIDATION_FAILED', 'rfc']);
      const missing = await claim(claimant, withRfc.supplierId, { evidence: 'rfc' });
      expect([missing.status, missing.body.error.details[0]]).toEqual([400, expect.objectContaining({ field: 'rfc', issue: 'required' })]);
      const right = await claim(claimant, withRfc.supplierId, { evidence: 'rfc', rfc: 'mat 050101 ab8' });
      expect([right.status, right.body.evidence]).toEqual([201, { kind: 'rfc', rfc: RFC }]);

      const withoutRfc = await claim(claimant, (await listing({ rfc: null })).supplierId, { evidence: 'rfc', rfc: OTHER_RFC });
      expect([withoutRfc.status, withoutRfc.body.evidence]).toEqual([201, { kind: 'rfc', rfc: OTHER_RFC }]);
    });

    it('takes a document of the claimant’s own organization; another organization’s is 404', async () => {
      const found = await listing();
      const claimant = await actor('supplier');
      const other = await actor('supplier');
      const own = await ok('POST', '/api/v1/supplier-profile/documents?kind=other&name=constancia.pdf', { token: claimant.token, raw: PDF }, 201);
      const foreign = await ok('POST', '/api/v1/supplier-profile/documents?kind=other&name=ajeno.pdf', { token: other.token, raw: PDF }, 201);
      const refused = await claim(claimant, found.supplierId, { evidence: 'document', documentId: foreign.id });
      expect([refused.status, refused.body.error.details[0].field]).toEqual([404, 'documentId']);
      const made = await claim(claimant, found.supplierId, { evidence: 'document', documentId: own.id });
      expect([made.status, made.body.evidence]).toEqual([201, { kind: 'document', documentId: own.id, documentName: 'constancia.pdf' }]);
    });

    it('is for supplier owners, and only of published directory listings', async () => {
      const found = await listing();
      const buyer = await actor('buyer');
      expect((await claim(buyer, found.supplierId, { evidence: 'rfc', rfc: RFC })).status).toBe(403);
      const claimant = await actor('supplier');
      expect((await claim(claimant, randomUUID(), { evidence: 'rfc', rfc: RFC })).status).toBe(404);
      // A profile its owner wrote is no listing.
      await ok('PUT', '/api/v1/supplier-profile', { token: claimant.token, body: { legalName: 'Propia SA', description: { es: 'Propia' } } });
      const own = await ok('GET', '/api/v1/supplier-profile', { token: claimant.token });
      expect((await claim(claimant, own.supplierId, { evidence: 'rfc', rfc: RFC })).status).toBe(404);
      const bad = await claim(claimant, found.supplierId, { evidence: 'fax' });
      expect([bad.status, bad.body.error.details[0].field]).toEqual([400, 'evidence']);
    });
  });

  describe('deciding', () => {
    it('makes the listing the profile of an organization that had none; the owner edits it through review and the changed facts read as the owner’s', async () => {
      const found = await listing({ rfc: null });
      const claimant = await actor('supplier', { language: 'es', name: 'Aluliq Dueña' });
      // The organization opened its (empty) profile before claiming.
      await ok('GET', '/api/v1/supplier-profile', { token: claimant.token });
      const made = await claim(claimant, found.supplierId, { evidence: 'rfc', rfc: RFC });
      const item = await reviewItemOf(made.body.id);
      const detail = await ok('GET', `/api/v1/admin/reviews/${item}`, { token: admin.token });
      expect(detail.comparison.find((row: { field: string }) => row.field === 'legalName')).toMatchObject({ published: found.facts.legalName, proposed: null });
      expect(detail.comparison.find((row: { field: string }) => row.field === 'organization')).toMatchObject({ proposed: 'Aluliq Dueña' });
      expect(detail.comparison.find((row: { field: string }) => row.field === 'evidence')).toMatchObject({ proposed: { kind: 'rfc', rfc: RFC, listingId: found.supplierId } });
      await ok('POST', `/api/v1/admin/reviews/${item}/approve`, { token: admin.token, body: { note: 'Constancia revisada.' } });

      const own = await ok('GET', '/api/v1/supplier-profile', { token: claimant.token });
      expect(own).toMatchObject({ supplierId: found.supplierId, organizationId: claimant.organizationId, state: 'published' });
      expect(own.draft.plants.map((plant: { id: string }) => plant.id)).toEqual([found.plantId]);
      const [claimed] = await ok('GET', '/api/v1/supplier-claims', { token: claimant.token }).then((body) => body.data);
      expect(claimed).toMatchObject({ id: made.body.id, state: 'approved', decision: { reasonCode: null, note: 'Constancia revisada.' } });
      expect((await noticesOf(claimant.organizationId, 'supplier.claim-approved')).map((notice) => notice.params)).toEqual([
        { organizationName: 'Aluliq Dueña', listingName: found.facts.tradeName },
      ]);
      const publicView = await ok('GET', `/api/v1/suppliers/${found.supplierId}`);
      expect(publicView.listing.claimed).toBe(true);
      expect(publicView.listing.factOrigins.tradeName).toBe('registry');

      // The owner edits the listing's data through the normal editor and review.
      const draft = own.draft;
      await ok('PUT', '/api/v1/supplier-profile', {
        token: claimant.token,
        body: {
          legalName: draft.legalName,
          tradeName: 'ALULIQ',
          rfc: RFC,
          rfcShownChars: 3,
          description: { es: draft.description.es, en: 'Aluminium die casting' },
          processes: draft.processes,
          languages: ['es', 'en'],
        },
      });
      expect((await ok('GET', `/api/v1/suppliers/${found.supplierId}`)).profile.tradeName).toBe(found.facts.tradeName);
      await ok('POST', '/api/v1/supplier-profile/submit', { token: claimant.token });
      await ok('POST', `/api/v1/admin/reviews/${await reviewItemOf(found.supplierId)}/approve`, { token: admin.token, body: {} });
      const edited = await ok('GET', `/api/v1/suppliers/${found.supplierId}`);
      expect(edited.profile.tradeName).toBe('ALULIQ');
      expect(edited.listing.factOrigins).toMatchObject({ tradeName: 'owner', rfc: 'owner', description: 'owner', legalName: 'registry', plants: 'registry', processes: 'registry' });
      expect(edited.listing.sources).toEqual([{ registry: 'RETC', id: found.sourceId, removed: false, merge: null }]);

      const late = await claim(await actor('supplier'), found.supplierId, { evidence: 'rfc', rfc: RFC });
      expect([late.status, late.body.error.code]).toEqual([409, 'LISTING_ALREADY_CLAIMED']);
    });

    it('moves the plant into an organization’s published profile, withdraws the listing and leads its old link there', async () => {
      const found = await listing();
      const claimant = await actor('supplier', { name: 'Grupo Publicado' });
      await ok('PUT', '/api/v1/supplier-profile', {
        token: claimant.token,
        body: { legalName: 'Grupo Publicado SA de CV', rfc: OTHER_RFC, description: { es: 'Fundición de aluminio' }, languages: ['es'] },
      });
      await ok('POST', '/api/v1/supplier-profile/plants', { token: claimant.token, body: { name: 'Planta Norte', state: 'Nuevo León', municipality: 'Apodaca' } }, 201);
      const submitted = await ok('POST', '/api/v1/supplier-profile/submit', { token: claimant.token });
      await ok('POST', `/api/v1/admin/reviews/${await reviewItemOf(submitted.supplierId)}/approve`, { token: admin.token, body: {} });

      const made = await claim(claimant, found.supplierId, { evidence: 'rfc', rfc: OTHER_RFC });
      await ok('POST', `/api/v1/admin/reviews/${await reviewItemOf(made.body.id)}/approve`, { token: admin.token, body: {} });

      const [row] = await dataSource.query(`SELECT state, merged_into, organization_id FROM supplier_profiles WHERE id = $1`, [found.supplierId]);
      expect(row).toEqual({ state: 'withdrawn', merged_into: submitted.supplierId, organization_id: null });
      const oldLink = await ok('GET', `/api/v1/suppliers/${found.supplierId}`);
      expect(oldLink.supplierId).toBe(submitted.supplierId);
      expect(oldLink.profile.plants.map((plant: { name: string }) => plant.name)).toEqual(['Planta Norte', found.facts.plant.name]);
      expect(oldLink.listing).toMatchObject({ claimed: true, sources: [{ registry: 'RETC', id: found.sourceId }] });
      // The owner's name and plants are the owner's; the registry's plant alone no longer describes the profile.
      expect(oldLink.listing.factOrigins).toMatchObject({ legalName: 'owner', plants: 'owner' });
      const own = await ok('GET', '/api/v1/supplier-profile', { token: claimant.token });
      expect(own.state).toBe('published');
      expect(own.draft.plants.map((plant: { id: string }) => plant.id)).toContain(found.plantId);
      expect((await call('GET', `/api/v1/directory/listings?q=${encodeURIComponent(String(found.facts.legalName))}`)).body.items.map((item: { supplierId: string }) => item.supplierId)).not.toContain(found.supplierId);
    });

    it('rejects a claim: the listing stays unclaimed and the claimant reads the reason in its language', async () => {
      const found = await listing();
      const claimant = await actor('supplier', { language: 'es', name: 'Rechazada SA' });
      const made = await claim(claimant, found.supplierId, { evidence: 'rfc', rfc: RFC });
      await ok('POST', `/api/v1/admin/reviews/${await reviewItemOf(made.body.id)}/reject`, { token: admin.token, body: { reasonCode: 'unverifiable_rfc', note: 'El RFC no aparece en el SAT.' } });
      expect((await ok('GET', `/api/v1/suppliers/${found.supplierId}`)).listing.claimed).toBe(false);
      const [mine] = (await ok('GET', '/api/v1/supplier-claims', { token: claimant.token })).data;
      expect(mine).toMatchObject({
        state: 'rejected',
        decision: { reasonCode: 'unverifiable_rfc', reasonText: { en: 'The RFC could not be verified.', es: 'No se pudo verificar el RFC.' }, note: 'El RFC no aparece en el SAT.' },
      });
      expect((await noticesOf(claimant.organizationId, 'supplier.claim-rejected')).map((notice) => notice.params.reason)).toEqual([
        'No se pudo verificar el RFC. — El RFC no aparece en el SAT.',
      ]);
      // Asking for changes makes no sense for a claim: refused, nothing decided.
      const second = await claim(claimant, found.supplierId, { evidence: 'rfc', rfc: RFC });
      const item = await reviewItemOf(second.body.id);
      const changes = await call('POST', `/api/v1/admin/reviews/${item}/request-changes`, { token: admin.token, body: { reasonCode: 'incomplete_information' } });
      expect([changes.status, changes.body.error.code]).toEqual([409, 'CLAIM_INVALID_TRANSITION']);
      expect(await reviewItemOf(second.body.id)).toBe(item);
    });

    it('shows competing claims together; approving one rejects and tells the other, and a second approval is impossible', async () => {
      const found = await listing();
      const first = await actor('supplier', { name: 'Primera SA' });
      const second = await actor('supplier', { name: 'Segunda SA', language: 'es' });
      const firstClaim = (await claim(first, found.supplierId, { evidence: 'rfc', rfc: RFC })).body;
      const secondClaim = (await claim(second, found.supplierId, { evidence: 'rfc', rfc: OTHER_RFC })).body;

      const listed = await ok('GET', `/api/v1/admin/suppliers/${found.supplierId}/claims`, { token: admin.token });
      expect(listed.data.map((item: { id: string }) => item.id)).toEqual([secondClaim.id, firstClaim.id]);
      const firstItem = await reviewItemOf(firstClaim.id);
      const secondItem = await reviewItemOf(secondClaim.id);
      const detail = await ok('GET', `/api/v1/admin/reviews/${firstItem}`, { token: admin.token });
      expect(detail.comparison.filter((row: { field: string }) => row.field.startsWith('competingClaims'))).toEqual([
        expect.objectContaining({ field: 'competingClaims[0]', proposed: expect.objectContaining({ claimId: secondClaim.id, organizationName: 'Segunda SA' }) }),
      ]);

      await ok('POST', `/api/v1/admin/reviews/${firstItem}/approve`, { token: admin.token, body: {} });
      const [lost] = (await ok('GET', '/api/v1/supplier-claims', { token: second.token })).data;
      expect(lost).toMatchObject({ id: secondClaim.id, state: 'rejected', decision: { reasonCode: 'duplicate_listing' } });
      expect((await ok('GET', `/api/v1/admin/reviews/${secondItem}`, { token: admin.token })).item).toMatchObject({ state: 'rejected', reasonCode: 'duplicate_listing' });
      expect((await noticesOf(second.organizationId, 'supplier.claim-rejected')).map((notice) => notice.params.reason)).toEqual(['Esta empresa ya tiene un perfil en Puente.']);
      const again = await call('POST', `/api/v1/admin/reviews/${secondItem}/approve`, { token: admin.token, body: {} });
      expect([again.status, again.body.error.code]).toEqual([409, 'REVIEW_ALREADY_DECIDED']);
      const [{ approved }] = await dataSource.query(`SELECT count(*)::int AS approved FROM listing_claims WHERE listing_id = $1 AND state = 'approved'`, [found.supplierId]);
      expect(approved).toBe(1);
    });

    it('approves one of two competing claims decided at the same moment, and the other answers 409', async () => {
      for (let round = 0; round < 3; round += 1) {
        const found = await listing();
        const claims = [];
        for (const name of ['Paralela Uno', 'Paralela Dos']) claims.push((await claim(await actor('supplier', { name: `${name} ${word()}` }), found.supplierId, { evidence: 'rfc', rfc: RFC })).body);
        const items = [await reviewItemOf(claims[0].id), await reviewItemOf(claims[1].id)];
        const answers = await Promise.all(items.map((item) => call('POST', `/api/v1/admin/reviews/${item}/approve`, { token: admin.token, body: {} })));
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
        const states = await dataSource.query(`SELECT state FROM listing_claims WHERE listing_id = $1 ORDER BY state`, [found.supplierId]);
        expect(states.map((row: { state: string }) => row.state)).toEqual(['approved', 'rejected']);
        // Whichever lost can still be closed: rejecting it records the decision on its item.
        const loser = items[answers.findIndex((answer) => answer.status === 409)];
        const open = await dataSource.query(`SELECT id FROM review_items WHERE id = $1 AND state = 'open'`, [loser]);
        if (open.length > 0) await ok('POST', `/api/v1/admin/reviews/${loser}/reject`, { token: admin.token, body: { reasonCode: 'duplicate_listing' } });
        expect((await dataSource.query(`SELECT state FROM review_items WHERE id = ANY($1) ORDER BY state`, [items])).map((row: { state: string }) => row.state)).toEqual([
          'approved',
          'rejected',
        ]);
      }
    });

    it('refuses a second approval of one listing even when its claim is still open', async () => {
      const found = await listing();
      const first = await actor('supplier');
      const made = (await claim(first, found.supplierId, { evidence: 'rfc', rfc: RFC })).body;
      // Another claim's approval reached the listing first (as if decided through another path).
      await dataSource.query(`UPDATE supplier_profiles SET organization_id = $1 WHERE id = $2`, [(await actor('supplier')).organizationId, found.supplierId]);
      const approve = await call('POST', `/api/v1/admin/reviews/${await reviewItemOf(made.id)}/approve`, { token: admin.token, body: {} });
      expect([approve.status, approve.body.error.code]).toEqual([409, 'LISTING_ALREADY_CLAIMED']);
      expect((await ok('GET', '/api/v1/supplier-claims', { token: first.token })).data[0].state).toBe('pending');
    });

    it('lets the claimant withdraw a pending claim; its review item goes, and each organization sees only its own claims', async () => {
      const found = await listing();
      const claimant = await actor('supplier');
      const other = await actor('supplier');
      const made = (await claim(claimant, found.supplierId, { evidence: 'rfc', rfc: RFC })).body;
      const otherClaim = (await claim(other, found.supplierId, { evidence: 'rfc', rfc: RFC })).body;
      expect((await call('POST', `/api/v1/supplier-claims/${made.id}/withdraw`, { token: other.token })).status).toBe(404);
      expect((await ok('POST', `/api/v1/supplier-claims/${made.id}/withdraw`, { token: claimant.token })).state).toBe('withdrawn');
      expect(await dataSource.query(`SELECT id FROM review_items WHERE subject_id = $1`, [made.id])).toEqual([]);
      const again = await call('POST', `/api/v1/supplier-claims/${made.id}/withdraw`, { token: claimant.token });
      expect([again.status, again.body.error.details[0].issue]).toEqual([409, 'withdraw_from_withdrawn']);
      expect((await ok('GET', '/api/v1/supplier-claims', { token: claimant.token })).data.map((item: { id: string }) => item.id)).toEqual([made.id]);
      expect((await ok('GET', '/api/v1/supplier-claims', { token: other.token })).data.map((item: { id: string }) => item.id)).toEqual([otherClaim.id]);
      // Withdrawn, the organization may claim again.
      expect((await claim(claimant, found.supplierId, { evidence: 'rfc', rfc: RFC })).status).toBe(201);
      const [{ actions }] = await dataSource.query(
        `SELECT array_agg(action ORDER BY id) AS actions FROM audit_events WHERE target_id = $1`,
        [made.id],
      );
      expect(actions).toEqual(['supplier.claim_requested', 'supplier.claim_withdrawn']);
    });
  });
});
