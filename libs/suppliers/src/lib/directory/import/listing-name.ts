/**
 * A company name reduced to what tells two companies apart, for the merge rule's trigram similarity:
 * accents, case and punctuation go, and so do the legal forms (S.A. de C.V., S. de R.L., S.A.P.I.,
 * S.C.) that every second registry row carries and that would make any two Mexican companies look alike.
 */
const LEGAL_FORM_WORDS = new Set(['s', 'a', 'de', 'c', 'v', 'r', 'l', 'sa', 'cv', 'rl', 'srl', 'sapi', 'sab', 'sc', 'spr', 'ri', 'mi', 'ip', 'p', 'i', 'b']);

export function matchName(name: string | null | undefined): string | null {
  if (!name) return null;
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9ñ&]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  // Legal-form words count only at the end ("ACEROS DE MEXICO SA DE CV" keeps its "de").
  let end = words.length;
  while (end > 0 && LEGAL_FORM_WORDS.has(words[end - 1])) end -= 1;
  const kept = words.slice(0, end).join(' ');
  return kept || null;
}
