import { Injectable } from '@nestjs/common';
import type { Principal } from '@puente/identity';
import { DataSource } from 'typeorm';
import type { SupplierInvitationListView } from '../rfq-views';
import type { InvitationState } from '../rfq-vocabulary';
import { decodeInvitationCursor, encodeInvitationCursor } from './invitation-cursor';
import { SUPPLIER_INVITATION_SQL, supplierInvitationView, type SupplierInvitationRow } from './supplier-invitation-view';

export interface SupplierInvitationQuery {
  state?: InvitationState;
  cursor?: string;
  limit?: number;
}

/**
 * A supplier organization's invitations: those whose supplier profile it owns NOW (a listing claimed after
 * it was invited brings its invitations along), newest first. Drafts never have invitations.
 */
@Injectable()
export class SupplierInvitationsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(principal: Principal, query: SupplierInvitationQuery): Promise<SupplierInvitationListView> {
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeInvitationCursor(query.cursor) : null;
    const rows: SupplierInvitationRow[] = await this.dataSource.query(
      `${SUPPLIER_INVITATION_SQL}
        WHERE p.organization_id = $1
          AND ($2::text IS NULL OR i.state = $2)
          AND ($3::timestamptz IS NULL OR (i.created_at, i.id) < ($3, $4::uuid))
        ORDER BY i.created_at DESC, i.id DESC
        LIMIT $5`,
      [principal.organizationId, query.state ?? null, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { data: page.map(supplierInvitationView), nextCursor: rows.length > limit && last ? encodeInvitationCursor({ createdAt: last.created_at, id: last.id }) : null };
  }
}
