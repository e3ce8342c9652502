import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface FailedDeliveryView {
  id: string;
  type: string;
  channel: string;
  email: string;
  userId: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  failedAt: string;
}

/** For admins: deliveries that ran out of attempts, newest first. */
@Injectable()
export class FailedDeliveriesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(limit: number): Promise<FailedDeliveryView[]> {
    const rows: Array<{ id: string; type: string; channel: string; email: string; user_id: string | null; attempts: number; last_error: string | null; created_at: Date; failed_at: Date }> =
      await this.dataSource.query(
        `SELECT id, type, channel, email, user_id, attempts, last_error, created_at, failed_at FROM notification_deliveries
         WHERE status = 'failed' ORDER BY failed_at DESC LIMIT $1`,
        [limit],
      );
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      channel: row.channel,
      email: row.email,
      userId: row.user_id,
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: row.created_at.toISOString(),
      failedAt: row.failed_at.toISOString(),
    }));
  }
}
