import { Injectable } from '@nestjs/common';
import type { Principal } from '@puente/identity';
import { DataSource, In } from 'typeorm';
import { RfqReadAccess } from '../access/rfq-read-access';
import { rfqNotFound } from '../access/rfq-not-found';
import { SupplierRating } from '../entities/supplier-rating.entity';
// The invitations' page boundary (creation time and id) serves any newest-first list.
import { decodeInvitationCursor, encodeInvitationCursor } from '../invitations/invitation-cursor';
import type { ReceivedRatingPageView, RfqRatingsView } from './rating-list-views';
import { supplierRatingView } from './rating-view';

export interface ReceivedRatingQuery {
  cursor?: string;
  limit?: number;
}

/**
 * Reading ratings. An RFQ's: its buyer organization and admins all of them; a supplier organization only the
 * rating of its own awarded quote (one that was awarded nothing and never rated reads 404, as for a stranger).
 * A supplier organization's received ratings: its own only, newest first.
 */
@Injectable()
export class RatingReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RfqReadAccess,
  ) {}

  async forRfq(principal: Principal, rfqId: string): Promise<RfqRatingsView> {
    const manager = this.dataSource.manager;
    const { role } = await this.access.resolve(principal, rfqId, manager);
    if (role !== 'supplier') {
      const ratings = await manager.find(SupplierRating, { where: { rfqId }, order: { createdAt: 'ASC', id: 'ASC' } });
      return { rfqId, data: ratings.map(supplierRatingView) };
    }
    const [awarded]: unknown[] = await manager.query('SELECT 1 FROM rfq_awards WHERE rfq_id = $1 AND supplier_organization_id = $2 LIMIT 1', [rfqId, principal.organizationId]);
    if (!awarded) throw rfqNotFound();
    const own = await manager.find(SupplierRating, { where: { rfqId, supplierOrganizationId: principal.organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { rfqId, data: own.map(supplierRatingView) };
  }

  async received(principal: Principal, query: ReceivedRatingQuery): Promise<ReceivedRatingPageView> {
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeInvitationCursor(query.cursor) : null;
    const rows: Array<{ id: string; rfq_title: string; buyer_name: string; created_at: Date }> = await this.dataSource.query(
      `SELECT s.id, r.title AS rfq_title, o.name AS buyer_name, s.created_at
         FROM supplier_ratings s
         JOIN rfqs r ON r.id = s.rfq_id
         JOIN organizations o ON o.id = s.buyer_organization_id
        WHERE s.supplier_organization_id = $1
          AND ($2::timestamptz IS NULL OR (s.created_at, s.id) < ($2, $3::uuid))
        ORDER BY s.created_at DESC, s.id DESC
        LIMIT $4`,
      [principal.organizationId, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    const ratings = new Map((await this.dataSource.manager.findBy(SupplierRating, { id: In(page.map((row) => row.id)) })).map((rating) => [rating.id, rating]));
    const last = page[page.length - 1];
    return {
      data: page.flatMap((row) => {
        const rating = ratings.get(row.id);
        return rating ? [{ ...supplierRatingView(rating), rfqTitle: row.rfq_title, buyerName: row.buyer_name }] : [];
      }),
      nextCursor: rows.length > limit && last ? encodeInvitationCursor({ createdAt: last.created_at, id: last.id }) : null,
    };
  }
}
