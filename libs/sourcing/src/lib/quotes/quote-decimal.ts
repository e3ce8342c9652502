// Quote money is a decimal string with up to 4 places ("0.0125"), exact. Arithmetic on it is done in
// BigInt ten-thousandths, never in floating point: 0.0125 × 100,000 must be 1250.00 to the cent.

const DECIMAL = /^(?:0|[1-9]\d{0,13})(?:\.\d{1,4})?$/;
const SCALE = 10_000n;

/** True for a decimal string with at most 14 integer digits and 4 places, no sign or exponent. */
export function isDecimalString(value: string): boolean {
  return DECIMAL.test(value);
}

/** The amount in ten-thousandths of a unit. The caller has checked `isDecimalString`. */
export function toTenThousandths(value: string): bigint {
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(4, '0'));
}

/** `value` compared with `limit`, both decimal strings: negative, zero or positive. */
export function compareDecimal(value: string, limit: string): number {
  const difference = toTenThousandths(value) - toTenThousandths(limit);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

/** Ten-thousandths rounded half up to cents, written with 2 places ("1250.00"). */
export function centsString(tenThousandths: bigint): string {
  const cents = (tenThousandths + 50n) / 100n;
  const whole = cents / 100n;
  const fraction = (cents % 100n).toString().padStart(2, '0');
  return `${whole}.${fraction}`;
}

/** unitPrice × quantity, to the cent. */
export function extendedPrice(unitPrice: string, quantity: number): string {
  return centsString(toTenThousandths(unitPrice) * BigInt(quantity));
}

/** The sum of decimal strings, to the cent ("0.00" for none). */
export function decimalSum(values: readonly string[]): string {
  return centsString(values.reduce((sum, value) => sum + toTenThousandths(value), 0n));
}
