/**
 * Text normalization shared by the vocabulary index and the text being matched: both sides go through
 * the same functions, so a stem only has to be consistent, not a real word.
 */

/** One comparable token with the span of the original text it came from (to report what matched). */
export interface TextToken {
  /** Folded and stemmed: what phrases are compared on. */
  readonly key: string;
  /** Folded but not stemmed: tells which spelling (English "molds" or Spanish "moldes") the text used. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// Runs of letters or digits; everything else (including '-', ',', '/', '&', '.') separates words.
const WORD = /[\p{L}\p{N}]+/gu;
// "ISO9001", "AS9100D", "6061-T6": buyers and plants write these with and without spaces, so letters and
// digits are split into separate tokens to make both spellings one phrase.
const LETTER_DIGIT_BOUNDARY = /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
const COMBINING_MARKS = /\p{M}/gu;

/** Lowercase and strip accents: "Fundición" -> "fundicion" ("ñ" becomes "n" too, like most plants type it). */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * Conflates singular and plural forms of English and Spanish words into one key.
 * - "-ies" -> "y" (assemblies -> assembly) for words longer than four letters ("dies" stays a die).
 * - trailing "s" and "e" are peeled off while the word is longer than three letters, so that
 *   "molde"/"moldes"/"mold"/"molds", "arnés"/"arneses" and "hose"/"hoses" meet. An "s" after an "s"
 *   is kept ("process", "press", "glass" are singular).
 * - a final "c" becomes "z" so the Spanish "-z"/"-ces" plural meets ("matriz"/"matrices") and the
 *   English "piece"/"pieces" stays consistent.
 * Digits-only tokens and short words (acronyms such as "cnc", "pvc", "abs") are left alone.
 */
export function stemToken(token: string): string {
  if (token.length <= 3 || !/^\p{L}+$/u.test(token)) return token;
  let stem = token;
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  while (stem.length > 3) {
    const last = stem[stem.length - 1];
    if (last === 'e' || (last === 's' && stem[stem.length - 2] !== 's')) stem = stem.slice(0, -1);
    else break;
  }
  if (stem.endsWith('c')) stem = `${stem.slice(0, -1)}z`;
  return stem;
}

/** Splits text into comparable tokens (folded and stemmed), keeping each token's span in the original text. */
export function tokenize(text: string): TextToken[] {
  // NFC first so that a decomposed "é" is one letter for WORD and the spans stay in the caller's text.
  const source = text.normalize('NFC');
  const tokens: TextToken[] = [];
  for (const match of source.matchAll(WORD)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    for (const part of match[0].split(LETTER_DIGIT_BOUNDARY)) {
      const word = foldWord(part);
      tokens.push({ key: stemToken(word), word, start, end });
    }
  }
  return tokens;
}

/** The normalized form of a text: its token keys joined by single spaces ("Inyección de Plásticos" -> "inyeccion de plastico"). */
export function normalizeText(text: string): string {
  return tokenize(text)
    .map((token) => token.key)
    .join(' ');
}
