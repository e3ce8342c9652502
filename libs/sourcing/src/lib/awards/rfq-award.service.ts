import { Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, Clock } from '@puente/platform';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import { QuoteRevision } from '../entities/quote-revision.entity';
import { Quote } from '../entities/quote.entity';
import { RfqAward } from '../entities/rfq-award.entity';
import { RfqLine } from '../entities/rfq-line.entity';
import { Rfq } from '../entities/rfq.entity';
import { quoteNotFound } from '../quotes/quote-errors';
import { lockOwnRfq } from '../rfqs/own-rfq';
import { assertTransition } from '../rfqs/rfq-transitions';
import { AwardComparison } from './award-comparison';
import type { AwardInput } from './award-input';
import { checkAwardedLines } from './award-lines-check';
import { AwardNotices } from './award-notices';
import { AwardViewLoader } from './award-view.loader';
import type { RfqAwardsView } from './award-views';
import { SupplierActivityOutbox } from '../track-record/supplier-activity-outbox';
import { isOneAwardPerLineViolation, lineAlreadyAwarded } from './line-already-awarded';

/**
 * The buyer awards lines of its closed RFQ to one quote; one call per quote splits lines between suppliers.
 * Everything happens under the RFQ's row lock, so two awards of one RFQ run one after the other; the
 * database's one-award-per-line constraint is the last word should anything else write awards.
 */
