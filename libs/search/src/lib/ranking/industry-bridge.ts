// The industry-code bridge: English product words → NAICS 2017 titles → SCIAN 2018 classes through the
// catalog's crosswalk, so "dog food" reaches plants registered under "Elaboración de alimentos para
// animales" although their text never says "dog". Spanish product words cross it too (through
// SPANISH_PRODUCT_WORDS, and the SCIAN Spanish titles themselves).
//
// Precision rules: stop and generic words ("manufacturing", "products", "parts") never bridge; a title is
// read only up to "except" ("Aluminum Foundries (except Die-Casting)" is not die casting); a word is worth its
// rarity among titles (IDF), so "brake" outweighs "food"; a single common word (in more than
// COMMON_WORD_TITLES titles) bridges nothing; when the query has product words (not taken by a vocabulary
// concept) a class must match one of them; at most MAX_CLASSES classes, each within RELATIVE_CUTOFF of the best.
import { loadNaics, naicsEntry, naicsToScian, scianEntry, scianManufacturingClasses, scianNaicsLinks, tokenize } from '@puente/catalog';
import type { QueryUnderstanding } from './ranking-types';
import { SPANISH_PRODUCT_WORDS } from './spanish-product-words';
import { GENERIC_KEYS, STOP_KEYS } from './words';

export const MAX_CLASSES = 6;
const RELATIVE_CUTOFF = 0.7;
const COMMON_WORD_TITLES = 15;
/** A word no title has ("housings") still counts in the query's mass, as much as a fairly common title word. */
const UNKNOWN_WORD_WEIGHT = 3;

interface TitleEntry {
  scian: string;
  naics: string | null;
  keys: ReadonlySet<string>;
  /** Title words beyond the matched ones make a title less specific: "Dog and Cat Food" beats "Other Animal Food" on "dog food". */
  size: number;
}

interface BridgeIndex {
  entries: TitleEntry[];
  df: Map<string, number>;
  count: number;
}

let index: BridgeIndex | undefined;

/**
 * "stamped" and "stamping" meet "Stamping": the catalog's stemmer handles plurals only, so the bridge also
 * folds English -ing and -ed (on both sides, titles and queries) when a stem of four letters or more remains.
 */
export function bridgeKey(key: string): string {
  const folded = key.replace(/(?:ing|ed)$/, '');
  return folded.length >= 4 && folded !== key ? folded : key;
}

/** The title's keys, read up to "except"/"excepto" and without stop or generic words. */
function titleKeys(title: string): string[] {
  const cut = title.split(/\(?\bexcept(?:o)?\b/i)[0];
  return tokenize(cut)
    .map((token) => token.key)
    .filter((key) => !STOP_KEYS.has(key) && !GENERIC_KEYS.has(key) && !/^\d+$/.test(key))
    .map(bridgeKey);
}

function bridgeIndex(): BridgeIndex {
  if (index) return index;
  const entries: TitleEntry[] = [];
  for (const naics of loadNaics().values()) {
    if (naics.code.length !== 6) continue;
    const keys = titleKeys(naics.title);
    for (const scian of naicsToScian(naics.code)) entries.push({ scian, naics: naics.code, keys: new Set(keys), size: keys.length });
  }
  for (const scian of scianManufacturingClasses()) {
    const keys = titleKeys(scian.title);
    entries.push({ scian: scian.code, naics: null, keys: new Set(keys), size: keys.length });
  }
  const df = new Map<string, number>();
  for (const entry of entries) for (const key of entry.keys) df.set(key, (df.get(key) ?? 0) + 1);
  index = { entries, df, count: entries.length };
  return index;
}

/** One word of the query the bridge may use, with the keys it can meet in a title (its own, and English ones for Spanish words). */
export interface BridgeWord {
  /** As written. */
  word: string;
  keys: string[];
  /** Not taken by a process or material concept (an industry word such as "valves" still names a product). */
  product: boolean;
  /** Rarity among titles (IDF); 0 for words no title has. */
  weight: number;
}

/** The query's words for the bridge; stop and generic words dropped. */
export function bridgeWords(tokens: ReadonlyArray<{ word: string; key: string; consumed: boolean }>): BridgeWord[] {
  const { df, count } = bridgeIndex();
  const words: BridgeWord[] = [];
  for (const token of tokens) {
    if (STOP_KEYS.has(token.key) || GENERIC_KEYS.has(token.key) || /^\d+$/.test(token.key) || token.key.length < 3) continue;
    const alternatives = [...spanishWordsOf(token.word), ...(ENGLISH_PRODUCT_SYNONYMS[token.word] ?? [])];
    const keys = [...new Set([token.key, ...alternatives.flatMap((english) => tokenize(english).map((t) => t.key))].map(bridgeKey))];
    const rarest = Math.min(...keys.map((key) => df.get(key) ?? Infinity));
    words.push({ word: token.word, keys, product: !token.consumed, weight: Number.isFinite(rarest) ? Math.log(1 + count / rarest) : 0 });
  }
  return words;
}

function spanishWordsOf(word: string): readonly string[] {
  return SPANISH_PRODUCT_WORDS[word] ?? SPANISH_PRODUCT_WORDS[word.replace(/e?s$/, '')] ?? [];
}

let englishToSpanish: Map<string, string[]> | undefined;

/** Spanish product words for an English key (the table read backwards); [] for words it does not have. */
export function spanishFor(key: string): readonly string[] {
  if (!englishToSpanish) {
    englishToSpanish = new Map();
    for (const [spanish, englishWords] of Object.entries(SPANISH_PRODUCT_WORDS)) {
      for (const english of englishWords) {
        if (english === spanish) continue;
        const englishKey = tokenize(english)[0]?.key;
        if (!englishKey) continue;
        englishToSpanish.set(englishKey, [...(englishToSpanish.get(englishKey) ?? []), spanish]);
      }
    }
  }
  return englishToSpanish.get(key) ?? [];
}

/** Plain English words buyers use for what NAICS titles call otherwise. */
const ENGLISH_PRODUCT_SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  car: ['motor vehicle', 'automobile'], cars: ['motor vehicle', 'automobile'], auto: ['motor vehicle', 'automobile'],
  vehicle: ['motor vehicle'], vehicles: ['motor vehicle'], truck: ['truck', 'motor vehicle'], trucks: ['truck', 'motor vehicle'],
  syringes: ['medical', 'surgical'], syringe: ['medical', 'surgical'], drugs: ['pharmaceutical'], medicines: ['pharmaceutical'],
});

