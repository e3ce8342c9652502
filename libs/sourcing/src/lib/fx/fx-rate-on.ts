import { AppError } from '@puente/platform';
import type { EntityManager } from 'typeorm';
import type { FxRateUsedView } from './fx-views';
import { FX_SOURCES, type FxSource } from './fx-vocabulary';

/** Preference when two sources share a date, as an ORDER BY term: FX_SOURCES' order (banxico-fix first). */
export const FX_PREFERENCE_SQL = `array_position(ARRAY[${FX_SOURCES.map((source) => `'${source}'`).join(', ')}]::text[], source)`;

/**
 * The rate for `date` (YYYY-MM-DD): that day's, else the latest earlier day's (said so by `earlierDate`:
 * weekends, holidays, a day not loaded yet). Two sources on the chosen day: banxico-fix wins over manual.
 * No rate on or before the day: 409 FX_RATE_MISSING, never a guess.
 */
export async function fxRateOn(manager: EntityManager, date: string): Promise<FxRateUsedView> {
  const [row]: Array<{ rate_date: string; mxn_per_usd: string; source: FxSource }> = await manager.query(
    `SELECT to_char(rate_date, 'YYYY-MM-DD') AS rate_date, mxn_per_usd::text AS mxn_per_usd, source
       FROM fx_rates WHERE rate_date <= $1::date ORDER BY rate_date DESC, ${FX_PREFERENCE_SQL} LIMIT 1`,
    [date],
  );
  if (!row) {
    throw new AppError('FX_RATE_MISSING', {
      details: [{ field: 'date', issue: 'no_rate', message: `no MXN per USD rate on or before ${date}; an admin enters one or runs fx:import` }],
    });
  }
  return { requestedDate: date, rateDate: row.rate_date, mxnPerUsd: row.mxn_per_usd, source: row.source, earlierDate: row.rate_date !== date };
}
