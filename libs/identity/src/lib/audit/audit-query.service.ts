import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEvent } from '../entities/audit-event.entity';

export interface AuditFilters {
  action?: string;
  organizationId?: string;
  actorUserId?: string;
  from?: Date;
  to?: Date;
  /** Cursor: the id of the last event of the previous page. */
  before?: string;
  limit: number;
}

@Injectable()
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first; each filter narrows. `nextBefore` pages on. */
  async list(filters: AuditFilters): Promise<{ data: AuditEvent[]; nextBefore: string | null }> {
    const query = this.dataSource.getRepository(AuditEvent).createQueryBuilder('event').orderBy('event.id', 'DESC').take(filters.limit);
    if (filters.action) query.andWhere('event.action = :action', { action: filters.action });
    if (filters.organizationId) query.andWhere('event.organization_id = :organizationId', { organizationId: filters.organizationId });
    if (filters.actorUserId) query.andWhere('event.actor_user_id = :actorUserId', { actorUserId: filters.actorUserId });
    if (filters.from) query.andWhere('event.occurred_at >= :from', { from: filters.from });
    if (filters.to) query.andWhere('event.occurred_at < :to', { to: filters.to });
    if (filters.before) query.andWhere('event.id < :before', { before: filters.before });
    const data = await query.getMany();
    return { data, nextBefore: data.length === filters.limit ? data[data.length - 1].id : null };
  }
}
