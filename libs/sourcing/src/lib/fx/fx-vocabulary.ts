/**
 * Where a rate came from, in lookup preference: `banxico-fix` (Banxico's FIX, series SF43718, the rate
 * Mexican law uses to settle dollar obligations) wins over `manual` (another figure an admin typed in)
 * when both have the same date.
 */
export const FX_SOURCES = ['banxico-fix', 'manual'] as const;
export type FxSource = (typeof FX_SOURCES)[number];

/** Pesos per dollar as `numeric(10,4)` holds them (and Banxico publishes the FIX): up to 6 digits and 4 places. */
export const MXN_PER_USD_PATTERN = /^\d{1,6}(\.\d{1,4})?$/;
