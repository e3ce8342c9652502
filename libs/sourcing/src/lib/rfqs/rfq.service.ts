import { Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, Clock } from '@puente/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { RfqReadAccess } from '../access/rfq-read-access';
import { RfqAttachment } from '../entities/rfq-attachment.entity';
import { RfqLine } from '../entities/rfq-line.entity';
import { Rfq } from '../entities/rfq.entity';
import type { RfqListView, RfqView } from '../rfq-views';
import { applyRfqInput, saveRfqLines } from './apply-rfq-input';
import { assertOpenForWrites } from './assert-open-for-writes';
import { assertPickableSuppliers } from './buyer-picks';
import { lockOwnRfq } from './own-rfq';
import { assertComplete } from './rfq-completeness';
import type { RfqInput, RfqPatch } from './rfq-input';
import { assertValidRfqInput } from './rfq-input-check';
import { listRfqs, type RfqListQuery } from './rfq-list';
import { RfqPublication } from './rfq-publication';
import { rfqSnapshot } from './rfq-snapshot';
import { assertTransition } from './rfq-transitions';
import { RfqViewLoader } from './rfq-view.loader';

/** A buyer's RFQ from draft to open: create, edit (an amendment once open), publish, read, list. */
@Injectable()
export class RfqService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RfqReadAccess,
    private readonly views: RfqViewLoader,
    private readonly publication: RfqPublication,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, input: RfqInput & { title: string }, origin: RequestOrigin): Promise<RfqView> {
    assertValidRfqInput(input);
    return this.dataSource.transaction(async (manager) => {
      if (input.invitedSupplierIds) await assertPickableSuppliers(manager, input.invitedSupplierIds);
      const now = this.clock.now();
      const rfq = manager.create(Rfq, {
        buyerOrganizationId: principal.organizationId,
        createdBy: principal.userId,
        state: 'draft',
        version: 0,
        title: input.title,
        description: '',
        descriptionLanguage: principal.language,
        annualVolume: null,
        targetUnitPrice: null,
        currency: 'USD',
        certifications: [],
        hsCode: null,
        deliveryZip: null,
        incoterm: null,
        incotermPlace: null,
        needBy: null,
        quoteDeadline: null,
        ndaRequired: false,
        ndaText: null,
        ndaVersion: 0,
        visibility: 'public',
        bidding: 'sealed',
        quoteCap: null,
        buyerPicks: [],
        processes: [],
        requirement: null,
        publishedAt: null,
        closedAt: null,
        closedReason: null,
        cancelledAt: null,
        cancelReason: null,
        createdAt: now,
        updatedAt: now,
      });
      applyRfqInput(rfq, input);
      await manager.save(Rfq, rfq);
      if (input.lines) {
        await saveRfqLines(manager, rfq, input.lines);
        await manager.update(Rfq, { id: rfq.id }, { processes: rfq.processes });
      }
      await this.audit.record(manager, {
        action: 'rfq.created',
        actor: principal,
        organizationId: principal.organizationId,
        target: { type: 'rfq', id: rfq.id },
        after: { title: rfq.title },
        ip: origin.ip,
      });
      return this.viewFor(manager, principal, rfq.id);
    });
  }

  /** A draft is edited in place; an open RFQ is amended (a new version its suppliers are told about). */
  async update(principal: Principal, rfqId: string, patch: RfqPatch, origin: RequestOrigin): Promise<RfqView> {
    const { amendmentNote, ...input } = patch;
    assertValidRfqInput(input);
    return this.dataSource.transaction(async (manager) => {
      const rfq = await lockOwnRfq(manager, principal, rfqId);
      assertTransition('edit', rfq.state);
      if (input.bidding !== undefined && input.bidding !== rfq.bidding) assertTransition('change_bidding', rfq.state, 'bidding');
      const now = this.clock.now();
      if (rfq.state === 'open') {
        assertOpenForWrites(rfq, now);
        // An amendment is published to suppliers at once, like the first version.
        if (!principal.emailVerified) throw new AppError('EMAIL_NOT_VERIFIED');
      }
      if (input.invitedSupplierIds) await assertPickableSuppliers(manager, input.invitedSupplierIds);
      const attachments = await manager.find(RfqAttachment, { where: { rfqId }, order: { createdAt: 'ASC', id: 'ASC' } });
      const before = rfqSnapshot(rfq, await manager.find(RfqLine, { where: { rfqId }, order: { position: 'ASC' } }), attachments);
      applyRfqInput(rfq, input);
      const lines = input.lines ? await saveRfqLines(manager, rfq, input.lines) : await manager.find(RfqLine, { where: { rfqId }, order: { position: 'ASC' } });
      if (rfq.state === 'draft') {
        rfq.updatedAt = now;
        await manager.save(Rfq, rfq);
        await this.audit.record(manager, {
          action: 'rfq.updated',
          actor: principal,
          organizationId: rfq.buyerOrganizationId,
          target: { type: 'rfq', id: rfq.id },
          after: { fields: Object.keys(input) },
          ip: origin.ip,
        });
      } else {
        const deadlineMoved = before.quoteDeadline !== (rfq.quoteDeadline?.toISOString() ?? null);
        assertComplete(rfq, lines, now, deadlineMoved);
        await this.publication.amend(manager, rfq, before, lines, attachments, amendmentNote ?? null, principal, origin.ip);
      }
      return this.viewFor(manager, principal, rfq.id);
    });
  }

  async publish(principal: Principal, rfqId: string, origin: RequestOrigin): Promise<RfqView> {
    return this.dataSource.transaction(async (manager) => {
      const rfq = await lockOwnRfq(manager, principal, rfqId);
      assertTransition('publish', rfq.state);
      const lines = await manager.find(RfqLine, { where: { rfqId }, order: { position: 'ASC' } });
      assertComplete(rfq, lines, this.clock.now());
      // A pick may have been suspended or withdrawn since the draft was saved.
      await assertPickableSuppliers(manager, rfq.buyerPicks);
      const attachments = await manager.find(RfqAttachment, { where: { rfqId }, order: { createdAt: 'ASC', id: 'ASC' } });
      await this.publication.publish(manager, rfq, lines, attachments, principal, origin.ip);
      return this.viewFor(manager, principal, rfq.id);
    });
  }

  /** 404 unless the caller may read it; a supplier behind the NDA gate gets the gated view. */
  get(principal: Principal, rfqId: string): Promise<RfqView> {
    return this.viewFor(this.dataSource.manager, principal, rfqId);
  }

  list(principal: Principal, query: RfqListQuery): Promise<RfqListView> {
    return listRfqs(this.dataSource.manager, principal, query);
  }

  async viewFor(manager: EntityManager, principal: Principal, rfqId: string): Promise<RfqView> {
    return this.views.load(manager, await this.access.resolve(principal, rfqId, manager), principal);
  }
}
