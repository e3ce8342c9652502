const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `Date.parse` accepts 2026-02-30 (it rolls over to March), so the day is checked against the calendar. */
function isRealDay(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/** A calendar day with no time, e.g. `2026-03-05`: the same day everywhere, so it is never shifted to a zone. */
export function isIsoCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  return match !== null && isRealDay(match[1] as string, match[2] as string, match[3] as string);
}

/**
 * An instant with its offset, e.g. `2026-03-05T03:30:00Z` or `...-06:00`. A local time without an
 * offset is refused: it names no instant, so it could not be shown in the recipient's zone.
 */
export function isIsoTimestamp(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  return (
    match !== null &&
    isRealDay(match[1] as string, match[2] as string, match[3] as string) &&
    Number(match[4]) < 24 &&
    Number(match[5]) < 60 &&
    !Number.isNaN(Date.parse(value))
  );
}
