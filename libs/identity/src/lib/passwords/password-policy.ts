import { AppError } from '@puente/platform';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** A few of the most common passwords (long enough to pass the length rule); a start, not a breach list. */
const COMMON = new Set([
  'password1234',
  'password12345',
  'password123456',
  '123456789012',
  '1234567890123',
  'qwertyuiop12',
  'qwerty123456',
  'iloveyou1234',
  'contraseña123',
  'contrasena123',
  'contrasena1234',
  'admin1234567',
  'welcome12345',
  'letmein12345',
  'puente123456',
]);

/**
 * NIST SP 800-63B style: length over composition rules. At least 12 characters, at most 128, not a
 * common password, not made of one repeated character, and not containing the e-mail's local part.
 * Throws WEAK_PASSWORD naming the field and the reason.
 */
export function assertPasswordAcceptable(password: string, email: string, field: string): void {
  const reasons: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) reasons.push(`must have at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password.length > PASSWORD_MAX_LENGTH) reasons.push(`must have at most ${PASSWORD_MAX_LENGTH} characters`);
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) reasons.push('is one of the most common passwords');
  if (/^(.)\1*$/.test(password)) reasons.push('repeats a single character');
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 4 && lower.includes(localPart)) reasons.push('contains your e-mail address');
  if (reasons.length === 0) return;
  throw new AppError('WEAK_PASSWORD', {
    details: reasons.map((reason) => ({ field, issue: 'weak_password', message: `${field} ${reason}` })),
  });
}
