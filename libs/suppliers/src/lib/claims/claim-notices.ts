import { Injectable } from '@nestjs/common';
import { NotificationService, supplierClaimApproved, supplierClaimRejected } from '@puente/notifications';
import type { EntityManager } from 'typeorm';
import { ReviewReasonWords } from '../review/moderation-port';

/** Tells the claimant organization's owners of a decision on its claim, each language group in its words. */
@Injectable()
export class ClaimNotices {
  constructor(
    private readonly notifications: NotificationService,
    private readonly reasons: ReviewReasonWords,
  ) {}

  async notify(
    manager: EntityManager,
    organizationId: string,
    decision: 'approved' | 'rejected',
    listingName: string,
    reason: { code: string | null; note: string | null } | null = null,
  ): Promise<void> {
    const owners: Array<{ user_id: string; language: 'en' | 'es'; organization_name: string }> = await manager.query(
      `SELECT m.user_id, u.language, o.name AS organization_name
         FROM memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.organization_id
        WHERE m.organization_id = $1 AND m.role = 'owner' AND u.suspended_at IS NULL`,
      [organizationId],
    );
    for (const language of ['en', 'es'] as const) {
      const recipients = owners.filter((owner) => owner.language === language).map((owner) => ({ userId: owner.user_id }));
      if (recipients.length === 0) continue;
      const organizationName = owners[0].organization_name;
      if (decision === 'approved') {
        await this.notifications.notify(manager, supplierClaimApproved, recipients, { organizationName, listingName });
      } else {
        const text = [reason?.code ? this.reasons.text(reason.code, language) : null, reason?.note ?? null].filter(Boolean).join(' — ') || '—';
        await this.notifications.notify(manager, supplierClaimRejected, recipients, { organizationName, listingName, reason: text });
      }
    }
  }
}
