// The quote deadline is chosen and shown in the buyer's own time zone (their profile's), whatever the
// browser's zone: a buyer in Dallas travelling to Monterrey still means "5 pm in Dallas".

/** The browser's zone, the fallback when the profile has none. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The wall-clock parts of an instant in a zone. */
function wallClock(instant: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) - Math.floor(instant / 60_000) * 60_000;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "2026-12-18T17:00" as an <input type="datetime-local"> holds it, for an ISO instant in a zone. */
export function toZonedInput(iso: string, timeZone: string): string {
  const wall = wallClock(new Date(iso).getTime(), timeZone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The ISO instant of a wall-clock "YYYY-MM-DDTHH:mm" in a zone; null when the text is no such time. */
export function fromZonedInput(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Twice: the offset at the first guess may differ from the offset at the answer across a DST change.
  const first = asUtc - offsetAt(asUtc, timeZone);
  const instant = asUtc - offsetAt(first, timeZone);
  return Number.isNaN(instant) ? null : new Date(instant).toISOString();
}

/**
 * The deadline to send for what the form's input holds: null when emptied, the stored instant while the
 * input still shows it (the input has minutes only; sending those would move a deadline set with seconds
 * and announce a change nobody made), else the instant typed.
 */
export function deadlineToSend(input: string, timeZone: string, stored: string | null = null): string | null {
  if (!input) return null;
  if (stored && toZonedInput(stored, timeZone) === input) return stored;
  return fromZonedInput(input, timeZone);
}
