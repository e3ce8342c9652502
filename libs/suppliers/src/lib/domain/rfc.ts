// The RFC (Registro Federal de Contribuyentes), the Mexican tax id every supplier declares. This file checks
// only what can be checked offline: the shape, the embedded date and SAT's check digit. Whether SAT knows the
// RFC is a separate flag (`verifiedWithSat`) that only an admin sets.

export type RfcKind = 'moral' | 'fisica';
export type RfcIssue = 'format' | 'date' | 'check_digit';

export interface RfcCheck {
  valid: boolean;
  kind: RfcKind | null;
  issue: RfcIssue | null;
  /** Trimmed, upper-case, NFC, without the spaces and hyphens people type between the parts. */
  normalized: string;
  /**
   * True for SAT's generic RFCs (XAXX010101000 público en general, XEXX010101000 extranjero): valid on an
   * invoice to an anonymous customer, never a supplier's own RFC. They are rejected with issue 'format'.
   */
  generic: boolean;
}

// Persona moral: 3 letters, persona física: 4; then YYMMDD; then a 3-character homoclave whose last character
// is the check digit (0-9 or A). The letter class is the one of SAT's CFDI schema (t_RFC): A-Z, Ñ and &.
const RFC_SHAPE = /^([A-ZÑ&]{3,4})(\d{2})(\d{2})(\d{2})([A-Z\d]{2})([\dA])$/;

const GENERIC_RFCS: ReadonlySet<string> = new Set(['XAXX010101000', 'XEXX010101000']);

// SAT's table for the check digit: each character's value is its index. The space pads a persona moral's
// 12 characters to the 13 of a persona física so both use the same weights.
const CHECK_DIGIT_TABLE = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';

export function normalizeRfc(input: string): string {
  return input.normalize('NFC').trim().toUpperCase().replace(/[\s-]+/g, '');
}

export function checkRfc(input: string): RfcCheck {
  const normalized = normalizeRfc(input);
  const generic = GENERIC_RFCS.has(normalized);
  const fail = (issue: RfcIssue, kind: RfcKind | null): RfcCheck => ({ valid: false, kind, issue, normalized, generic });

  const parts = RFC_SHAPE.exec(normalized);
  if (!parts) return fail('format', null);
  const kind: RfcKind = parts[1].length === 3 ? 'moral' : 'fisica';
  if (generic) return fail('format', kind);
  if (!isRealDate(Number(parts[2]), Number(parts[3]), Number(parts[4]))) return fail('date', kind);
  if (rfcCheckDigit(normalized.slice(0, -1)) !== normalized.slice(-1)) return fail('check_digit', kind);
  return { valid: true, kind, issue: null, normalized, generic: false };
}

/**
 * SAT's mod-11 check digit of the first 11 (moral) or 12 (física) characters: weights 13 down to 2 over the
 * space-padded 12 characters; 11 - (sum mod 11), where 11 gives '0' and 10 gives 'A'.
 */
export function rfcCheckDigit(withoutCheckDigit: string): string {
  const padded = withoutCheckDigit.length === 11 ? ` ${withoutCheckDigit}` : withoutCheckDigit;
  let sum = 0;
  for (let i = 0; i < padded.length; i++) {
    const value = CHECK_DIGIT_TABLE.indexOf(padded[i]);
    if (value < 0) throw new Error(`not an RFC character: ${padded[i]}`);
    sum += value * (13 - i);
  }
  const digit = 11 - (sum % 11);
  return digit === 11 ? '0' : digit === 10 ? 'A' : String(digit);
}

/**
 * The two-digit year does not say the century (a company from 1968 and a person born in 2068 share "68"),
 * so a date is real when it exists in 19YY or 20YY. Only 29 February differs, and only for YY = 00, which
 * 2000 makes a leap year: leapness is therefore decided as for 20YY.
 */
function isRealDate(yy: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = yy % 4 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= daysInMonth;
}

/**
 * What the public sees of an RFC. The letter block (derived from the legal name, which is public anyway)
 * and the last `shownChars` characters stay visible; every other character becomes '*', so the embedded
 * date is never shown unless the supplier reveals that much. maskRfc('ABC990101XY1', 3) === 'ABC******XY1'.
 * A string that is not an RFC shape gets no visible prefix.
 */
export function maskRfc(normalized: string, shownChars: number): string {
  const chars = Array.from(normalized);
  const letters = /^([A-ZÑ&]{3,4})\d/.exec(normalized);
  const prefix = letters ? letters[1].length : 0;
  const shown = Math.max(0, Math.min(Math.floor(shownChars) || 0, chars.length));
  return chars.map((c, i) => (i < prefix || i >= chars.length - shown ? c : '*')).join('');
}
