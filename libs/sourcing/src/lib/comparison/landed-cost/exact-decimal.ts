// Exact rational arithmetic on decimal strings for the landed cost: numerator / denominator in BigInt.
// Money is never a float here; an MXN price divided by a rate stays exact until the output rounds it
// once (4 places per unit, 2 for totals), half up.

export interface Exact {
  readonly n: bigint;
  /** Always > 0. */
  readonly d: bigint;
}

const DECIMAL = /^(\d{1,15})(?:\.(\d{1,6}))?$/;

export const ZERO: Exact = { n: 0n, d: 1n };

/** True for a plain non-negative decimal ("17.1234", "0", "1450000.00"): no sign, exponent or spaces. */
export function isPlainDecimal(value: string): boolean {
  return DECIMAL.test(value);
}

/** A plain decimal string as an exact value. The caller has checked `isPlainDecimal`. */
export function exact(value: string): Exact {
  const match = DECIMAL.exec(value);
  if (!match) throw new RangeError(`not a plain decimal: ${value}`);
  const fraction = match[2] ?? '';
  return reduce(BigInt(match[1] + fraction), 10n ** BigInt(fraction.length));
}

export function integer(value: number): Exact {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
  return { n: BigInt(value), d: 1n };
}

/** A one-decimal estimate (road km from the catalog's estimator) taken exactly as it is displayed. */
export function oneDecimalNumber(value: number): Exact {
  const text = value.toFixed(1);
  const negative = text.startsWith('-');
  const magnitude = exact(negative ? text.slice(1) : text);
  return negative ? { n: -magnitude.n, d: magnitude.d } : magnitude;
}

export function add(...values: Exact[]): Exact {
  return values.reduce((sum, v) => reduce(sum.n * v.d + v.n * sum.d, sum.d * v.d), ZERO);
}

export function subtract(a: Exact, b: Exact): Exact {
  return reduce(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function multiply(...values: Exact[]): Exact {
  return values.reduce((product, v) => reduce(product.n * v.n, product.d * v.d), { n: 1n, d: 1n });
}

export function divide(a: Exact, b: Exact): Exact {
  if (b.n === 0n) throw new RangeError('division by zero');
  return reduce(a.n * b.d, a.d * b.n);
}

/** Percent ("0.3464") as a fraction (0.003464). */
export function percentOf(value: Exact, percent: Exact): Exact {
  return divide(multiply(value, percent), integer(100));
}

export function compare(a: Exact, b: Exact): number {
  const difference = a.n * b.d - b.n * a.d;
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

/** Rounded half up (away from zero) to `places`, written with exactly that many places. */
export function toFixed(value: Exact, places: number): string {
  const scale = 10n ** BigInt(places);
  const magnitude = value.n < 0n ? -value.n : value.n;
  const scaled = (magnitude * scale * 2n + value.d) / (value.d * 2n);
  const whole = (scaled / scale).toString();
  const fraction = places > 0 ? `.${(scaled % scale).toString().padStart(places, '0')}` : '';
  return `${value.n < 0n && scaled !== 0n ? '-' : ''}${whole}${fraction}`;
}

/** 4 places: every per-unit figure. */
export const perUnitString = (value: Exact): string => toFixed(value, 4);
/** 2 places: every total. */
export const totalString = (value: Exact): string => toFixed(value, 2);

function reduce(n: bigint, d: bigint): Exact {
  if (d === 0n) throw new RangeError('zero denominator');
  const sign = d < 0n ? -1n : 1n;
  const divisor = gcd(n < 0n ? -n : n, d < 0n ? -d : d) || 1n;
  return { n: (sign * n) / divisor, d: (sign * d) / divisor };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
