// Certificates and registrations carry calendar dates (YYYY-MM-DD) with no time of day. Whether such a date
// has passed is decided in Mexico City time, where the suppliers and their issuers are: a certificate valid
// until 2026-03-31 still counts at 23:30 on the 31st in Monterrey, although it is already April in UTC.

export const SUPPLIER_TIME_ZONE = 'America/Mexico_City';

const todayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: SUPPLIER_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) it is in Mexico City at `now`. */
export function mexicoCityDate(now: Date): string {
  const part = (type: string) => todayFormat.formatToParts(now).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** True for a YYYY-MM-DD string naming a day that exists (no 2025-02-29). */
export function isCalendarDate(value: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `date` plus whole years, as YYYY-MM-DD; 29 February plus a non-leap number of years gives 1 March. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

/** `date` plus (or minus) whole days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
