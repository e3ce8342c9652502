import { Injectable } from '@nestjs/common';
import type { Principal } from '@puente/identity';
import { DataSource } from 'typeorm';
import { hasQuoted } from '../access/invited-organizations';
import { RfqReadAccess } from '../access/rfq-read-access';
import { rfqNotFound } from '../access/rfq-not-found';
import { AwardViewLoader } from './award-view.loader';
import type { RfqAwardsView } from './award-views';

/** The RFQ's awards: its buyer and admins all of them; a supplier organization that quoted, its own; anyone else 404. */
@Injectable()
export class RfqAwardsReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RfqReadAccess,
    private readonly views: AwardViewLoader,
  ) {}

  async forRfq(principal: Principal, rfqId: string): Promise<RfqAwardsView> {
    const manager = this.dataSource.manager;
    const { rfq, role } = await this.access.resolve(principal, rfqId, manager);
    if (role !== 'supplier') return this.views.load(manager, rfq, 'all');
    if (!(await hasQuoted(manager, rfqId, principal.organizationId))) throw rfqNotFound();
    return this.views.load(manager, rfq, { supplierOrganizationId: principal.organizationId });
  }
}
