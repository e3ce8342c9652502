import type { Language } from '@puente/platform';
import { isIsoCalendarDate } from './iso-date';
import { localeOf } from './locale';

/**
 * 'March 5, 2026' / '5 de marzo de 2026'. A calendar date (no time) is formatted in UTC, where it
 * was parsed, so it is the same day for everyone; a timestamp shows the day in the recipient's zone.
 */
export function formatDate(iso: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: isIsoCalendarDate(iso) ? 'UTC' : timeZone,
  }).format(new Date(iso));
}

/** 'March 4, 2026 at 9:30 PM CST' / '4 de marzo de 2026 a las 9:30 p.m. GMT-6': the zone is named so nobody guesses. */
export function formatDateTime(iso: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(new Date(iso));
}
