import { Injectable } from '@nestjs/common';
import { isAdmin, type Principal } from '@puente/identity';
import { DataSource, type EntityManager } from 'typeorm';
import { RfqNdaAcceptance } from '../entities/rfq-nda-acceptance.entity';
import { Rfq } from '../entities/rfq.entity';
import type { RfqReaderRole } from '../rfq-views';
import { hasQuoted, wasInvited } from './invited-organizations';
import { rfqNotFound } from './rfq-not-found';

/** Who is reading an RFQ, and whether the NDA gate stands between them and its content. */
export interface RfqReading {
  rfq: Rfq;
  role: RfqReaderRole;
  /** A supplier whose organization has not accepted the current NDA version of an RFQ that requires one. */
  gated: boolean;
  /** A supplier's acceptance of the current NDA version, if any. */
  ndaAcceptedAt: Date | null;
}

/**
 * The read rule of every RFQ route: the buyer organization that owns it; admins; a supplier organization
 * when the RFQ is public and open, or when it owns a supplier profile the RFQ invited, or when it quoted
 * on it. Anyone else: 404.
 */
@Injectable()
export class RfqReadAccess {
  constructor(private readonly dataSource: DataSource) {}

  async resolve(principal: Principal, rfqId: string, manager: EntityManager = this.dataSource.manager): Promise<RfqReading> {
    const rfq = await manager.findOneBy(Rfq, { id: rfqId });
    if (!rfq) throw rfqNotFound();
    if (isAdmin(principal)) return { rfq, role: 'admin', gated: false, ndaAcceptedAt: null };
    if (principal.organizationKind === 'buyer' && rfq.buyerOrganizationId === principal.organizationId) {
      return { rfq, role: 'buyer', gated: false, ndaAcceptedAt: null };
    }
    if (principal.organizationKind !== 'supplier' || !(await this.supplierMayRead(manager, rfq, principal.organizationId))) throw rfqNotFound();
    const acceptance = rfq.ndaRequired ? await manager.findOneBy(RfqNdaAcceptance, { rfqId, organizationId: principal.organizationId, ndaVersion: rfq.ndaVersion }) : null;
    return { rfq, role: 'supplier', gated: rfq.ndaRequired && !acceptance, ndaAcceptedAt: acceptance?.acceptedAt ?? null };
  }

  /**
   * For H2's routes too: may this supplier organization read the RFQ at all (the NDA gate aside)? An
   * organization that quoted on a public RFQ keeps reading it after it closes, as an invited one does.
   */
  async supplierMayRead(manager: EntityManager, rfq: Pick<Rfq, 'id' | 'state' | 'visibility'>, organizationId: string): Promise<boolean> {
    if (rfq.state === 'draft' || rfq.state === 'pending_review') return false;
    if (rfq.state === 'open' && rfq.visibility === 'public') return true;
    return (await wasInvited(manager, rfq.id, organizationId)) || (await hasQuoted(manager, rfq.id, organizationId));
  }
}
