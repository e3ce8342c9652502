import { Inject, Injectable, Logger } from '@nestjs/common';
import { NotificationService, rfqInvitationsSent, rfqInvited } from '@puente/notifications';
import { Clock } from '@puente/platform';
import type { Requirement } from '@puente/search';
import { mexicoCityDate } from '@puente/suppliers';
import type { EntityManager } from 'typeorm';
import { RfqLine } from '../entities/rfq-line.entity';
import { Rfq } from '../entities/rfq.entity';
import { lineRequirement, rfqRequirement } from '../matching/rfq-requirement';
import { rfqUrl } from '../rfqs/rfq-settings';
import { SOURCING_WORKER_SETTINGS, type SourcingWorkerSettings } from '../sourcing-settings';
import { selectInvitations } from './invitation-selection';
import { insertInvitations, markNotified, type InsertedInvitation } from './invitation-writer';
import { requirementInputOf } from './rfq-requirement-input';
import { SupplierMatches } from './supplier-matches';
import { SupplierActivityOutbox } from '../track-record/supplier-activity-outbox';

/**
 * Invites suppliers to a published RFQ and tells them. Runs in the consumer's transaction, so the
 * invitations, the notices' outbox rows and the inbox record commit together or not at all.
 *
 * Each published version is matched (an amendment that changes what is asked for, or adds buyer picks,
 * publishes again): suppliers already invited keep their invitation as it was (rank, explanation, a decline),
 * and only suppliers new to the RFQ are invited and told. A replay of the same version adds nothing.
 */
@Injectable()
export class RfqFanOut {
  private readonly log = new Logger('RfqFanOut');

  constructor(
    private readonly matches: SupplierMatches,
    private readonly notifications: NotificationService,
    private readonly activity: SupplierActivityOutbox,
    private readonly clock: Clock,
    @Inject(SOURCING_WORKER_SETTINGS) private readonly settings: SourcingWorkerSettings,
  ) {}

  /** How many invitations this run created (0 on a replay, or when the RFQ is no longer open). */
  async run(manager: EntityManager, rfqId: string): Promise<number> {
    // Two publications of one RFQ (publish, then an amendment) fan out one after the other.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('sourcing:fan-out:' || $1, 0))`, [rfqId]);
    const rfq = await manager.findOneBy(Rfq, { id: rfqId });
    if (!rfq || rfq.state !== 'open') return 0;
    const lines = await manager.findBy(RfqLine, { rfqId });
    const now = this.clock.now();
    const input = requirementInputOf(rfq, lines, mexicoCityDate(now));
    const requirement = (rfq.requirement as Requirement | null) ?? rfqRequirement(input);

    // Invite-only RFQs go to the buyer's picks alone.
    const hits =
      rfq.visibility === 'public'
        ? await this.matches.best([requirement, ...lines.map((_, position) => lineRequirement(input, position))], this.settings.inviteTopN)
        : [];
    const matched = new Set(hits.map((hit) => hit.document.supplierId));
    const scoredPicks = await this.matches.scorePicks(manager, requirement, rfq.buyerPicks.filter((id) => !matched.has(id)));
    const inserted = await insertInvitations(manager, rfq.id, selectInvitations(hits, this.settings.inviteTopN, rfq.buyerPicks, scoredPicks), now);

    await this.notify(manager, rfq, inserted, now);
    await this.activity.suppliers(manager, inserted.map((invitation) => invitation.supplierId), 'invited');
    this.log.log(`rfq ${rfq.id} v${rfq.version}: ${inserted.length} new invitations from ${hits.length} matched suppliers`);
    return inserted.length;
  }

  /** Each newly invited organization's members (one notice for all of them), then the buyer's organization. */
  private async notify(manager: EntityManager, rfq: Rfq, inserted: InsertedInvitation[], now: Date): Promise<void> {
    if (inserted.length === 0) return;
    const notified = inserted.filter((invitation) => invitation.organizationId !== null);
    const organizations = [...new Set(notified.map((invitation) => invitation.organizationId as string))];
    if (organizations.length > 0 && rfq.quoteDeadline) {
      const [{ name: buyerName }] = await manager.query('SELECT name FROM organizations WHERE id = $1', [rfq.buyerOrganizationId]);
      await this.notifications.notify(
        manager,
        rfqInvited,
        organizations.map((organizationId) => ({ organizationId })),
        { rfqTitle: rfq.title, buyerName, quoteDeadline: rfq.quoteDeadline.toISOString(), rfqUrl: rfqUrl(this.settings, 'supplier', rfq.id) },
      );
      await markNotified(manager, notified.map((invitation) => invitation.id), now);
    }
    await this.notifications.notify(manager, rfqInvitationsSent, [{ organizationId: rfq.buyerOrganizationId }], {
      rfqTitle: rfq.title,
      invitedCount: inserted.length,
      rfqUrl: rfqUrl(this.settings, 'buyer', rfq.id),
    });
  }
}
