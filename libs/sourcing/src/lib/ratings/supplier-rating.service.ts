import { Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { Clock } from '@puente/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { Quote } from '../entities/quote.entity';
import { SupplierRating } from '../entities/supplier-rating.entity';
import { lockOwnRfq } from '../rfqs/own-rfq';
import { isOneRatingPerQuoteViolation, quoteNotAwarded, ratingAlreadyGiven, ratingEditWindowClosed, ratingNotFound } from './rating-errors';
import { RATING_EDIT_DAYS, type RatingInput, type RatingPatch } from './rating-input';
import { RatingNotices } from './rating-notices';
import type { SupplierRatingView } from './rating-views';
import { supplierRatingView } from './rating-view';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The buyer's side of a rating: given once per awarded quote by the organization that awarded it (as the
 * award itself, any member), then changed until `editable_until`, judged on the platform clock.
 */
@Injectable()
export class SupplierRatingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: RatingNotices,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async rate(principal: Principal, rfqId: string, input: RatingInput, origin: RequestOrigin): Promise<SupplierRatingView> {
    try {
      return await this.dataSource.transaction((manager) => this.rateIn(manager, principal, rfqId, input, origin));
    } catch (error) {
      // The RFQ's row lock already orders two ratings of one RFQ; the constraint is the last word all the same.
      if (isOneRatingPerQuoteViolation(error)) throw ratingAlreadyGiven();
      throw error;
    }
  }

  private async rateIn(manager: EntityManager, principal: Principal, rfqId: string, input: RatingInput, origin: RequestOrigin): Promise<SupplierRatingView> {
    const rfq = await lockOwnRfq(manager, principal, rfqId);
    // "Awarded in this RFQ": at least one award row ties the quote to this RFQ (a quote of another RFQ never is).
    const [awarded]: Array<{ quote_id: string }> = await manager.query('SELECT quote_id FROM rfq_awards WHERE rfq_id = $1 AND quote_id = $2 LIMIT 1', [rfqId, input.quoteId]);
    if (!awarded) throw quoteNotAwarded();
    if (await manager.existsBy(SupplierRating, { quoteId: input.quoteId })) throw ratingAlreadyGiven();
    const quote = await manager.findOneByOrFail(Quote, { id: input.quoteId });

    const now = this.clock.now();
    const rating = manager.create(SupplierRating, {
      rfqId,
      quoteId: quote.id,
      supplierId: quote.supplierId,
      supplierOrganizationId: quote.supplierOrganizationId,
      buyerOrganizationId: rfq.buyerOrganizationId,
      quality: input.quality,
      communication: input.communication,
      onTime: input.onTime,
      comment: emptyToNull(input.comment),
      ratedBy: principal.userId,
      createdAt: now,
      updatedAt: now,
      editableUntil: new Date(now.getTime() + RATING_EDIT_DAYS * DAY_MS),
      reply: null,
      repliedBy: null,
      repliedAt: null,
    });
    await manager.insert(SupplierRating, rating);
    await this.audit.record(manager, {
      action: 'rating.given',
      actor: principal,
      organizationId: rfq.buyerOrganizationId,
      target: { type: 'supplier_rating', id: rating.id },
      after: { rfqId, quoteId: quote.id, supplierOrganizationId: quote.supplierOrganizationId, ...scores(rating), hasComment: rating.comment !== null },
      ip: origin.ip,
    });
    const [buyer]: Array<{ name: string }> = await manager.query('SELECT name FROM organizations WHERE id = $1', [rfq.buyerOrganizationId]);
    await this.notices.received(manager, rating, { rfqTitle: rfq.title, buyerName: buyer?.name ?? '' });
    return supplierRatingView(rating);
  }

  async edit(principal: Principal, ratingId: string, patch: RatingPatch, origin: RequestOrigin): Promise<SupplierRatingView> {
    return this.dataSource.transaction(async (manager) => {
      const rating = await manager.findOne(SupplierRating, { where: { id: ratingId, buyerOrganizationId: principal.organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!rating) throw ratingNotFound();
      const now = this.clock.now();
      if (now.getTime() >= rating.editableUntil.getTime()) throw ratingEditWindowClosed(rating.editableUntil);
      const before = { ...scores(rating), hasComment: rating.comment !== null };
      const change: Partial<SupplierRating> = { updatedAt: now };
      if (patch.quality !== undefined) change.quality = patch.quality;
      if (patch.communication !== undefined) change.communication = patch.communication;
      if (patch.onTime !== undefined) change.onTime = patch.onTime;
      if (patch.comment !== undefined) change.comment = emptyToNull(patch.comment);
      await manager.update(SupplierRating, { id: rating.id }, change);
      Object.assign(rating, change);
      await this.audit.record(manager, {
        action: 'rating.edited',
        actor: principal,
        organizationId: rating.buyerOrganizationId,
        target: { type: 'supplier_rating', id: rating.id },
        before,
        after: { ...scores(rating), hasComment: rating.comment !== null },
        ip: origin.ip,
      });
      return supplierRatingView(rating);
    });
  }
}

function scores(rating: Pick<SupplierRating, 'quality' | 'communication' | 'onTime'>): Record<string, number> {
  return { quality: rating.quality, communication: rating.communication, onTime: rating.onTime };
}

/** A blank comment is no comment (also how a PATCH clears one). */
function emptyToNull(comment: string | undefined): string | null {
  return comment === undefined || comment.trim() === '' ? null : comment;
}
