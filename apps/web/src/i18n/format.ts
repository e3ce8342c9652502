import { currentLanguage } from './i18n';

const LOCALES = { en: 'en-US', es: 'es-MX' } as const;

export function locale(): string {
  return LOCALES[currentLanguage()];
}

/** A date and time in the reader's language, in their time zone when known. */
export function formatDateTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatDate(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** Money in integer minor units (cents, centavos). */
export function formatMoney(amountMinor: number, currency: 'USD' | 'MXN'): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(amountMinor / 100);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}
