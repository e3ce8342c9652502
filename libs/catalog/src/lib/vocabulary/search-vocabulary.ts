import { vocabulary } from './load-vocabulary';
import { createTextMatcher, type TextMatcher } from './match-text';
import { normalizeText, tokenize } from './normalize';
import { buildSearchIndex, type SearchIndex, type SearchTerm } from './search-index';
import { allowedTypos, typoDistance } from './typo-distance';
import type { Vocabulary, VocabularyKind, VocabularyLanguage } from './vocabulary.types';

/** How a suggestion matched, best first: the whole term, its start, a phrase inside a longer text, its words' starts, its words with typos. */
export const SEARCH_HOWS = ['exact', 'prefix', 'phrase', 'word', 'typo'] as const;
export type SearchHow = (typeof SEARCH_HOWS)[number];

export const SEARCH_DEFAULT_LIMIT = 10;
export const SEARCH_MAX_LIMIT = 50;

export interface VocabularySuggestion {
  readonly code: string;
  readonly kind: VocabularyKind;
  readonly parent?: string;
  readonly name: Readonly<Record<VocabularyLanguage, string>>;
  /** Why this entry is suggested: its best-matching term. */
  readonly match: {
    readonly how: SearchHow;
    /** The name or synonym that matched, as the vocabulary writes it. */
    readonly term: string;
    readonly via: 'name' | 'synonym';
    readonly language: VocabularyLanguage;
    /** For a phrase: the words of the query that matched, as typed. */
    readonly text?: string;
  };
}

export interface SearchVocabularyOptions {
  readonly kinds?: readonly VocabularyKind[];
  /** 1 to SEARCH_MAX_LIMIT, default SEARCH_DEFAULT_LIMIT. */
  readonly limit?: number;
}

export type VocabularySearch = (query: string, options?: SearchVocabularyOptions) => VocabularySuggestion[];

// Glue words a buyer types between the words that matter ("moldeo de inyección" for "moldeo por inyección"):
// they must not have to appear in the term. Alone, they are searched like any other word.
const STOP_WORDS = new Set(['a', 'al', 'and', 'con', 'de', 'del', 'e', 'el', 'en', 'for', 'in', 'la', 'las', 'los', 'of', 'para', 'por', 'the', 'to', 'with', 'y']);

// Lower is better. A whole name outranks a whole synonym, and the start of a name the start of a synonym; a
// phrase found inside a longer text is a whole term, so it outranks terms that only share some words with the
// query. Among those, how much of the term the query covers matters more than whether it is a name.
const RANK: Record<SearchHow, Record<'name' | 'synonym', number>> = {
  exact: { name: 0, synonym: 1 },
  prefix: { name: 2, synonym: 3 },
  phrase: { name: 4, synonym: 4 },
  word: { name: 5, synonym: 5 },
  typo: { name: 6, synonym: 6 },
};

const isContent = (word: string) => !STOP_WORDS.has(word);

interface Candidate {
  readonly term: SearchTerm;
  readonly how: SearchHow;
  /** Edits spent on typos. */
  readonly distance: number;
  /** Words of the term the query did not reach (glue words aside): fewer means closer to what was typed. */
  readonly uncovered: number;
  /** The term is spelled like the query, not just the same once plurals are folded. */
  readonly spelled: boolean;
  readonly text?: string;
}

/** Query word -> the vocabulary words it can stand for, with the typos spent (0 for the word, its plural or a prefix). */
function wordHits(index: SearchIndex, word: string, stem: string): ReadonlyMap<string, number> {
  const hits = new Map<string, number>();
  for (const candidate of index.words) {
    if (candidate.word.startsWith(word) || candidate.stem === stem) hits.set(candidate.word, 0);
  }
  // Typos only for words the vocabulary does not otherwise know: "cast" is the start of "casting", not a
  // misspelt "cost". Numbers (alloys, standards) must be typed right: 6063 is not 6061.
  const max = allowedTypos(word);
  if (hits.size > 0 || max === 0 || /\d/.test(word)) return hits;
  for (const candidate of index.words) {
    const distance = typoDistance(word, candidate.word, max);
    if (distance <= max) hits.set(candidate.word, distance);
  }
  return hits;
}

