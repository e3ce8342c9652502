/**
 * The client's file name kept only as text to show (the same rule as supplier documents): no path, no
 * control or bidi-override characters, at most 200 characters. Stored files are named by random keys.
 */
export function attachmentFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200)
    .trim();
  return cleaned || fallback;
}
