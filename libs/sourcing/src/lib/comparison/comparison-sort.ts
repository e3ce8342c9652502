import type { ComparedEntryView, ComparisonLineView, ComparisonSort } from './comparison-views';

type Key = (entry: ComparedEntryView) => string | number | null;

// Price sorts compare the quoted USD figure (`landed.unitPrice.usd`): MXN and USD quotes on one scale.
const KEYS: Record<Exclude<ComparisonSort, 'supplier'>, Key> = {
  landed: (entry) => entry.landedPerUnitUsd,
  price: (entry) => entry.landed?.unitPrice.usd ?? null,
  days: (entry) => entry.daysToDelivery?.high ?? entry.daysToDelivery?.leadTimeDays ?? null,
};

function compareKeys(a: string | number | null, b: string | number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1; // not computed: last
  // Ordering only (no arithmetic on money): a float is exact enough to rank decimal strings.
  return Number(a) - Number(b);
}

/** Each break's entries in the reader's order; ties (and `supplier`) by supplier name, then quote id. */
export function sortComparison<Entry extends ComparedEntryView>(lines: Array<ComparisonLineView<Entry>>, sort: ComparisonSort): Array<ComparisonLineView<Entry>> {
  const byName = (a: Entry, b: Entry) => a.supplier.name.localeCompare(b.supplier.name) || a.quoteId.localeCompare(b.quoteId);
  const order = sort === 'supplier' ? byName : (a: Entry, b: Entry) => compareKeys(KEYS[sort](a), KEYS[sort](b)) || byName(a, b);
  return lines.map((line) => ({ ...line, breaks: line.breaks.map((item) => ({ ...item, entries: [...item.entries].sort(order) })) }));
}
