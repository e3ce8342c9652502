import { Injectable } from '@nestjs/common';
import { AuditLog } from '@puente/identity';
import { Clock, OutboxPublisher } from '@puente/platform';
import { mexicoCityDate } from '@puente/suppliers';
import type { EntityManager } from 'typeorm';
import type { RfqAttachment } from '../entities/rfq-attachment.entity';
import type { RfqLine } from '../entities/rfq-line.entity';
import { RfqVersion, type RfqFieldChange } from '../entities/rfq-version.entity';
import { Rfq } from '../entities/rfq.entity';
import { rfqRequirement } from '../matching/rfq-requirement';
import { rfqDeadlineSet, rfqPublished } from '../rfq-topics';
import { RfqNotices } from './rfq-notices';
import { rfqSnapshot, snapshotChanges, type RfqSnapshot } from './rfq-snapshot';

export interface Actor {
  userId: string;
  organizationId: string;
}

/** Changes that alter whom the RFQ should go to: the fan-out runs again (it only adds invitations). */
const MATCHING_FIELDS = /^(?:title|description|certifications|deliveryZip|invitedSupplierIds|lines\[\d+\](?:\.(?:partName|processes|materials|quantities|unit))?)$/;

/**
 * Publishing versions of an RFQ: version 1 at publish, one more per amendment. Each writes the version
 * row, refreshes the matching requirement, and announces itself through the outbox in the same
 * transaction (the fan-out on `rfqPublished`, the closing job on `rfqDeadlineSet`).
 */
@Injectable()
export class RfqPublication {
  constructor(
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditLog,
    private readonly notices: RfqNotices,
    private readonly clock: Clock,
  ) {}

  /** draft -> open. The caller has locked the RFQ and checked it is complete. */
  async publish(manager: EntityManager, rfq: Rfq, lines: readonly RfqLine[], attachments: readonly RfqAttachment[], actor: Actor, ip: string | null): Promise<void> {
    const now = this.clock.now();
    rfq.state = 'open';
    rfq.version = 1;
    // An acceptance is of one NDA version; the first published text is version 1.
    rfq.ndaVersion = 1;
    rfq.publishedAt = now;
    rfq.updatedAt = now;
    rfq.requirement = this.requirement(rfq, lines, now);
    await manager.save(Rfq, rfq);
    await this.writeVersion(manager, rfq, rfqSnapshot(rfq, lines, attachments), [], null, actor, now);
    await this.outbox.publish(manager, rfqPublished, { rfqId: rfq.id, version: rfq.version });
    await this.outbox.publish(manager, rfqDeadlineSet, { rfqId: rfq.id, quoteDeadline: rfq.quoteDeadline!.toISOString() });
    await this.audit.record(manager, {
      action: 'rfq.published',
      actor,
      organizationId: rfq.buyerOrganizationId,
      target: { type: 'rfq', id: rfq.id },
      before: { state: 'draft' },
      after: { state: 'open', version: 1, quoteDeadline: rfq.quoteDeadline!.toISOString(), visibility: rfq.visibility },
      ip,
    });
  }

  /**
   * An open RFQ changed: a new version when anything suppliers see moved (none otherwise), its notices
   * and, as needed, a moved deadline and a new fan-out. Answers the changes.
   */
  async amend(
    manager: EntityManager,
    rfq: Rfq,
    before: RfqSnapshot,
    lines: readonly RfqLine[],
    attachments: readonly RfqAttachment[],
    note: string | null,
    actor: Actor,
    ip: string | null,
  ): Promise<RfqFieldChange[]> {
    const after = rfqSnapshot(rfq, lines, attachments);
    const changes = snapshotChanges(before, after);
    if (changes.length === 0) return changes;
    const now = this.clock.now();
    const fields = changes.map((change) => change.field);
    // Suppliers accepted the words they read: new words (or a newly required NDA) need a new acceptance.
    if (fields.includes('ndaText') || (fields.includes('ndaRequired') && rfq.ndaRequired)) rfq.ndaVersion += 1;
    rfq.version += 1;
    rfq.updatedAt = now;
    rfq.requirement = this.requirement(rfq, lines, now);
    await manager.save(Rfq, rfq);
    await this.writeVersion(manager, rfq, after, changes, note, actor, now);
    if (fields.includes('quoteDeadline')) {
      await this.outbox.publish(manager, rfqDeadlineSet, { rfqId: rfq.id, quoteDeadline: rfq.quoteDeadline!.toISOString() });
    }
    if (fields.some((field) => MATCHING_FIELDS.test(field))) await this.outbox.publish(manager, rfqPublished, { rfqId: rfq.id, version: rfq.version });
    await this.audit.record(manager, {
      action: 'rfq.amended',
      actor,
      organizationId: rfq.buyerOrganizationId,
      target: { type: 'rfq', id: rfq.id },
      after: { version: rfq.version, fields, note },
      ip,
    });
    await this.notices.amended(manager, rfq);
    return changes;
  }

  private async writeVersion(manager: EntityManager, rfq: Rfq, data: RfqSnapshot, changes: RfqFieldChange[], note: string | null, actor: Actor, now: Date): Promise<void> {
    const row = manager.create(RfqVersion, { rfqId: rfq.id, version: rfq.version, data: { ...data }, changes, note, createdBy: actor.userId, createdAt: now });
    await manager.save(RfqVersion, row);
  }

  private requirement(rfq: Rfq, lines: readonly RfqLine[], now: Date): unknown {
    return rfqRequirement({
      title: rfq.title,
      description: rfq.description,
      certifications: rfq.certifications,
      deliveryZip: rfq.deliveryZip,
      asOf: rfq.needBy ?? mexicoCityDate(now),
      lines: [...lines].sort((a, b) => a.position - b.position),
    });
  }
}
