import { Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, Clock } from '@puente/platform';
import { DataSource } from 'typeorm';
import { rfqNotFound } from '../access/rfq-not-found';
import { Quote } from '../entities/quote.entity';
import { Rfq } from '../entities/rfq.entity';
import { assertOpenForWrites } from '../rfqs/assert-open-for-writes';
import { activeQuoteCount } from './quote-counts';
import { quoteNotFound } from './quote-errors';
import { QuoteNotices } from './quote-notices';
import { QuoteViewLoader } from './quote-view.loader';
import type { QuoteView } from './quote-views';
import { SupplierActivityOutbox } from '../track-record/supplier-activity-outbox';

/** The quoting organization takes its quote back while the RFQ is open; sending it again makes it active again. */
@Injectable()
export class QuoteWithdrawalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: QuoteViewLoader,
    private readonly notices: QuoteNotices,
    private readonly activity: SupplierActivityOutbox,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** active -> withdrawn, under the RFQ's row lock (a revision or the cap cannot interleave). */
  withdraw(principal: Principal, rfqId: string, origin: RequestOrigin): Promise<QuoteView> {
    return this.dataSource.transaction(async (manager) => {
      const rfq = await manager.findOne(Rfq, { where: { id: rfqId }, lock: { mode: 'pessimistic_write' } });
      if (!rfq) throw rfqNotFound();
      const quote = await manager.findOneBy(Quote, { rfqId, supplierOrganizationId: principal.organizationId });
      if (!quote) throw quoteNotFound('rfqId');
      const now = this.clock.now();
      assertOpenForWrites(rfq, now);
      if (quote.state !== 'active') {
        throw new AppError('QUOTE_INVALID_TRANSITION', {
          details: [{ field: 'state', issue: `withdraw_from_${quote.state}`, message: `the quote is already ${quote.state}` }],
        });
      }
      Object.assign(quote, { state: 'withdrawn', withdrawnBy: principal.userId, withdrawnAt: now });
      await manager.update(Quote, { id: quote.id }, { state: 'withdrawn', withdrawnBy: principal.userId, withdrawnAt: now });
      await this.audit.record(manager, {
        action: 'quote.withdrawn',
        actor: principal,
        organizationId: principal.organizationId,
        target: { type: 'quote', id: quote.id },
        before: { state: 'active' },
        after: { state: 'withdrawn', rfqId, revision: quote.revision },
        ip: origin.ip,
      });
      await this.activity.suppliers(manager, [quote.supplierId], 'withdrawn');
      const [view] = await this.views.views(manager, rfq, [quote]);
      await this.notices.withdrawn(manager, rfq, view.supplier.name, await activeQuoteCount(manager, rfqId));
      return view;
    });
  }
}
