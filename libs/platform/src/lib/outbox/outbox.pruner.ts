import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../time/clock';
import { OUTBOX_SETTINGS, type OutboxSettings } from './outbox-settings';

/** Deletes sent outbox rows and inbox records older than the retention. */
@Injectable()
export class OutboxPruner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(OUTBOX_SETTINGS) private readonly settings: OutboxSettings,
  ) {}

  async prune(): Promise<{ outbox: number; inbox: number }> {
    const cutoff = new Date(this.clock.now().getTime() - this.settings.retentionHours * 3_600_000);
    const [, outbox] = (await this.dataSource.query('DELETE FROM outbox_messages WHERE sent_at < $1', [cutoff])) as [unknown, number];
    const [, inbox] = (await this.dataSource.query('DELETE FROM processed_messages WHERE processed_at < $1', [cutoff])) as [unknown, number];
    return { outbox, inbox };
  }
}
