import type { ComparisonEntry } from '../api/comparison';
import { locale } from '../i18n/format';
import { formatDecimalMoney, type Translate } from './quote-figures';

// The comparison's figures as the buyer reads them: dollars to 4 places per unit and 2 for totals, days as a band.

/** USD per unit, always 4 places as the API gives them, so a column of unit costs lines up ("$19.6710"). */
export const usdUnit = (amount: string): string =>
  new Intl.NumberFormat(locale(), { style: 'currency', currency: 'USD', minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(amount as Intl.StringNumericLiteral);

/** A USD total (2 places). */
export const usdTotal = (amount: string): string => formatDecimalMoney(amount, 'USD', locale(), 2);

/** The quoted unit price in its own currency. */
export const quoted = (amount: string, currency: string): string => formatDecimalMoney(amount, currency, locale(), 4);

/** "94–95 days", "94 days", or the lead time alone when the route is unknown; null for a declined break. */
export function daysText(t: Translate, days: ComparisonEntry['daysToDelivery']): string | null {
  if (!days) return null;
  if (days.low === null || days.high === null) return t('daysLead', { lead: days.leadTimeDays });
  return days.low === days.high ? t('daysOne', { days: days.low }) : t('days', { low: days.low, high: days.high });
}

/** A calendar date (YYYY-MM-DD) in the reader's words, read as that day wherever the reader is. */
export function calendarDate(date: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
