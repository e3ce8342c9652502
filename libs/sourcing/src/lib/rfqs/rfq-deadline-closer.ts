import { Injectable } from '@nestjs/common';
import { Clock } from '@puente/platform';
import { DataSource } from 'typeorm';
import { Rfq } from '../entities/rfq.entity';
import { isPastDeadline } from './assert-open-for-writes';
import { RfqClosing } from './rfq-closing';

/**
 * Closes RFQs whose quote deadline has come: the delayed job calls `closeIfDue` for one RFQ, the sweep
 * calls `closeOverdue` for any a lost job missed. Both are safe to repeat and to race: each RFQ is closed
 * under its row lock, once, and only when it is open and due by the clock.
 *
 * For a module outside SourcingModule (the worker): provide `rfqDeadlineCloserProviders(publicWebUrl)`.
 */
@Injectable()
export class RfqDeadlineCloser {
  constructor(
    private readonly dataSource: DataSource,
    private readonly closing: RfqClosing,
    private readonly clock: Clock,
  ) {}

  /** True when this call closed it; false when it is not open, not due yet (a moved deadline), or gone. */
  closeIfDue(rfqId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const rfq = await manager.findOne(Rfq, { where: { id: rfqId }, lock: { mode: 'pessimistic_write' } });
      if (!rfq || !isPastDeadline(rfq, this.clock.now())) return false;
      await this.closing.close(manager, rfq, 'deadline', null);
      return true;
    });
  }

  /** Closes up to `limit` open RFQs past their deadline, oldest deadline first; answers the ids it closed. */
  async closeOverdue(limit = 100): Promise<string[]> {
    const due: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM rfqs WHERE state = 'open' AND quote_deadline <= $1 ORDER BY quote_deadline, id LIMIT $2`,
      [this.clock.now(), limit],
    );
    const closed: string[] = [];
    for (const { id } of due) {
      if (await this.closeIfDue(id)) closed.push(id);
    }
    return closed;
  }
}
