// Quote money is a decimal string ("0.0125", "185000.00"): sums and extended prices are worked out in integers
// of 1/10,000 (BigInt), never in floating point, so what the form shows is what the API will store.

const PLACES = 4;
const SCALE = 10n ** BigInt(PLACES);
/** As the API takes them: up to 14 whole digits without leading zeros and 4 places; no sign, no exponent. */
const DECIMAL = /^(?:0|[1-9]\d{0,13})(?:\.\d{1,4})?$/;

/** What the user typed, as a decimal string: spaces, thousands separators ("1,250.50") and leading zeros dropped. */
export function normalizeAmount(typed: string): string {
  return typed.replace(/[\s,]/g, '').replace(/^0+(?=\d)/, '');
}

/** More than zero (a unit price must be). */
export const isPositive = (amount: string): boolean => isAmount(amount) && /[1-9]/.test(amount);

/** A decimal string the API accepts as money (zero included; the API says when zero is not allowed). */
export function isAmount(value: string): boolean {
  return DECIMAL.test(value);
}

function toUnits(amount: string): bigint {
  const [whole = '0', fraction = ''] = amount.split('.');
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(PLACES, '0'));
}

/** Units of 1/10,000 to a decimal string of `places` places, rounding half up (amounts are never negative). */
function fromUnits(units: bigint, places: number): string {
  const divisor = 10n ** BigInt(PLACES - places);
  const rounded = (units + divisor / 2n) / divisor;
  if (places === 0) return rounded.toString();
  const text = rounded.toString().padStart(places + 1, '0');
  return `${text.slice(0, -places)}.${text.slice(-places)}`;
}

/** Unit price × quantity to the cent ("18.5" × 500 → "9250.00"); null while the price is not a valid amount. */
export function extendedPrice(unitPrice: string, quantity: number): string | null {
  if (!isAmount(unitPrice) || !Number.isSafeInteger(quantity) || quantity < 0) return null;
  return fromUnits(toUnits(unitPrice) * BigInt(quantity), 2);
}

/** The sum of the valid amounts to the cent (tooling total); the rest are left out. */
export function sumAmounts(amounts: readonly string[]): string {
  return fromUnits(
    amounts.filter(isAmount).reduce((total, amount) => total + toUnits(amount), 0n),
    2,
  );
}
