import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Principal, RequestOrigin } from '@puente/identity';
import { NotificationsModule } from '@puente/notifications';
import { AppError, Clock, dataSourceOptions, FileStorageModule, PlatformCoreModule } from '@puente/platform';
import { FakeClock, identityFactory, suiteDatabase, temporaryDirectory, type SuiteDatabase } from '@puente/testing';
import type { INestApplicationContext } from '@nestjs/common';
import {
  ClaimReviewQueue,
  ProfileReviewQueue,
  ReviewReasonWords,
  SupplierDocumentsService,
  SupplierProfileService,
  SuppliersModule,
  type OwnProfileView,
  type ProfileDecisionInput,
  type ProfileInput,
} from '@puente/suppliers';
import { DataSource } from 'typeorm';

const ORIGIN: RequestOrigin = { ip: '127.0.0.1', userAgent: 'jest' };
const COMPLETE: ProfileInput = {
  legalName: 'Maquinados del Bajío SA de CV',
  tradeName: 'Maquinados del Bajío',
  rfc: 'mba980312jk4',
  rfcShownChars: 3,
  yearFounded: 1998,
  employeeBand: '51-200',
  languages: ['es', 'en'],
  description: { es: 'Maquinado CNC y troquelado de lámina para la industria automotriz.' },
  processes: ['proc.machining.cnc-machining'],
};
const PLANT = { name: 'Planta Irapuato', state: 'Guanajuato', municipality: 'Irapuato' };

/** Records what the submit transaction opened, as moderation's queue would store it. */
class RecordingQueue extends ProfileReviewQueue {
  opened: Array<{ subjectId: string; organizationId: string }> = [];
  async open(_manager: unknown, input: { subjectId: string; organizationId: string }): Promise<void> {
    this.opened.push({ subjectId: input.subjectId, organizationId: input.organizationId });
  }
}

class Reasons extends ReviewReasonWords {
  text(code: string, language: 'en' | 'es'): string {
    return `${code}:${language}`;
  }
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; status: number; details: Array<{ field?: string; issue: string }> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, status: error.status, details: error.details };
    throw error;
  }
  throw new Error('expected a failure');
}

