const SUPPORTED = new Set(Intl.supportedValuesOf('timeZone'));

export function isTimeZone(value: string): boolean {
  return SUPPORTED.has(value) || value === 'UTC';
}

/** A sensible first guess; users and organizations change it in their profile. */
export function defaultTimeZone(country: string): string {
  return country === 'MX' ? 'America/Mexico_City' : country === 'US' ? 'America/Chicago' : 'UTC';
}
