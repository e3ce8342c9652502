import { locale } from '../i18n/format';
import type { Translate } from './quote-figures';

// A supplier's track record in the reader's words: shares as whole percents, durations in the largest unit that reads well.

/** "80" from "0.8000" (the API's 4-decimal share); whole percents, the reader's digits. */
export const percentOf = (share: string): string => new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(Number(share) * 100);

/** Minutes as minutes (under two hours), hours (under two days) or days, rounded to whole units. */
export function durationText(t: Translate, minutes: number): string {
  if (minutes < 120) return t('minutes', { count: minutes });
  if (minutes < 48 * 60) return t('hours', { count: Math.round(minutes / 60) });
  return t('days', { count: Math.round(minutes / (24 * 60)) });
}

/** A rating's date (an ISO instant) as the reader writes dates. */
export const ratedDate = (iso: string): string => new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(iso));
