// Numbers, money and dates as the summary's reader writes them (en-US or es-MX). Money is formatted from
// the decimal string itself (Intl reads strings exactly), never through a float.
import type { Currency } from '@puente/platform';

export interface QuotePdfFormat {
  /** A total or extended price: exactly 2 places ("$185,000.00", "MX$185,000.00"). */
  amount(value: string, currency: Currency): string;
  /** A unit price: 2 to 4 places, as quoted ("$0.0125"). */
  unitPrice(value: string, currency: Currency): string;
  quantity(value: number): string;
  /** A calendar day (YYYY-MM-DD), as written, whatever the reader's zone. */
  day(value: string): string;
  /** An instant, in UTC so every reader's copy says the same. */
  instant(value: string): string;
}

export function quotePdfFormat(locale: 'en-US' | 'es-MX'): QuotePdfFormat {
  const money = (currency: Currency, maximumFractionDigits: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits });
  // Intl's format() takes a decimal string exactly (ES2023 NumberFormat v3): no float on the way.
  const exactly = (value: string) => value as `${number}`;
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const count = new Intl.NumberFormat(locale);
  return {
    amount: (value, currency) => money(currency, 2).format(exactly(value)),
    unitPrice: (value, currency) => money(currency, 4).format(exactly(value)),
    quantity: (value) => count.format(value),
    day: (value) => day.format(new Date(`${value}T00:00:00Z`)),
    instant: (value) => `${instant.format(new Date(value))} UTC`,
  };
}

/** An HS subheading as customs papers write it: 870829 → 8708.29. */
export function formatHsCode(hsCode: string): string {
  return /^\d{6}$/.test(hsCode) ? `${hsCode.slice(0, 4)}.${hsCode.slice(4)}` : hsCode;
}