/** Whether a word is Spanish and not also English ("gas", "motor", "chocolate" tell nothing). */
export function isSpanishProductWord(word: string): boolean {
  const english = spanishWordsOf(word);
  return english.length > 0 && !english.includes(word) && !english.includes(word.replace(/e?s$/, ''));
}

/** Whether any Spanish product word was used (a language hint for short queries). */
export function hasSpanishProductWord(words: readonly BridgeWord[]): boolean {
  return words.some((word) => isSpanishProductWord(word.word));
}

interface Scored {
  scian: string;
  naics: string | null;
  score: number;
  matched: string[];
  size: number;
}

/** SCIAN classes the words reach, best first, bounded; [] when nothing specific enough matched. */
export function bridgeToScian(words: readonly BridgeWord[]): QueryUnderstanding['scian'] {
  if (words.length === 0) return [];
  const { entries, df, count } = bridgeIndex();
  const idf = (key: string): number => Math.log(1 + count / (df.get(key) ?? count));
  const anyProduct = words.some((word) => word.product && word.keys.some((key) => df.has(key)));
  // The query's meaningful mass: every word's rarity, matched or not, so "trim" in a line about chrome plating
  // for automotive trim carries a small share while "dog food" carries it all.
  const mass = words.reduce((sum, word) => sum + (word.weight || UNKNOWN_WORD_WEIGHT), 0);
  const scored: Scored[] = [];
  for (const entry of entries) {
    let score = 0;
    const matched: string[] = [];
    let product = false;
    let rarest = Infinity;
    for (const word of words) {
      const hit = word.keys.filter((key) => entry.keys.has(key));
      if (hit.length === 0) continue;
      score += Math.max(...hit.map(idf));
      rarest = Math.min(rarest, ...hit.map((key) => df.get(key) ?? count));
      matched.push(word.word);
      if (word.product) product = true;
    }
    if (matched.length === 0) continue;
    if (anyProduct && !product) continue;
    if (!anyProduct && matched.length < 2) continue; // process and material words alone bridge only together ("die casting")
    if (matched.length === 1 && rarest > COMMON_WORD_TITLES) continue;
    scored.push({ scian: entry.scian, naics: entry.naics, score, matched, size: entry.size });
  }
  if (scored.length === 0) return [];
  // Per class its best title: more matched weight first, then the tighter title, then an English (NAICS) title.
  scored.sort((a, b) => b.score - a.score || a.size - b.size || Number(b.naics !== null) - Number(a.naics !== null) || a.scian.localeCompare(b.scian));
  const best = scored[0].score;
  const result: QueryUnderstanding['scian'] = [];
  const seen = new Set<string>();
  for (const candidate of scored) {
    if (candidate.score < best * RELATIVE_CUTOFF || result.length >= MAX_CLASSES) break;
    if (seen.has(candidate.scian)) continue;
    seen.add(candidate.scian);
    const naicsCode = candidate.naics ?? describingNaics(candidate.scian);
    const naics = naicsCode ? naicsEntry(naicsCode) : undefined;
    result.push({
      code: candidate.scian,
      title: scianEntry(candidate.scian)?.title ?? candidate.scian,
      naics: { code: naics?.code ?? '', title: naics?.title ?? '' },
      matched: candidate.matched.join(' '),
      confidence: Math.round(Math.min(1, candidate.score / mass) * 1000) / 1000,
    });
  }
  return result;
}

/** The NAICS code that describes a SCIAN class best (identical code first), for classes reached by their Spanish title. */
function describingNaics(scian: string): string | null {
  const links = scianNaicsLinks(scian);
  return (links.find((link) => link.basis === 'identical_6digit') ?? links[0])?.naics ?? null;
}
