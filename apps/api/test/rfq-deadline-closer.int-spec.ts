import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from '@puente/identity';
import { NotificationsModule } from '@puente/notifications';
import { Clock, dataSourceOptions, PlatformCoreModule } from '@puente/platform';
import { RfqDeadlineCloser, rfqDeadlineCloserProviders, SOURCING_ENTITIES } from '@puente/sourcing';
import { FakeClock, identityFactory, insertDirectoryListing, suiteDatabase, type SuiteDatabase } from '@puente/testing';
import { DataSource } from 'typeorm';

/** Wired as the worker wires it (`rfqDeadlineCloserProviders`), on a database of its own and a clock the test moves. */
describe('RfqDeadlineCloser (PostgreSQL, a fake clock)', () => {
  let app: INestApplicationContext;
  let database: SuiteDatabase;
  let dataSource: DataSource;
  let closer: RfqDeadlineCloser;
  let buyerOrganizationId: string;
  let supplierOrganizationId: string;
  let supplierId: string;
  let userId: string;
  const deadline = new Date('2026-12-10T17:00:00.000Z');
  const clock = new FakeClock(new Date(deadline.getTime() - 1));

  beforeAll(async () => {
    database = await suiteDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions({ url: database.url, applicationName: 'rfq-closer-int-spec' }), entities: [...SOURCING_ENTITIES, AuditEvent] }),
        PlatformCoreModule,
        NotificationsModule.forRoot({ publicWebUrl: 'https://puente.example' }),
      ],
      providers: rfqDeadlineCloserProviders('https://puente.example'),
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    app = moduleRef;
    dataSource = app.get(DataSource);
    closer = app.get(RfqDeadlineCloser);
    const factory = identityFactory(dataSource);
    buyerOrganizationId = (await factory.organization({ name: 'Lone Star Robotics' })).id;
    userId = (await factory.user(buyerOrganizationId)).userId;
    supplierOrganizationId = (await factory.organization({ kind: 'supplier', name: 'Maquinados del Bajío', country: 'MX', language: 'es' })).id;
    supplierId = (await insertDirectoryListing(dataSource)).supplierId;
    await dataSource.query('UPDATE supplier_profiles SET organization_id = $1 WHERE id = $2', [supplierOrganizationId, supplierId]);
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function openRfq(quoteDeadline: Date, state = 'open'): Promise<string> {
    const [{ id }] = await dataSource.query(
      `INSERT INTO rfqs (buyer_organization_id, created_by, state, version, title, quote_deadline, published_at, created_at, updated_at)
       VALUES ($1, $2, $3, 1, 'Brackets', $4, now(), now(), now()) RETURNING id`,
      [buyerOrganizationId, userId, state, quoteDeadline],
    );
    await dataSource.query(`INSERT INTO rfq_invitations (rfq_id, supplier_id, supplier_organization_id, source, state, created_at) VALUES ($1, $2, $3, 'match', 'invited', now())`, [
      id,
      supplierId,
      supplierOrganizationId,
    ]);
    return id;
  }

  const stateOf = async (rfqId: string) => (await dataSource.query('SELECT state, closed_reason, closed_at FROM rfqs WHERE id = $1', [rfqId]))[0];

  it('leaves an RFQ open one millisecond before its deadline, and closes it for that reason once the clock reaches it', async () => {
    const rfqId = await openRfq(deadline);
    clock.set(new Date(deadline.getTime() - 1));
    expect(await closer.closeIfDue(rfqId)).toBe(false);
    expect((await stateOf(rfqId)).state).toBe('open');

    clock.set(new Date(deadline.getTime() + 1_000));
    expect(await closer.closeIfDue(rfqId)).toBe(true);
    expect(await stateOf(rfqId)).toEqual({ state: 'closed', closed_reason: 'deadline', closed_at: new Date(deadline.getTime() + 1_000) });
    const audit = await dataSource.query(`SELECT action, actor_user_id FROM audit_events WHERE target_id = $1`, [rfqId]);
    expect(audit).toEqual([{ action: 'rfq.closed', actor_user_id: null }]);
    const notices = await dataSource.query(
      `SELECT payload FROM outbox_messages WHERE topic = 'notifications.notification.requested' AND payload->>'type' LIKE 'rfq.closed%' AND payload->'params'->>'rfqUrl' LIKE $1 ORDER BY id`,
      [`%${rfqId}`],
    );
    type Notice = { payload: { type: string; recipients: unknown; params: { rfqUrl: string; reason: string; quoteCount?: number } } };
    expect(notices.map(({ payload }: Notice) => [payload.type, payload.recipients, payload.params.rfqUrl, payload.params.reason, payload.params.quoteCount])).toEqual([
      // The buyer hears how many quotes it holds; the suppliers never get a count.
      ['rfq.closed-to-buyer', [{ organizationId: buyerOrganizationId }], `https://puente.example/rfqs/${rfqId}`, 'deadline', 0],
      ['rfq.closed', [{ organizationId: supplierOrganizationId }], `https://puente.example/opportunities/${rfqId}`, 'deadline', undefined],
    ]);
  });

  it('closes once however often or concurrently it is asked, and never an RFQ that is not open', async () => {
    clock.set(new Date(deadline.getTime() + 60_000));
    const rfqId = await openRfq(deadline);
    const results = await Promise.all([closer.closeIfDue(rfqId), closer.closeIfDue(rfqId), closer.closeIfDue(rfqId)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await closer.closeIfDue(rfqId)).toBe(false);
    const cancelled = await openRfq(deadline, 'cancelled');
    expect(await closer.closeIfDue(cancelled)).toBe(false);
    expect((await stateOf(cancelled)).state).toBe('cancelled');
    expect(await closer.closeIfDue('6f1c1d1e-0000-4000-8000-000000000000')).toBe(false);
  });

  it('sweeps every open RFQ past its deadline and leaves the rest', async () => {
    clock.set(new Date(deadline.getTime() + 3_600_000));
    const overdue = [await openRfq(new Date(deadline.getTime() - 5_000)), await openRfq(deadline)];
    const ahead = await openRfq(new Date(deadline.getTime() + 7_200_000));
    const closed = await closer.closeOverdue();
    expect(closed).toEqual(expect.arrayContaining(overdue));
    expect(closed).not.toContain(ahead);
    expect((await stateOf(ahead)).state).toBe('open');
    expect(await closer.closeOverdue()).toEqual([]);
  });
});