@Injectable()
export class RfqAwardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: AwardViewLoader,
    private readonly notices: AwardNotices,
    private readonly comparison: AwardComparison,
    private readonly activity: SupplierActivityOutbox,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async award(principal: Principal, rfqId: string, input: AwardInput, origin: RequestOrigin): Promise<RfqAwardsView> {
    try {
      return await this.dataSource.transaction((manager) => this.awardIn(manager, principal, rfqId, input, origin));
    } catch (error) {
      if (isOneAwardPerLineViolation(error)) throw lineAlreadyAwarded('lineIds');
      throw error;
    }
  }

  private async awardIn(manager: EntityManager, principal: Principal, rfqId: string, input: AwardInput, origin: RequestOrigin): Promise<RfqAwardsView> {
    const rfq = await lockOwnRfq(manager, principal, rfqId);
    assertTransition('award', rfq.state);
    const quote = await manager.findOneBy(Quote, { id: input.quoteId, rfqId });
    if (!quote) throw quoteNotFound('quoteId');
    if (quote.state !== 'active') {
      throw new AppError('VALIDATION_FAILED', { details: [{ field: 'quoteId', issue: `quote_${quote.state}`, message: `quoteId is ${quote.state}: only an active quote can be awarded` }] });
    }
    const lines = await manager.find(RfqLine, { where: { rfqId }, order: { position: 'ASC' } });
    const revision = await manager.findOneByOrFail(QuoteRevision, { quoteId: quote.id, revision: quote.revision });
    checkAwardedLines(input.lineIds, lines, revision.content);
    await this.refuseAwardedLines(manager, input.lineIds);

    const now = this.clock.now();
    await manager.insert(
      RfqAward,
      input.lineIds.map((rfqLineId) => ({
        rfqId,
        rfqLineId,
        quoteId: quote.id,
        supplierOrganizationId: quote.supplierOrganizationId,
        reason: input.reason ?? null,
        awardedBy: principal.userId,
        awardedAt: now,
      })),
    );
    // The comparison the award was made on, frozen with it (rates, assumptions, every quote's landed cost).
    const comparison = await this.comparison.freeze(manager, principal, rfq);
    if (comparison.snapshot) {
      await manager.query('UPDATE rfq_awards SET comparison = $1 WHERE rfq_line_id = ANY($2::uuid[])', [JSON.stringify(comparison.snapshot), input.lineIds]);
    }
    const closedLineIds = input.closeRemainingLines ? await this.closeRemaining(manager, rfqId, principal.userId, now) : [];
    await this.audit.record(manager, {
      action: 'rfq.lines-awarded',
      actor: principal,
      organizationId: rfq.buyerOrganizationId,
      target: { type: 'rfq', id: rfqId },
      after: {
        quoteId: quote.id,
        supplierOrganizationId: quote.supplierOrganizationId,
        lineIds: input.lineIds,
        closedUnawardedLineIds: closedLineIds,
        reason: input.reason ?? null,
        comparison: comparison.snapshot ? { frozenAt: comparison.snapshot.frozenAt } : { unavailable: comparison.unavailable },
      },
      ip: origin.ip,
    });

    const [buyer]: Array<{ name: string }> = await manager.query('SELECT name FROM organizations WHERE id = $1', [rfq.buyerOrganizationId]);
    const awardedNames = lines.filter((line) => input.lineIds.includes(line.id)).map((line) => line.partName);
    await this.notices.awarded(manager, rfq, quote.supplierOrganizationId, buyer?.name ?? '', awardedNames);
    await this.completeIfDecided(manager, principal, rfq, lines.length, origin);
    // The buyer has decided on every quote of the RFQ: each quoting supplier's award rate moves.
    await this.activity.quotedOn(manager, rfqId, 'awarded');
    return this.views.load(manager, rfq, 'all');
  }

  /** 409 LINE_ALREADY_AWARDED naming the first `lineIds.<i>` that has an award already. */
  private async refuseAwardedLines(manager: EntityManager, lineIds: string[]): Promise<void> {
    const awarded = await manager.find(RfqAward, { where: { rfqLineId: In(lineIds) }, select: { rfqLineId: true } });
    const taken = new Set(awarded.map((award) => award.rfqLineId));
    const index = lineIds.findIndex((lineId) => taken.has(lineId));
    if (index >= 0) throw lineAlreadyAwarded(`lineIds.${index}`);
  }

  /** Closes, unawarded, every line of the RFQ with neither an award nor a close; answers their ids. */
  private async closeRemaining(manager: EntityManager, rfqId: string, userId: string, now: Date): Promise<string[]> {
    // An UPDATE … RETURNING answers [rows, affected count] through TypeORM's query(), not the rows alone.
    const [rows]: [Array<{ id: string }>, number] = await manager.query(
      `UPDATE rfq_lines l SET closed_unawarded_at = $2, closed_unawarded_by = $3
        WHERE l.rfq_id = $1 AND l.closed_unawarded_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM rfq_awards a WHERE a.rfq_line_id = l.id)
        RETURNING l.id`,
      [rfqId, now, userId],
    );
    return rows.map((row) => row.id);
  }

  /** closed -> awarded once every line is awarded or closed unawarded; the buyer and the suppliers not selected are told. */
  private async completeIfDecided(manager: EntityManager, principal: Principal, rfq: Rfq, lineCount: number, origin: RequestOrigin): Promise<void> {
    const awards = await manager.find(RfqAward, { where: { rfqId: rfq.id } });
    const closedCount = await manager.count(RfqLine, { where: { rfqId: rfq.id, closedUnawardedAt: Not(IsNull()) } });
    if (awards.length + closedCount < lineCount) return;
    const now = this.clock.now();
    await manager.update(Rfq, { id: rfq.id }, { state: 'awarded', awardedAt: now, updatedAt: now });
    Object.assign(rfq, { state: 'awarded', awardedAt: now, updatedAt: now });
    await this.audit.record(manager, {
      action: 'rfq.awarded',
      actor: principal,
      organizationId: rfq.buyerOrganizationId,
      target: { type: 'rfq', id: rfq.id },
      before: { state: 'closed' },
      after: { state: 'awarded', awardedLineCount: awards.length, closedUnawardedLineCount: closedCount },
      ip: origin.ip,
    });
    const winners = new Set(awards.map((award) => award.supplierOrganizationId));
    const active = await manager.find(Quote, { where: { rfqId: rfq.id, state: 'active' }, select: { supplierOrganizationId: true } });
    const notSelected = [...new Set(active.map((quote) => quote.supplierOrganizationId))].filter((organizationId) => !winners.has(organizationId));
    await this.notices.rfqAwarded(manager, rfq, { awardedLineCount: awards.length, lineCount }, notSelected);
  }
}
