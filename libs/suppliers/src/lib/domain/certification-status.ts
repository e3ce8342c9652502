// When a certificate counts. Dates are calendar days in Mexico City time (see calendar-date.ts): a
// certificate is valid from the start of its valid-from day through the end of its valid-until day, and
// expired from the next day on. A missing date is an open end. YYYY-MM-DD strings compare as dates.
import { mexicoCityDate } from './calendar-date';

export type CertificationStatus = 'valid' | 'expired' | 'not_yet_valid';

export function certificationStatus(
  cert: { validFrom: string | null; validUntil: string | null },
  now: Date,
): CertificationStatus {
  const today = mexicoCityDate(now);
  if (cert.validUntil !== null && today > cert.validUntil) return 'expired';
  if (cert.validFrom !== null && today < cert.validFrom) return 'not_yet_valid';
  return 'valid';
}

/** A certificate may be valid for a single day (valid-until = valid-from), never end before it starts. */
export function certificationDatesProblem(
  validFrom: string | null,
  validUntil: string | null,
): null | { field: 'validUntil'; issue: 'before_valid_from' } {
  if (validFrom !== null && validUntil !== null && validUntil < validFrom) {
    return { field: 'validUntil', issue: 'before_valid_from' };
  }
  return null;
}
