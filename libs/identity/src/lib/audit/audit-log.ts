import { Injectable } from '@nestjs/common';
import { Clock, currentRequestId } from '@puente/platform';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from '../entities/audit-event.entity';

export interface AuditEntry {
  action: string;
  actor?: { userId: string; organizationId: string | null } | null;
  /** The organization the action concerns (for tenant filters). */
  organizationId?: string | null;
  target?: { type: string; id: string };
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  ip?: string | null;
}

/** Appends to the audit log inside the caller's transaction, so the record and the change commit together. */
@Injectable()
export class AuditLog {
  constructor(private readonly clock: Clock) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    // save() rather than insert(): insert's deep-partial type cannot express free-form jsonb objects.
    const event = manager.create(AuditEvent, {
      occurredAt: this.clock.now(),
      action: entry.action,
      actorUserId: entry.actor?.userId ?? null,
      actorOrganizationId: entry.actor?.organizationId ?? null,
      organizationId: entry.organizationId ?? null,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: currentRequestId(),
      ip: entry.ip ?? null,
    });
    await manager.save(AuditEvent, event);
  }
}
