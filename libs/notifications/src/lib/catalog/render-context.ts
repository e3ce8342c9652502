import type { Language } from '@puente/platform';

/** Who reads the message: their language and time zone, and where the product's web app lives. */
export interface RenderContext {
  language: Language;
  /** IANA zone, e.g. 'America/Mexico_City'. */
  timeZone: string;
  /** PUBLIC_WEB_URL, e.g. 'https://puente.example'. */
  publicWebUrl: string;
}

/** Refuses a context that would produce wrong output silently (a bad zone, a relative base URL). */
export function checkRenderContext(context: RenderContext): void {
  if (context.language !== 'en' && context.language !== 'es') throw new Error(`unsupported language "${String(context.language)}"`);
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: context.timeZone });
  } catch {
    throw new Error(`unknown time zone "${context.timeZone}"`);
  }
  let base: URL;
  try {
    base = new URL(context.publicWebUrl);
  } catch {
    throw new Error(`publicWebUrl "${context.publicWebUrl}" is not an absolute URL`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new Error(`publicWebUrl "${context.publicWebUrl}" must be http(s)`);
}

/** `webUrl('https://x.test/', '/team')` → 'https://x.test/team' (keeps a base path, never doubles the slash). */
export function webUrl(publicWebUrl: string, path: string): string {
  return `${publicWebUrl.replace(/\/+$/, '')}${path}`;
}
