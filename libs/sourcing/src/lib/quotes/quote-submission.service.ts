import { Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, Clock } from '@puente/platform';
import { mexicoCityDate } from '@puente/suppliers';
import { DataSource, type EntityManager } from 'typeorm';
import { RfqReadAccess } from '../access/rfq-read-access';
import { rfqNotFound } from '../access/rfq-not-found';
import { QuoteAttachment } from '../entities/quote-attachment.entity';
import { QuoteRevision } from '../entities/quote-revision.entity';
import { Quote } from '../entities/quote.entity';
import { RfqLine } from '../entities/rfq-line.entity';
import { Rfq } from '../entities/rfq.entity';
import { assertOpenForWrites } from '../rfqs/assert-open-for-writes';
import { RfqClosing } from '../rfqs/rfq-closing';
import type { QuoteContent } from './quote-content';
import { assertValidQuote, type QuoteCheckContext } from './quote-content-check';
import { activeQuoteCount } from './quote-counts';
import type { QuoteInput } from './quote-input';
import { QuoteNotices } from './quote-notices';
import { QuoteViewLoader } from './quote-view.loader';
import type { QuoteView } from './quote-views';
import { quotingSupplier, type QuotingSupplier } from './quoting-supplier';
import { SupplierActivityOutbox } from '../track-record/supplier-activity-outbox';

/**
 * A supplier organization sends its quote on an RFQ, or revises it: one transaction that holds the RFQ's
 * row lock from the first check to the last write, so the deadline, the revision it revises and the quote
 * cap are decided on what is committed, and two revisions racing run one after the other (the second
 * revises a revision that is no longer current: 409 QUOTE_VERSION_STALE, nothing lost).
 */
@Injectable()
export class QuoteSubmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RfqReadAccess,
    private readonly views: QuoteViewLoader,
    private readonly notices: QuoteNotices,
    private readonly closing: RfqClosing,
    private readonly activity: SupplierActivityOutbox,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  submit(principal: Principal, rfqId: string, input: QuoteInput, origin: RequestOrigin): Promise<QuoteView> {
    return this.dataSource.transaction(async (manager) => {
      const rfq = await manager.findOne(Rfq, { where: { id: rfqId }, lock: { mode: 'pessimistic_write' } });
      if (!rfq) throw rfqNotFound();
      const reading = await this.access.resolve(principal, rfqId, manager);
      const supplier = await quotingSupplier(manager, principal.organizationId);
      if (reading.gated) {
        throw new AppError('RFQ_NDA_REQUIRED', { details: [{ field: 'rfqId', issue: 'nda_not_accepted', message: `accept version ${rfq.ndaVersion} of the NDA first` }] });
      }
      const now = this.clock.now();
      assertOpenForWrites(rfq, now);
      const existing = await manager.findOneBy(Quote, { rfqId, supplierOrganizationId: principal.organizationId });
      const current = existing?.revision ?? 0;
      if (input.revises !== current) {
        throw new AppError('QUOTE_VERSION_STALE', {
          details: [{ field: 'revises', issue: 'stale', message: `your quote is at revision ${current}; reload it and revise revision ${current}` }],
        });
      }
      const content = assertValidQuote(input, await this.checkContext(manager, rfq, principal.organizationId, now));
      const reactivated = existing?.state !== 'active';
      const quote = await this.write(manager, rfq, existing, supplier, content, principal, now);
      await this.audit.record(manager, {
        action: existing ? 'quote.revised' : 'quote.submitted',
        actor: principal,
        organizationId: principal.organizationId,
        target: { type: 'quote', id: quote.id },
        // Never a price: the audit log is read by people the quote is sealed from.
        after: { rfqId, revision: quote.revision, currency: content.currency, lineCount: content.lines.length },
        ip: origin.ip,
      });
      await this.activity.suppliers(manager, [quote.supplierId], 'quoted');
      const activeCount = await activeQuoteCount(manager, rfqId);
      // The buyer hears of a quote once (and again when a withdrawn one comes back), not of every revision.
      if (reactivated) await this.notices.received(manager, rfq, supplier.name, activeCount);
      if (rfq.quoteCap !== null && activeCount >= rfq.quoteCap) await this.closing.close(manager, rfq, 'cap', null);
      const [view] = await this.views.views(manager, rfq, [quote]);
      return view;
    });
  }

  private async checkContext(manager: EntityManager, rfq: Rfq, organizationId: string, now: Date): Promise<QuoteCheckContext> {
    const rfqLines = await manager.find(RfqLine, { where: { rfqId: rfq.id }, order: { position: 'ASC' } });
    const plants: Array<{ id: string }> = await manager.query('SELECT id FROM supplier_plants WHERE organization_id = $1', [organizationId]);
    const attachments = await manager.find(QuoteAttachment, { where: { rfqId: rfq.id, organizationId }, select: { id: true } });
    return {
      rfqLines,
      plantIds: new Set(plants.map((plant) => plant.id)),
      attachmentIds: new Set(attachments.map((file) => file.id)),
      today: mexicoCityDate(now),
    };
  }

  /** The quote row (new at revision 1, or the next revision, active again if it was withdrawn) and its revision. */
  private async write(
    manager: EntityManager,
    rfq: Rfq,
    existing: Quote | null,
    supplier: QuotingSupplier,
    content: QuoteContent,
    principal: Principal,
    now: Date,
  ): Promise<Quote> {
    const quote =
      existing ??
      manager.create(Quote, {
        rfqId: rfq.id,
        supplierOrganizationId: principal.organizationId,
        supplierId: supplier.supplierId,
        revision: 0,
        submittedBy: principal.userId,
        submittedAt: now,
      });
    Object.assign(quote, {
      state: 'active',
      revision: quote.revision + 1,
      currency: content.currency,
      revisedAt: now,
      withdrawnBy: null,
      withdrawnAt: null,
    });
    await manager.save(Quote, quote);
    await manager.insert(QuoteRevision, { quoteId: quote.id, revision: quote.revision, rfqVersion: rfq.version, content, createdBy: principal.userId, createdAt: now });
    return quote;
  }
}