describe('SupplierProfileService against PostgreSQL', () => {
  let database: SuiteDatabase;
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let profiles: SupplierProfileService;
  const clock = new FakeClock(new Date('2026-01-15T12:00:00Z'));
  const queue = new RecordingQueue();
  let factory: ReturnType<typeof identityFactory>;
  let admin: Principal;

  async function supplier(name: string, language: 'en' | 'es' = 'es'): Promise<Principal> {
    const organization = await factory.organization({ kind: 'supplier', name, country: 'MX', language });
    const user = await factory.user(organization.id, { role: 'owner', language });
    return principal(user.userId, organization.id, 'supplier');
  }
  function principal(userId: string, organizationId: string, kind: Principal['organizationKind']): Principal {
    return { userId, email: 'x@test.example', name: 'Tester', emailVerified: true, language: 'es', timeZone: 'America/Mexico_City', organizationId, organizationKind: kind, role: 'owner', sessionId: userId };
  }
  const decide = (state: ProfileDecisionInput['state'], reasonCode: string | null = null): ProfileDecisionInput => ({
    state,
    reasonCode,
    note: state === 'approved' ? null : 'Falta la dirección',
    decidedByUserId: admin.userId,
    decidedAt: clock.now(),
  });
  const applyDecision = (supplierId: string, decision: ProfileDecisionInput) => dataSource.transaction((manager) => profiles.applyDecision(supplierId, decision, manager));
  async function submitted(owner: Principal): Promise<string> {
    await profiles.updateDraft(owner, COMPLETE, ORIGIN);
    await profiles.addPlant(owner, PLANT, ORIGIN);
    return (await profiles.submit(owner, ORIGIN)).supplierId;
  }
  async function published(owner: Principal): Promise<string> {
    const supplierId = await submitted(owner);
    await applyDecision(supplierId, decide('approved'));
    return supplierId;
  }

  beforeAll(async () => {
    database = await suiteDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions({ url: database.url, applicationName: 'suppliers-int-spec' }), autoLoadEntities: true }),
        PlatformCoreModule,
        FileStorageModule.forRoot({ directory: temporaryDirectory('suppliers-files') }),
        NotificationsModule.forRoot({ publicWebUrl: 'http://puente.test' }),
        SuppliersModule.forRoot({
          moderation: [
            { provide: ProfileReviewQueue, useValue: queue },
            // Claims are tested in listing-claims.e2e-spec.ts with the real queue; here they are only wired.
            { provide: ClaimReviewQueue, useValue: queue },
            { provide: ReviewReasonWords, useClass: Reasons },
          ],
          settings: { uploadMaxBytes: 1_000, uploadQuotaBytes: 2_500 },
        }),
      ],
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    app = moduleRef;
    dataSource = app.get(DataSource);
    profiles = app.get(SupplierProfileService);
    factory = identityFactory(dataSource);
    const platform = await factory.platformOrganization();
    const adminUser = await factory.user(platform.id);
    admin = principal(adminUser.userId, platform.id, 'platform');
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('walks draft -> pending_review -> published, opening a review item and notifying the owners in their language', async () => {
    const owner = await supplier('Lifecycle SA', 'es');
    expect((await profiles.getOwn(owner)).state).toBe('draft');
    expect(await failure(profiles.submit(owner, ORIGIN))).toMatchObject({ code: 'PROFILE_INCOMPLETE', status: 400 });
    const supplierId = await submitted(owner);
    expect(queue.opened).toContainEqual({ subjectId: supplierId, organizationId: owner.organizationId });
    expect((await profiles.getOwn(owner)).state).toBe('pending_review');
    await applyDecision(supplierId, decide('approved'));
    const view = await profiles.getOwn(owner);
    expect(view).toMatchObject({ state: 'published', hasPendingRevision: false });
    expect(view.published?.legalName).toBe('Maquinados del Bajío SA de CV');
    const notices = await dataSource.query(
      `SELECT payload->>'type' AS type FROM outbox_messages WHERE payload->'recipients' @> $1::jsonb ORDER BY id`,
      [JSON.stringify([{ userId: (await dataSource.query(`SELECT user_id FROM memberships WHERE organization_id = $1`, [owner.organizationId]))[0].user_id }])],
    );
    expect(notices.map((row: { type: string }) => row.type)).toEqual(['supplier.profile-approved']);
    const actions = await dataSource.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY id`, [supplierId]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual([
      'supplier.profile_updated',
      'supplier.plant_added',
      'supplier.profile_submitted',
      'supplier.profile_approved',
    ]);
  });

  it('answers every invalid transition with 409 PROFILE_INVALID_TRANSITION and an issue naming it', async () => {
    const owner = await supplier('Transitions SA');
    const draftId = (await profiles.getOwn(owner)).supplierId;
    // From draft: no decision, no suspension (nothing published), no unsuspension.
    for (const state of ['approved', 'rejected', 'changes_requested'] as const) {
      expect(await failure(applyDecision(draftId, decide(state, 'incomplete_information')))).toMatchObject({ code: 'PROFILE_INVALID_TRANSITION', status: 409 });
    }
    expect((await failure(profiles.setSuspended(admin, draftId, true, ORIGIN))).details[0].issue).toBe('suspend_from_draft');
    expect((await failure(profiles.setSuspended(admin, draftId, false, ORIGIN))).details[0].issue).toBe('unsuspend_from_draft');
    // From pending_review: no second submit, no edit, no suspension.
    await submitted(owner);
    expect((await failure(profiles.submit(owner, ORIGIN))).details[0]).toMatchObject({ field: 'state', issue: 'submit_from_pending_review' });
    expect(await failure(profiles.updateDraft(owner, COMPLETE, ORIGIN))).toMatchObject({ code: 'PROFILE_UNDER_REVIEW', status: 409 });
    expect((await failure(profiles.setSuspended(admin, draftId, true, ORIGIN))).details[0].issue).toBe('suspend_from_pending_review');
    // From published: no submit without edits, no decision, no unsuspension.
    await applyDecision(draftId, decide('approved'));
    expect((await failure(profiles.submit(owner, ORIGIN))).details[0].issue).toBe('submit_from_published');
    expect((await failure(applyDecision(draftId, decide('approved')))).details[0].issue).toBe('approve_from_published');
    expect((await failure(profiles.setSuspended(admin, draftId, false, ORIGIN))).details[0].issue).toBe('unsuspend_from_published');
    // From suspended: no submit, no decision, no second suspension; unsuspending returns to published.
    await profiles.setSuspended(admin, draftId, true, ORIGIN);
    expect((await failure(profiles.submit(owner, ORIGIN))).details[0].issue).toBe('submit_from_suspended');
    expect((await failure(applyDecision(draftId, decide('rejected', 'x')))).details[0].issue).toBe('reject_from_suspended');
    expect((await failure(profiles.setSuspended(admin, draftId, true, ORIGIN))).details[0].issue).toBe('suspend_from_suspended');
    expect(await failure(profiles.view(draftId, null))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await profiles.setSuspended(admin, draftId, false, ORIGIN)).state).toBe('published');
    expect((await profiles.view(draftId, null)).profile?.legalName).toBe(COMPLETE.legalName);
  });

  it('sends a rejected profile back with its reason, and changes requested back to draft; both can be resubmitted', async () => {
    const owner = await supplier('Rejected SA', 'es');
    const supplierId = await submitted(owner);
    await applyDecision(supplierId, decide('rejected', 'incomplete_information'));
    expect(await profiles.getOwn(owner)).toMatchObject({ state: 'rejected', lastDecision: { state: 'rejected', reasonCode: 'incomplete_information' } });
    const [notice] = await dataSource.query(`SELECT payload FROM outbox_messages WHERE payload->>'type' = 'supplier.profile-rejected' ORDER BY id DESC LIMIT 1`);
    // The owner reads Spanish: the reason's words in Spanish, then the reviewer's note.
    expect(notice.payload.params.reason).toBe('incomplete_information:es — Falta la dirección');
    expect((await profiles.submit(owner, ORIGIN)).state).toBe('pending_review');
    await applyDecision(supplierId, decide('changes_requested', 'incomplete_information'));
    expect((await profiles.getOwn(owner)).state).toBe('draft');
    expect((await profiles.submit(owner, ORIGIN)).state).toBe('pending_review');
  });

  it('refuses a bad RFC, unknown vocabulary codes, languages and years, naming each field', async () => {
    const owner = await supplier('Validation SA');
    expect((await failure(profiles.updateDraft(owner, { ...COMPLETE, rfc: 'NOT-AN-RFC' }, ORIGIN))).details).toEqual([
      expect.objectContaining({ field: 'rfc', issue: 'format' }),
    ]);
    expect((await failure(profiles.updateDraft(owner, { ...COMPLETE, rfc: 'MBA981312JK4' }, ORIGIN))).details).toEqual([
      expect.objectContaining({ field: 'rfc', issue: 'date' }),
    ]);
    expect((await failure(profiles.updateDraft(owner, { ...COMPLETE, rfc: 'MBA980312JK5' }, ORIGIN))).details).toEqual([
      expect.objectContaining({ field: 'rfc', issue: 'check_digit' }),
    ]);
    const wrong = await failure(
      profiles.updateDraft(
        owner,
        { ...COMPLETE, processes: ['proc.machining.cnc-machining', 'mat.aluminum', 'proc.unknown'], languages: ['es', 'xx'], yearFounded: 2027, description: {} },
        ORIGIN,
      ),
    );
    expect(wrong.code).toBe('VALIDATION_FAILED');
    expect(wrong.details.map((detail) => `${detail.field}:${detail.issue}`).sort()).toEqual(
      ['description:required', 'languages[1]:unknown_language', 'processes[1]:unknown_code', 'processes[2]:unknown_code', 'yearFounded:out_of_range'].sort(),
    );
    const saved = await profiles.updateDraft(owner, COMPLETE, ORIGIN);
    expect(saved.draft.rfc).toBe('MBA980312JK4');
  });

  it('stores the precision of each plant, an explicit point overriding, and names an unknown municipality', async () => {
    const owner = await supplier('Plants SA');
    const named = (view: OwnProfileView, name: string) => view.draft.plants.find((plant) => plant.name === name);
    const irapuato = named(await profiles.addPlant(owner, PLANT, ORIGIN), PLANT.name);
    expect(irapuato).toMatchObject({ precision: 'municipality', stateCode: '11' });
    // The nearest land ports by road, nearest first, stored with the plant.
    expect(irapuato?.nearestPorts.length).toBeGreaterThan(0);
    expect(irapuato?.nearestPorts.map((port) => port.roadKm)).toEqual([...(irapuato?.nearestPorts ?? [])].map((port) => port.roadKm).sort((a, b) => a - b));
    expect(named(await profiles.addPlant(owner, { name: 'Bodega', state: 'Nuevo León' }, ORIGIN), 'Bodega')?.precision).toBe('state');
    const byPoint = await profiles.addPlant(owner, { ...PLANT, name: 'Patio', point: { lat: 20.7, lon: -101.35 } }, ORIGIN);
    expect(named(byPoint, 'Patio')).toMatchObject({ precision: 'point', lat: 20.7, lon: -101.35 });
    const stored = await dataSource.query(`SELECT precision FROM supplier_plants WHERE organization_id = $1 ORDER BY created_at, id`, [owner.organizationId]);
    expect(stored.map((row: { precision: string }) => row.precision).sort()).toEqual(['municipality', 'point', 'state']);
    expect((await failure(profiles.addPlant(owner, { name: 'X', state: 'Guanajuato', municipality: 'Springfield' }, ORIGIN))).details[0].field).toBe('municipality');
    expect((await failure(profiles.addPlant(owner, { name: 'X', state: 'Atlantis' }, ORIGIN))).details[0].field).toBe('state');
  });

  it('shows a certification past its valid-until as expired by the clock, and it stops counting for verification', async () => {
    const owner = await supplier('Certs SA');
    const supplierId = await published(owner);
    const expiring = await profiles.addCertification(owner, { type: 'cert.iso-9001', issuer: 'Expiring', validFrom: '2023-07-01', validUntil: '2026-06-30' }, ORIGIN);
    expect(expiring.draft.certifications[0].status).toBe('valid');
    const lasting = await profiles.addCertification(owner, { type: 'cert.iso-14001', issuer: 'Lasting', validUntil: '2030-01-01' }, ORIGIN);
    const lastingId = lasting.draft.certifications.find((item) => item.issuer === 'Lasting')?.id ?? '';
    expect(await failure(profiles.addCertification(owner, { type: 'cert.iso-9001', issuer: 'BV', validFrom: '2026-01-01', validUntil: '2025-01-01' }, ORIGIN))).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'validUntil', issue: 'before_valid_from' })],
    });
    clock.advance(60_000);
    await profiles.verifyRfc(admin, supplierId, ORIGIN);
    // The expiring certificate is current and unchecked: the documents are not verified yet.
    expect((await profiles.verifyCertification(admin, supplierId, lastingId, ORIGIN)).verificationLevel).toBe('email_verified');
    clock.set(new Date('2026-07-01T18:00:00Z'));
    try {
      const own = await profiles.getOwn(owner);
      expect(own.draft.certifications.find((item) => item.issuer === 'Expiring')?.status).toBe('expired');
      // The next write recomputes the level: the expired certificate no longer counts, the checked one does.
      expect((await profiles.verifyRfc(admin, supplierId, ORIGIN)).verificationLevel).toBe('documents_verified');
    } finally {
      clock.set(new Date('2026-01-15T12:00:00Z'));
    }
  });

  it('keeps the approved version public while a revision is edited and reviewed', async () => {
    const owner = await supplier('Revision SA');
    const supplierId = await published(owner);
    await profiles.updateDraft(owner, { ...COMPLETE, tradeName: 'Nuevo Nombre' }, ORIGIN);
    const own = await profiles.getOwn(owner);
    expect(own).toMatchObject({ state: 'draft', hasPendingRevision: true });
    expect((await profiles.view(supplierId, null)).profile?.tradeName).toBe('Maquinados del Bajío');
    await profiles.submit(owner, ORIGIN);
    expect((await profiles.view(supplierId, null)).profile?.tradeName).toBe('Maquinados del Bajío');
    const comparison = await dataSource.transaction((manager) => profiles.compare(supplierId, manager));
    expect(comparison.find((field) => field.field === 'tradeName')).toEqual({ field: 'tradeName', published: 'Maquinados del Bajío', proposed: 'Nuevo Nombre', changed: true });
    await applyDecision(supplierId, decide('approved'));
    expect((await profiles.view(supplierId, null)).profile?.tradeName).toBe('Nuevo Nombre');
  });

  it('shows anonymous readers and other tenants the published fields only; the owner and admins see everything', async () => {
    const owner = await supplier('Views SA');
    const other = await supplier('Other SA');
    const supplierId = await submitted(owner);
    expect(await failure(profiles.view(supplierId, null))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(profiles.view(supplierId, other))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await profiles.view(supplierId, owner)).internal?.state).toBe('pending_review');
    await applyDecision(supplierId, decide('approved'));
    await profiles.addCertification(owner, { type: 'cert.iso-9001', issuer: 'Public', validUntil: '2030-01-01' }, ORIGIN);
    await profiles.addCertification(owner, { type: 'cert.iatf-16949', issuer: 'Private', validUntil: '2030-01-01', public: false }, ORIGIN);
    await profiles.submit(owner, ORIGIN);
    await applyDecision(supplierId, decide('approved'));
    for (const reader of [null, other]) {
      const view = await profiles.view(supplierId, reader);
      expect(view.internal).toBeNull();
      expect(view.profile?.rfc).toBe('MBA******JK4');
      expect(view.profile?.certifications.map((item) => item.issuer)).toEqual(['Public']);
    }
    for (const reader of [owner, admin]) {
      const view = await profiles.view(supplierId, reader);
      expect(view.profile?.rfc).toBe('MBA980312JK4');
      expect(view.profile?.certifications.map((item) => item.issuer).sort()).toEqual(['Private', 'Public']);
      expect(view.internal?.supplierId).toBe(supplierId);
    }
  });

  it('keeps two supplier tenants apart: one cannot touch the other’s plants or certifications', async () => {
    const x = await supplier('Tenant X');
    const y = await supplier('Tenant Y');
    const plantId = (await profiles.addPlant(x, PLANT, ORIGIN)).draft.plants[0].id;
    const certificationId = (await profiles.addCertification(x, { type: 'cert.iso-9001', issuer: 'BV' }, ORIGIN)).draft.certifications[0].id;
    expect(await failure(profiles.updatePlant(y, plantId, PLANT, ORIGIN))).toMatchObject({ code: 'NOT_FOUND', details: [expect.objectContaining({ field: 'plantId' })] });
    expect(await failure(profiles.removePlant(y, plantId, ORIGIN))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(profiles.removeCertification(y, certificationId, ORIGIN))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await profiles.getOwn(y)).draft.plants).toEqual([]);
    expect((await profiles.getOwn(x)).draft.plants).toHaveLength(1);
  });

  describe('documents', () => {
    // Magic numbers: what the bytes are, whatever the name says.
    const pdf = (size = 200) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);
    const executable = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(100, 0)]);

    it('stores a PDF named .png as a PDF under a random key, and refuses an executable named .pdf', async () => {
      const owner = await supplier('Docs SA');
      const documents = app.get(SupplierDocumentsService);
      const stored = await documents.uploadOwn(owner, { kind: 'certificate', name: '../../etc/certificado.png', bytes: pdf() }, ORIGIN);
      expect(stored).toMatchObject({ contentType: 'application/pdf', sizeBytes: 200, name: 'certificado.png' });
      const [row] = await dataSource.query(`SELECT storage_key FROM supplier_documents WHERE id = $1`, [stored.id]);
      expect(row.storage_key).toMatch(/^supplier-documents\/[0-9a-f-]{36}$/);
      expect((await documents.download(owner, stored.id)).bytes.equals(pdf())).toBe(true);
      expect(await failure(documents.uploadOwn(owner, { kind: 'other', name: 'factura.pdf', bytes: executable }, ORIGIN))).toMatchObject({ code: 'UPLOAD_TYPE_NOT_ALLOWED', status: 415 });
      // A photo must be an image, even a real PDF is refused there.
      expect(await failure(documents.uploadOwn(owner, { kind: 'photo', name: 'planta.pdf', bytes: pdf() }, ORIGIN))).toMatchObject({ code: 'UPLOAD_TYPE_NOT_ALLOWED' });
      // Another tenant, and an anonymous reader, get 404 for it.
      expect(await failure(documents.download(await supplier('Snoop SA'), stored.id))).toMatchObject({ code: 'NOT_FOUND' });
      expect(await failure(documents.download(null, stored.id))).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('refuses a file over the size limit and one that would pass the organization’s quota', async () => {
      const owner = await supplier('Quota SA');
      const documents = app.get(SupplierDocumentsService);
      expect(await failure(documents.uploadOwn(owner, { kind: 'other', bytes: pdf(1_001) }, ORIGIN))).toMatchObject({ code: 'UPLOAD_TOO_LARGE', status: 413 });
      await documents.uploadOwn(owner, { kind: 'other', bytes: pdf(1_000) }, ORIGIN);
      await documents.uploadOwn(owner, { kind: 'other', bytes: pdf(1_000) }, ORIGIN);
      expect(await failure(documents.uploadOwn(owner, { kind: 'other', bytes: pdf(501) }, ORIGIN))).toMatchObject({ code: 'UPLOAD_QUOTA_EXCEEDED', status: 413 });
      await documents.uploadOwn(owner, { kind: 'other', bytes: pdf(500) }, ORIGIN);
      expect(await documents.listOwn(owner)).toHaveLength(3);
    });

    it('lets anyone download the certificate of a public certification on the published profile, nothing else', async () => {
      const owner = await supplier('Public Docs SA');
      const documents = app.get(SupplierDocumentsService);
      const certificate = await documents.uploadOwn(owner, { kind: 'certificate', name: 'iso.pdf', bytes: pdf() }, ORIGIN);
      const privateOne = await documents.uploadOwn(owner, { kind: 'certificate', name: 'iatf.pdf', bytes: pdf() }, ORIGIN);
      const supplierId = await submitted(owner);
      await applyDecision(supplierId, decide('approved'));
      await profiles.addCertification(owner, { type: 'cert.iso-9001', issuer: 'BV', documentId: certificate.id }, ORIGIN);
      await profiles.addCertification(owner, { type: 'cert.iatf-16949', issuer: 'TÜV', documentId: privateOne.id, public: false }, ORIGIN);
      // Not yet approved: the revision's certificates are not public.
      expect(await failure(documents.download(null, certificate.id, supplierId))).toMatchObject({ code: 'NOT_FOUND' });
      await profiles.submit(owner, ORIGIN);
      await applyDecision(supplierId, decide('approved'));
      expect((await documents.download(null, certificate.id, supplierId)).contentType).toBe('application/pdf');
      expect(await failure(documents.download(null, privateOne.id, supplierId))).toMatchObject({ code: 'NOT_FOUND' });
      expect((await documents.download(admin, privateOne.id)).name).toBe('iatf.pdf');
    });

    it('raises the level to site_audited when an admin attaches an audit report', async () => {
      const owner = await supplier('Audited SA');
      const supplierId = await published(owner);
      await profiles.verifyRfc(admin, supplierId, ORIGIN);
      expect((await profiles.getOwn(owner)).verificationLevel).toBe('documents_verified');
      expect(await failure(app.get(SupplierDocumentsService).uploadOwn(owner, { kind: 'audit_report', bytes: pdf() }, ORIGIN))).toMatchObject({ code: 'FORBIDDEN' });
      await app.get(SupplierDocumentsService).uploadForSupplier(admin, supplierId, { kind: 'audit_report', name: 'visita.pdf', bytes: pdf() }, ORIGIN);
      expect((await profiles.getOwn(owner)).verificationLevel).toBe('site_audited');
    });
  });
});
