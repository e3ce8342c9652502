/** Why a string may not enter the product: PostgreSQL refuses NUL in text, and a lone surrogate is not Unicode. */
export type UnsafeTextIssue = 'nul_character' | 'unpaired_surrogate';

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const SUSPECT = /[\u0000\uD800-\uDFFF]/;
// Without the `u` flag the pattern sees UTF-16 code units, so a lone half of a pair is found.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first reason the text is unsafe, or undefined; well-formed text costs one regex test. */
export function unsafeTextIssue(text: string): UnsafeTextIssue | undefined {
  if (!SUSPECT.test(text)) return undefined;
  if (text.includes('\u0000')) return 'nul_character';
  return UNPAIRED_SURROGATE.test(text) ? 'unpaired_surrogate' : undefined;
}

/** A key or value as it may be echoed in an error: unsafe characters escaped, long text cut. */
export function printable(text: string, max = 100): string {
  // eslint-disable-next-line no-control-regex -- control characters are what gets escaped
  const escaped = text.replace(/[\u0000-\u001F\uD800-\uDFFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
