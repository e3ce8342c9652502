import { Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { Clock } from '@puente/platform';
import { DataSource } from 'typeorm';
import { SupplierRating } from '../entities/supplier-rating.entity';
import { ratingAlreadyReplied, ratingNotFound } from './rating-errors';
import type { RatingReplyInput } from './rating-input';
import { RatingNotices } from './rating-notices';
import type { SupplierRatingView } from './rating-views';
import { supplierRatingView } from './rating-view';

/** The rated supplier organization answers a rating once, publicly; the buyer organization is told. */
@Injectable()
export class RatingReplyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: RatingNotices,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async reply(principal: Principal, ratingId: string, input: RatingReplyInput, origin: RequestOrigin): Promise<SupplierRatingView> {
    return this.dataSource.transaction(async (manager) => {
      const owned = await manager.existsBy(SupplierRating, { id: ratingId, supplierOrganizationId: principal.organizationId });
      if (!owned) throw ratingNotFound();
      // Conditional on no reply yet: of two replies racing, the second updates nothing and is refused.
      const now = this.clock.now();
      const [rows]: [Array<{ id: string }>, number] = await manager.query(
        'UPDATE supplier_ratings SET reply = $2, replied_by = $3, replied_at = $4 WHERE id = $1 AND reply IS NULL RETURNING id',
        [ratingId, input.text, principal.userId, now],
      );
      if (rows.length === 0) throw ratingAlreadyReplied();
      const rating = await manager.findOneByOrFail(SupplierRating, { id: ratingId });
      await this.audit.record(manager, {
        action: 'rating.replied',
        actor: principal,
        organizationId: rating.supplierOrganizationId,
        target: { type: 'supplier_rating', id: rating.id },
        after: { rfqId: rating.rfqId, quoteId: rating.quoteId, replyLength: input.text.length },
        ip: origin.ip,
      });
      const [names]: Array<{ rfq_title: string; supplier_name: string }> = await manager.query(
        'SELECT r.title AS rfq_title, o.name AS supplier_name FROM rfqs r, organizations o WHERE r.id = $1 AND o.id = $2',
        [rating.rfqId, rating.supplierOrganizationId],
      );
      await this.notices.replied(manager, rating, { rfqTitle: names?.rfq_title ?? '', supplierName: names?.supplier_name ?? '' });
      return supplierRatingView(rating);
    });
  }
}
