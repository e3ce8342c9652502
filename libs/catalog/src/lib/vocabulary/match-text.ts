import { vocabulary } from './load-vocabulary';
import { excludedTokenIndexes } from './excluded-tokens';
import { tokenize } from './normalize';
import { buildPhraseIndex, type PhraseIndex } from './phrase-index';
import type { Vocabulary, VocabularyKind, VocabularyLanguage } from './vocabulary.types';

export interface TextMatch {
  readonly code: string;
  readonly kind: VocabularyKind;
  /** The words of the text that matched, as written (e.g. "Maquinado CNC"). */
  readonly matched: string;
  readonly via: 'name' | 'synonym';
  readonly language: VocabularyLanguage;
}

export interface MatchTextOptions {
  /** Only entries of these kinds; phrases of other kinds do not consume words either. */
  readonly kinds?: readonly VocabularyKind[];
}

export type TextMatcher = (text: string, options?: MatchTextOptions) => TextMatch[];

/**
 * A matcher over one vocabulary. Greedy longest match from left to right: at each word the longest
 * phrase wins and its words are consumed, so "fundición a presión" is die casting and not also a bare
 * "fundición", and "fabricación de pinturas" (a not-a-capability phrase) is not painting. Words inside
 * negated or conditional clauses are never matched. Results are deduplicated by code and in text order.
 */
export function createTextMatcher(source: Vocabulary): TextMatcher {
  const index: PhraseIndex = buildPhraseIndex(source);
  return (text, options = {}) => {
    const allowed = options.kinds === undefined ? undefined : new Set(options.kinds);
    const original = text.normalize('NFC'); // tokenize() reports spans in the NFC form
    const tokens = tokenize(original);
    const excluded = excludedTokenIndexes(original, tokens);
    const results: TextMatch[] = [];
    const seen = new Set<string>();
    let position = 0;
    while (position < tokens.length) {
      let consumed = 0;
      let room = 0; // phrases never reach into a negated or conditional clause
      while (room < index.maxTokens && position + room < tokens.length && !excluded.has(position + room)) room += 1;
      for (let length = room; length > 0; length -= 1) {
        const window = tokens.slice(position, position + length);
        const key = window.map((token) => token.key).join(' ');
        if (index.notCapabilities.has(key)) {
          consumed = length;
          break;
        }
        const claims = (index.phrases.get(key) ?? []).filter(
          (claim) => allowed === undefined || allowed.has(claim.entry.kind),
        );
        if (claims.length === 0) continue;
        const matched = original.slice(window[0].start, window[window.length - 1].end);
        const surface = window.map((token) => token.word).join(' ');
        for (const claim of claims) {
          const { entry } = claim;
          if (seen.has(entry.code)) continue;
          seen.add(entry.code);
          // Several claims of one entry can share a stem ("molds" en, "moldes" es): report the one spelled like the text.
          const best = claims.find((other) => other.entry === entry && other.surface === surface) ?? claim;
          results.push({ code: entry.code, kind: entry.kind, matched, via: best.via, language: best.language });
        }
        consumed = length;
        break;
      }
      position += consumed > 0 ? consumed : 1;
    }
    return results;
  };
}

let defaultMatcher: TextMatcher | undefined;

/** Finds the vocabulary entries a free text mentions, in English or Spanish (accent-, case- and plural-insensitive). */
export function matchText(text: string, options?: MatchTextOptions): TextMatch[] {
  defaultMatcher ??= createTextMatcher(vocabulary());
  return defaultMatcher(text, options);
}