/** Every query word reaches some word of the term; undefined when one does not. */
function matchWords(term: SearchTerm, queryHits: readonly ReadonlyMap<string, number>[]): { distance: number; uncovered: number } | undefined {
  let distance = 0;
  const used = new Set<number>();
  for (const hits of queryHits) {
    let best = Infinity;
    let at = -1;
    term.words.forEach((word, position) => {
      const spent = hits.get(word);
      if (spent !== undefined && spent < best) [best, at] = [spent, position];
    });
    if (at < 0) return undefined;
    distance += best;
    used.add(at);
  }
  return { distance, uncovered: term.words.filter((word, position) => !used.has(position) && isContent(word)).length };
}

const viaOrder = (candidate: Candidate) => (candidate.term.via === 'name' ? 0 : 1);

/** Across entries: the better match first; among equals, names before synonyms, then the file's curated order (common processes first). */
function rank(a: Candidate, b: Candidate): number {
  return (
    RANK[a.how][a.term.via] - RANK[b.how][b.term.via] ||
    a.distance - b.distance ||
    a.uncovered - b.uncovered ||
    viaOrder(a) - viaOrder(b) ||
    a.term.order - b.term.order
  );
}

/** Within one entry: the term that explains the match best, preferring the spelling the user typed ("moldes", not "mold"). */
function better(a: Candidate, b: Candidate): number {
  return rank(a, b) || Number(b.spelled) - Number(a.spelled) || a.term.surface.length - b.term.surface.length;
}

/**
 * Suggestions over one vocabulary for a search box: accent-, case- and plural-insensitive, in English and
 * Spanish, tolerant of small typos, and for a longer text also the entries matchText finds in it. One result
 * per entry, its best match, ranked.
 */
export function createVocabularySearch(source: Vocabulary): VocabularySearch {
  const index = buildSearchIndex(source);
  const matcher: TextMatcher = createTextMatcher(source);
  return (query, options = {}) => {
    const tokens = tokenize(query);
    if (tokens.length === 0) return [];
    const allowed = options.kinds === undefined ? undefined : new Set(options.kinds);
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? SEARCH_DEFAULT_LIMIT), 1), SEARCH_MAX_LIMIT);
    const surface = tokens.map((token) => token.word).join(' ');
    const key = tokens.map((token) => token.key).join(' ');
    const meaningful = tokens.filter((token) => isContent(token.word));
    const queryHits = (meaningful.length > 0 ? meaningful : tokens).map((token) => wordHits(index, token.word, token.key));

    const best = new Map<string, Candidate>();
    const consider = (found: Omit<Candidate, 'spelled'>) => {
      const candidate = { ...found, spelled: found.term.surface === surface };
      const current = best.get(candidate.term.entry.code);
      if (!current || better(candidate, current) < 0) best.set(candidate.term.entry.code, candidate);
    };

    for (const term of index.terms) {
      if (allowed && !allowed.has(term.entry.kind)) continue;
      if (term.key === key || term.surface === surface) consider({ term, how: 'exact', distance: 0, uncovered: 0 });
      else if (term.surface.startsWith(surface)) {
        consider({ term, how: 'prefix', distance: 0, uncovered: term.words.slice(tokens.length).filter(isContent).length });
      } else {
        const words = matchWords(term, queryHits);
        if (words) consider({ term, how: words.distance === 0 ? 'word' : 'typo', ...words });
      }
    }
    for (const found of matcher(query, { kinds: options.kinds })) {
      const terms = index.termsByCode.get(found.code) ?? [];
      const phrase = normalizeText(found.matched);
      const term =
        terms.find((t) => t.key === phrase && t.via === found.via && t.language === found.language) ?? terms.find((t) => t.key === phrase) ?? terms[0];
      if (term) consider({ term, how: 'phrase', distance: 0, uncovered: 0, text: found.matched });
    }

    return [...best.values()]
      .sort(rank)
      .slice(0, limit)
      .map(({ term, how, text }) => ({
        code: term.entry.code,
        kind: term.entry.kind,
        ...(term.entry.parent === undefined ? {} : { parent: term.entry.parent }),
        name: term.entry.name,
        match: { how, term: term.text, via: term.via, language: term.language, ...(text === undefined ? {} : { text }) },
      }));
  };
}

let defaultSearch: VocabularySearch | undefined;

/** Suggestions from the bundled vocabulary for what a buyer or plant is typing; the index is built on first use. */
export function searchVocabulary(query: string, options?: SearchVocabularyOptions): VocabularySuggestion[] {
  defaultSearch ??= createVocabularySearch(vocabulary());
  return defaultSearch(query, options);
}
