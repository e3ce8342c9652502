import { Injectable } from '@nestjs/common';
import type { Principal } from '@puente/identity';
import { DataSource, type EntityManager } from 'typeorm';
import { RfqReadAccess } from '../access/rfq-read-access';
import { rfqNotFound } from '../access/rfq-not-found';
import { Quote } from '../entities/quote.entity';
import { Rfq } from '../entities/rfq.entity';
import { quoteNotFound, quotesSealed } from './quote-errors';
import { quoteReadCondition, quotesUnsealed } from './quote-scope';
import { quoteReceiptView } from './quote-view';
import { QuoteViewLoader } from './quote-view.loader';
import type { QuoteView, RfqQuotesView } from './quote-views';

/**
 * Reading quotes. Sealing is decided in the queries: every query that loads quotes in full carries
 * `quoteReadCondition` (the quoting organization its own, the buyer its RFQs' once unsealed, admins all),
 * so no view code can show a price the query did not let through.
 */
@Injectable()
export class QuoteReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RfqReadAccess,
    private readonly views: QuoteViewLoader,
  ) {}

  /** The caller organization's own quote on the RFQ, every revision; 404 when it has none. */
  async own(principal: Principal, rfqId: string): Promise<QuoteView> {
    const manager = this.dataSource.manager;
    const quote = await manager.findOneBy(Quote, { rfqId, supplierOrganizationId: principal.organizationId });
    if (!quote) throw quoteNotFound('rfqId');
    const [view] = await this.views.views(manager, await manager.findOneByOrFail(Rfq, { id: rfqId }), [quote]);
    return view;
  }

  /** One quote: 404 unless the caller may read it; the RFQ's buyer 403 QUOTES_SEALED while sealed. */
  async byId(principal: Principal, quoteId: string): Promise<QuoteView> {
    const manager = this.dataSource.manager;
    const quote = await this.readableQuote(principal, quoteId);
    const [view] = await this.views.views(manager, await manager.findOneByOrFail(Rfq, { id: quote.rfqId }), [quote]);
    return view;
  }

  /** The quote if the caller may read it in full (for its documents and summary too); else as `byId` refuses. */
  async readableQuote(principal: Principal, quoteId: string): Promise<Quote> {
    const manager = this.dataSource.manager;
    const [quote] = await this.readable(manager, principal, { quoteId });
    if (quote) return quote;
    const [owner]: Array<{ buyer_organization_id: string }> = await manager.query(
      'SELECT r.buyer_organization_id FROM quotes q JOIN rfqs r ON r.id = q.rfq_id WHERE q.id = $1',
      [quoteId],
    );
    if (principal.organizationKind === 'buyer' && owner?.buyer_organization_id === principal.organizationId) throw quotesSealed();
    throw quoteNotFound();
  }

  /** The RFQ's quotes for its buyer (and admins): who quoted always, every quote in full once unsealed. Suppliers 404. */
  async forRfq(principal: Principal, rfqId: string): Promise<RfqQuotesView> {
    const manager = this.dataSource.manager;
    const { rfq, role } = await this.access.resolve(principal, rfqId, manager);
    if (role === 'supplier') throw rfqNotFound();
    const all = await manager.find(Quote, { where: { rfqId }, order: { submittedAt: 'ASC', id: 'ASC' } });
    const suppliers = await this.views.suppliers(manager, all);
    const full = await this.views.views(manager, rfq, await this.readable(manager, principal, { rfqId }));
    const sealed = !quotesUnsealed(rfq);
    return {
      rfqId,
      bidding: rfq.bidding,
      sealed,
      sealedUntil: sealed ? (rfq.quoteDeadline?.toISOString() ?? null) : null,
      activeCount: all.filter((quote) => quote.state === 'active').length,
      withdrawnCount: all.filter((quote) => quote.state === 'withdrawn').length,
      received: all.map((quote, index) => quoteReceiptView(quote, suppliers[index])),
      quotes: full.sort((a, b) => a.supplier.name.localeCompare(b.supplier.name) || a.id.localeCompare(b.id)),
    };
  }

  /** The quotes the caller may read in full, by id or by RFQ: the sealing rule is this query's WHERE. */
  private readable(manager: EntityManager, principal: Principal, by: { quoteId: string } | { rfqId: string }): Promise<Quote[]> {
    const query = manager
      .createQueryBuilder(Quote, 'q')
      .innerJoin(Rfq, 'r', 'r.id = q.rfq_id')
      .where(quoteReadCondition(principal, ':organizationId'), { organizationId: principal.organizationId });
    if ('quoteId' in by) query.andWhere('q.id = :quoteId', { quoteId: by.quoteId });
    else query.andWhere('q.rfq_id = :rfqId', { rfqId: by.rfqId });
    return query.getMany();
  }
}
