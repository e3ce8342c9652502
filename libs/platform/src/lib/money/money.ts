import type { ValueTransformer } from 'typeorm';

export const CURRENCIES = ['USD', 'MXN'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** An amount in integer minor units (cents, centavos) with its currency. Never a float. */
export interface Money {
  readonly amountMinor: number;
  readonly currency: Currency;
}

export function money(amountMinor: number, currency: Currency): Money {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`amountMinor must be a safe integer, got ${amountMinor}`);
  if (!CURRENCIES.includes(currency)) throw new RangeError(`unsupported currency ${currency}`);
  return { amountMinor, currency };
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError(`cannot add ${a.currency} to ${b.currency}`);
  return money(a.amountMinor + b.amountMinor, a.currency);
}

export function formatMoney(value: Money, locale: 'en' | 'es'): string {
  return new Intl.NumberFormat(locale === 'es' ? 'es-MX' : 'en-US', { style: 'currency', currency: value.currency }).format(
    value.amountMinor / 100,
  );
}

/**
 * For `bigint` columns: `pg` returns them as strings (they can exceed 2^53). Amounts we store
 * are checked to fit a safe integer on the way out, so arithmetic in JS stays exact.
 */
export const bigintColumnTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed)) throw new RangeError(`bigint ${value} does not fit a safe integer`);
    return parsed;
  },
};
