import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Rfq } from '../entities/rfq.entity';
import type { RfqAwardsView } from './award-views';

interface AwardRow {
  id: string;
  rfq_line_id: string;
  position: number;
  part_name: string;
  quote_id: string;
  supplier_organization_id: string;
  supplier_name: string;
  reason: string | null;
  awarded_at: Date;
  comparison_frozen: boolean;
}

/** Reads an RFQ's awards as one caller may see them: all of them, or one supplier organization's own. */
@Injectable()
export class AwardViewLoader {
  async load(manager: EntityManager, rfq: Rfq, scope: { supplierOrganizationId: string } | 'all'): Promise<RfqAwardsView> {
    const own = scope !== 'all';
    const rows: AwardRow[] = await manager.query(
      `SELECT a.id, a.rfq_line_id, l.position, l.part_name, a.quote_id, a.supplier_organization_id, o.name AS supplier_name,
              a.reason, a.awarded_at, a.comparison IS NOT NULL AS comparison_frozen
         FROM rfq_awards a
         JOIN rfq_lines l ON l.id = a.rfq_line_id
         JOIN organizations o ON o.id = a.supplier_organization_id
        WHERE a.rfq_id = $1 AND ($2::uuid IS NULL OR a.supplier_organization_id = $2)
        ORDER BY l.position, a.id`,
      [rfq.id, own ? scope.supplierOrganizationId : null],
    );
    const closed: Array<{ id: string }> = own
      ? []
      : await manager.query('SELECT id FROM rfq_lines WHERE rfq_id = $1 AND closed_unawarded_at IS NOT NULL ORDER BY position', [rfq.id]);
    return {
      rfqId: rfq.id,
      state: rfq.state,
      awardedAt: rfq.awardedAt?.toISOString() ?? null,
      awards: rows.map((row) => ({
        id: row.id,
        rfqLineId: row.rfq_line_id,
        position: row.position,
        partName: row.part_name,
        quoteId: row.quote_id,
        supplier: { organizationId: row.supplier_organization_id, name: row.supplier_name },
        // The buyer's reasoning is its own record, not feedback to the supplier.
        reason: own ? null : row.reason,
        awardedAt: row.awarded_at.toISOString(),
        comparisonFrozen: row.comparison_frozen,
      })),
      closedUnawardedLineIds: closed.map((line) => line.id),
    };
  }
}
