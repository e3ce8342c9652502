// REPSE (registry of specialized-service providers, STPS): a registration lasts three years and must then be
// renewed. The valid-until date on the registration wins; without it, the registration covers three years
// from the registration date (through the day before the third anniversary). Calendar days in Mexico City.
import { addDays, addYears, mexicoCityDate } from './calendar-date';

export const REPSE_VALIDITY_YEARS = 3;

/** The last day a REPSE registration made on `registeredOn` covers when no valid-until is known. */
export function repseValidUntil(registeredOn: string): string {
  return addDays(addYears(registeredOn, REPSE_VALIDITY_YEARS), -1);
}

/** 'none' when there is no registration, or its registration date is still ahead (not registered yet). */
export function repseStatus(registeredOn: string | null, validUntil: string | null, now: Date): 'valid' | 'expired' | 'none' {
  const today = mexicoCityDate(now);
  if (registeredOn !== null && today < registeredOn) return 'none';
  const lastDay = validUntil ?? (registeredOn === null ? null : repseValidUntil(registeredOn));
  if (lastDay === null) return 'none';
  return today > lastDay ? 'expired' : 'valid';
}
