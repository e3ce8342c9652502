import type { Language } from '@puente/platform';

/** The regional formats our recipients read: US buyers and Mexican manufacturers. */
export function localeOf(language: Language): 'en-US' | 'es-MX' {
  return language === 'es' ? 'es-MX' : 'en-US';
}
