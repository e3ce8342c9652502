// Exact arithmetic on the quote's decimal strings ("0.0125", "185000.00"): amounts become integers of
// 1/10,000 of the currency unit (bigint), so a total never drifts the way a float sum can.

const SCALE_PLACES = 4;
const SCALE = 10n ** BigInt(SCALE_PLACES);
const DECIMAL = /^(\d{1,20})(?:\.(\d{1,4}))?$/;

/** A non-negative decimal string with up to 4 places, in 1/10,000 units. */
export function toScaled(value: string): bigint {
  const match = DECIMAL.exec(value);
  if (!match) throw new RangeError(`not a decimal amount with up to 4 places: ${JSON.stringify(value)}`);
  const [, whole, fraction = ''] = match;
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(SCALE_PLACES, '0'));
}

/** Back to a decimal string with exactly `places` places, rounding half up (amounts are never negative). */
export function fromScaled(scaled: bigint, places: 2 | 4): string {
  if (scaled < 0n) throw new RangeError('amounts are never negative');
  const step = 10n ** BigInt(SCALE_PLACES - places);
  const rounded = (scaled + step / 2n) / step;
  const unit = 10n ** BigInt(places);
  const fraction = (rounded % unit).toString().padStart(places, '0');
  return `${rounded / unit}.${fraction}`;
}

/** unit price × quantity, to the cent (half up), as the quote view states an extended price. */
export function extendedAmount(unitPrice: string, quantity: number): string {
  if (!Number.isSafeInteger(quantity) || quantity < 0) throw new RangeError(`not a quantity: ${quantity}`);
  return fromScaled(toScaled(unitPrice) * BigInt(quantity), 2);
}

/** The exact sum of decimal amounts, to the cent (half up). */
export function sumAmounts(values: readonly string[]): string {
  return fromScaled(
    values.reduce((total, value) => total + toScaled(value), 0n),
    2,
  );
}
