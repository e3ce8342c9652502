import { Injectable } from '@nestjs/common';
import { AuditLog, type Principal, type RequestOrigin } from '@puente/identity';
import { AppError, Clock } from '@puente/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { FxRateUsedView, FxRateView } from './fx-views';
import { FX_PREFERENCE_SQL, fxRateOn } from './fx-rate-on';
import type { FxSource } from './fx-vocabulary';

interface FxRow {
  rate_date: string;
  mxn_per_usd: string;
  source: FxSource;
  entered_by: string | null;
  entered_at: Date;
}

const DAY_MS = 86_400_000;
/** The widest range one read of the rate table answers. */
export const FX_LIST_MAX_DAYS = 366;

export interface FxRateInput {
  date: string;
  mxnPerUsd: string;
  source: FxSource;
}

/** The rate table: what admins enter, what `fx:import` loads, what conversions look up. */
@Injectable()
export class FxRates {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** The rate a conversion on `date` uses: see fxRateOn. */
  rateOn(manager: EntityManager, date: string): Promise<FxRateUsedView> {
    return fxRateOn(manager, date);
  }

  /** An admin enters (or corrects) the rate of a date and source; audited with the figure it replaced. */
  enter(principal: Principal, input: FxRateInput, origin: RequestOrigin): Promise<FxRateView> {
    return this.dataSource.transaction(async (manager) => {
      const [before]: Array<{ mxn_per_usd: string }> = await manager.query(
        'SELECT mxn_per_usd::text AS mxn_per_usd FROM fx_rates WHERE rate_date = $1 AND source = $2 FOR UPDATE',
        [input.date, input.source],
      );
      const [row]: FxRow[] = await manager.query(
        `INSERT INTO fx_rates (rate_date, source, mxn_per_usd, entered_by, entered_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (rate_date, source) DO UPDATE SET mxn_per_usd = EXCLUDED.mxn_per_usd, entered_by = EXCLUDED.entered_by, entered_at = EXCLUDED.entered_at
         RETURNING to_char(rate_date, 'YYYY-MM-DD') AS rate_date, mxn_per_usd::text AS mxn_per_usd, source, entered_by, entered_at`,
        [input.date, input.source, input.mxnPerUsd, principal.userId, this.clock.now()],
      );
      await this.audit.record(manager, {
        action: 'fx_rate.entered',
        actor: principal,
        target: { type: 'fx_rate', id: `${input.date}/${input.source}` },
        before: before ? { mxnPerUsd: before.mxn_per_usd } : undefined,
        after: { date: input.date, source: input.source, mxnPerUsd: row.mxn_per_usd },
        ip: origin.ip,
      });
      return rateView(row);
    });
  }

  /** Rates from `from` (default 31 days before `to`) to `to` (default today, UTC), inclusive, newest first. */
  async list(query: { from?: string; to?: string }): Promise<{ from: string; to: string; rates: FxRateView[] }> {
    const to = query.to ?? this.clock.now().toISOString().slice(0, 10);
    const from = query.from ?? new Date(Date.parse(to) - 31 * DAY_MS).toISOString().slice(0, 10);
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
    if (days < 0 || days > FX_LIST_MAX_DAYS) {
      throw new AppError('VALIDATION_FAILED', {
        details: [{ field: 'from', issue: 'range', message: `from must be on or before to, at most ${FX_LIST_MAX_DAYS} days earlier` }],
      });
    }
    const rows: FxRow[] = await this.dataSource.query(
      `SELECT to_char(rate_date, 'YYYY-MM-DD') AS rate_date, mxn_per_usd::text AS mxn_per_usd, source, entered_by, entered_at
         FROM fx_rates WHERE rate_date BETWEEN $1::date AND $2::date ORDER BY rate_date DESC, ${FX_PREFERENCE_SQL}`,
      [from, to],
    );
    return { from, to, rates: rows.map(rateView) };
  }
}

function rateView(row: FxRow): FxRateView {
  return { date: row.rate_date, mxnPerUsd: row.mxn_per_usd, source: row.source, enteredBy: row.entered_by, enteredAt: row.entered_at.toISOString() };
}
