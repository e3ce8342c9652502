import { Injectable } from '@nestjs/common';
import type { Principal } from '@puente/identity';
import { MoreThan, type EntityManager } from 'typeorm';
import type { RfqReading } from '../access/rfq-read-access';
import { Quote } from '../entities/quote.entity';
import { RfqAttachment } from '../entities/rfq-attachment.entity';
import { RfqInvitation } from '../entities/rfq-invitation.entity';
import { RfqLine } from '../entities/rfq-line.entity';
import { RfqVersion } from '../entities/rfq-version.entity';
import type { RfqLineAwardView, RfqView } from '../rfq-views';
import { rfqView } from './rfq-view';

/** Reads what an RfqView shows besides the RFQ row: lines, files, amendments, the buyer's name, the caller's invitation and quote, the awards. */
@Injectable()
export class RfqViewLoader {
  async load(manager: EntityManager, reading: RfqReading, principal: Principal): Promise<RfqView> {
    const rfqId = reading.rfq.id;
    // One after another: the queries share the caller's transaction, and one pg connection runs one query at a time.
    const [buyer] = (await manager.query('SELECT name FROM organizations WHERE id = $1', [reading.rfq.buyerOrganizationId])) as Array<{ name: string }>;
    const lines = await manager.find(RfqLine, { where: { rfqId }, order: { position: 'ASC' } });
    const attachments = await manager.find(RfqAttachment, { where: { rfqId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const amendments = await manager.find(RfqVersion, { where: { rfqId, version: MoreThan(1) } });
    const supplier = reading.role === 'supplier';
    const invitation = supplier ? await this.ownInvitation(manager, rfqId, principal.organizationId) : null;
    // Only the caller organization's own quote: a supplier never learns of another's, nor how many there are.
    const ownQuote = supplier ? await manager.findOneBy(Quote, { rfqId, supplierOrganizationId: principal.organizationId }) : null;
    const awards = supplier ? [] : await this.awards(manager, rfqId);
    return rfqView({ reading, buyerName: buyer?.name ?? '', lines, attachments, amendments, invitation, ownQuote, awards });
  }

  /** Line -> supplier name: a supplier reads only its own awards, under /awards, so this is for the buyer and admins. */
  private async awards(manager: EntityManager, rfqId: string): Promise<RfqLineAwardView[]> {
    const rows: Array<{ rfq_line_id: string; name: string }> = await manager.query(
      `SELECT a.rfq_line_id, o.name FROM rfq_awards a
         JOIN rfq_lines l ON l.id = a.rfq_line_id JOIN organizations o ON o.id = a.supplier_organization_id
        WHERE a.rfq_id = $1 ORDER BY l.position`,
      [rfqId],
    );
    return rows.map((row) => ({ rfqLineId: row.rfq_line_id, supplierName: row.name }));
  }

  private async ownInvitation(manager: EntityManager, rfqId: string, organizationId: string): Promise<RfqInvitation | null> {
    return manager
      .createQueryBuilder(RfqInvitation, 'invitation')
      .innerJoin('supplier_profiles', 'profile', 'profile.id = invitation.supplier_id')
      .where('invitation.rfq_id = :rfqId AND profile.organization_id = :organizationId', { rfqId, organizationId })
      .orderBy('invitation.created_at', 'DESC')
      .getOne();
  }
}
