import { Injectable } from '@nestjs/common';
import {
  NotificationService,
  supplierProfileApproved,
  supplierProfileChangesRequested,
  supplierProfileRejected,
  supplierProfileSuspended,
  supplierProfileUnsuspended,
} from '@puente/notifications';
import type { EntityManager } from 'typeorm';
import { ReviewReasonWords } from '../review/moderation-port';

export type ProfileNotice = 'approved' | 'rejected' | 'changes_requested' | 'suspended' | 'unsuspended';

/**
 * Tells the organization's owners about a lifecycle change, inside the change's transaction. Owners
 * are notified per language so the review reason reaches each in theirs.
 */
@Injectable()
export class ProfileNotices {
  constructor(
    private readonly notifications: NotificationService,
    private readonly reasons: ReviewReasonWords,
  ) {}

  /** An unclaimed directory listing (`organizationId` null) has nobody to tell. */
  async notifyOwners(manager: EntityManager, organizationId: string | null, notice: ProfileNotice, reason: { code: string | null; note: string | null } | null = null): Promise<void> {
    if (organizationId === null) return;
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
      const reasonText = [reason?.code ? this.reasons.text(reason.code, language) : null, reason?.note ?? null].filter(Boolean).join(' — ') || '—';
      if (notice === 'approved') await this.notifications.notify(manager, supplierProfileApproved, recipients, { organizationName });
      if (notice === 'rejected') await this.notifications.notify(manager, supplierProfileRejected, recipients, { organizationName, reason: reasonText });
      if (notice === 'changes_requested') {
        await this.notifications.notify(manager, supplierProfileChangesRequested, recipients, { organizationName, reason: reasonText });
      }
      if (notice === 'suspended') await this.notifications.notify(manager, supplierProfileSuspended, recipients, { organizationName });
      if (notice === 'unsuspended') await this.notifications.notify(manager, supplierProfileUnsuspended, recipients, { organizationName });
    }
  }
}
