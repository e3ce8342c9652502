import { Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, Clock } from '@puente/platform';
import { DataSource } from 'typeorm';
import { RfqReadAccess } from '../access/rfq-read-access';
import { RfqNdaAcceptance } from '../entities/rfq-nda-acceptance.entity';
import type { RfqView } from '../rfq-views';
import { RfqViewLoader } from '../rfqs/rfq-view.loader';

/**
 * A supplier organization accepts the NDA of an RFQ it may read: one acceptance per organization and NDA
 * version (who and when), audited; accepting again is a no-op. Answers the RFQ without the gate.
 */
@Injectable()
export class RfqNdaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RfqReadAccess,
    private readonly views: RfqViewLoader,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  accept(principal: Principal, rfqId: string, version: number, origin: RequestOrigin): Promise<RfqView> {
    return this.dataSource.transaction(async (manager) => {
      const { rfq } = await this.access.resolve(principal, rfqId, manager);
      if (rfq.ndaRequired) {
        // The supplier read one text; if the buyer changed it meanwhile, that acceptance is not of this one.
        if (version !== rfq.ndaVersion) {
          throw new AppError('RFQ_NDA_VERSION_STALE', {
            details: [{ field: 'version', issue: 'stale', message: `the current NDA is version ${rfq.ndaVersion}; read it and accept that version` }],
          });
        }
        const inserted: unknown[] = await manager
          .createQueryBuilder()
          .insert()
          .into(RfqNdaAcceptance)
          .values({ rfqId, organizationId: principal.organizationId, ndaVersion: version, acceptedBy: principal.userId, acceptedAt: this.clock.now() })
          .orIgnore()
          .returning(['rfqId'])
          .execute()
          .then((result) => result.raw as unknown[]);
        if (inserted.length > 0) {
          await this.audit.record(manager, {
            action: 'rfq.nda_accepted',
            actor: principal,
            organizationId: principal.organizationId,
            target: { type: 'rfq', id: rfqId },
            after: { ndaVersion: version, buyerOrganizationId: rfq.buyerOrganizationId },
            ip: origin.ip,
          });
        }
      }
      return this.views.load(manager, await this.access.resolve(principal, rfqId, manager), principal);
    });
  }
}
