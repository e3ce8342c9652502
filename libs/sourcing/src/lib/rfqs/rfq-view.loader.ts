import { Injectable } from '@nestjs/common';
import type { Principal } from '@puente/identity';
import { MoreThan, type EntityManager } from 'typeorm';
import type { RfqReading } from '../access/rfq-read-access';
import { Quote } from '../entities/quote.entity';
import { RfqAttachment } from '../entities/rfq-attachment.entity';
import { RfqInvitation } from '../entities/rfq-invitation.entity';
import { RfqLine } from '../entities/rfq-line.entity';
import { RfqVersion } from '../entities/rfq-version.entity';
import type { RfqView } from '../rfq-views';
import { rfqView } from './rfq-view';

/** Reads what an RfqView shows besides the RFQ row: lines, files, amendments, the buyer's name, the caller's invitation and quote. */
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
    return rfqView({ reading, buyerName: buyer?.name ?? '', lines, attachments, amendments, invitation, ownQuote });
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
