/** URL options with which nodemailer would send in clear text; they override SMTP_REQUIRE_TLS, so refuse them. */
const DISABLING_OPTIONS: Array<[name: string, value: string]> = [
  ['ignoreTLS', 'true'],
  ['requireTLS', 'false'],
];

/**
 * The problem with an SMTP_URL that turns TLS off while SMTP_REQUIRE_TLS is on, or undefined. Nodemailer
 * lets options in the URL's query string win over the ones we pass, so the contradiction must be refused
 * at boot rather than resolved silently in favour of clear text.
 */
export function smtpTlsConflict(env: { SMTP_URL?: string; SMTP_REQUIRE_TLS?: unknown }): string | undefined {
  if (env.SMTP_REQUIRE_TLS !== true || !env.SMTP_URL) return undefined;
  let query: URLSearchParams;
  try {
    query = new URL(env.SMTP_URL).searchParams;
  } catch {
    return undefined; // the URL's own rule names it
  }
  const disabling = DISABLING_OPTIONS.filter(([name, value]) => query.get(name)?.toLowerCase() === value);
  if (disabling.length === 0) return undefined;
  return `SMTP_URL turns TLS off (${disabling.map(([name, value]) => `${name}=${value}`).join(', ')}) while SMTP_REQUIRE_TLS is true; remove it, or set SMTP_REQUIRE_TLS=false to send in clear text`;
}
