import { matchText } from '../vocabulary/match-text';
import type { VocabularyKind } from '../vocabulary/vocabulary.types';
import { naicsEntry } from './naics.loader';
import { normalizeIndustryCode } from './read-industry-csv';
import { scianManufacturingClasses } from './scian.loader';
import { scianGroupVocabulary } from './scian-group-vocabulary';
import { scianNaicsLinks } from './scian-naics-crosswalk.loader';

/** Certifications say nothing about what a class makes, so they are left out of the mapping. */
export const SCIAN_CLASS_VOCABULARY_KINDS: readonly VocabularyKind[] = [
  'process',
  'process-family',
  'material',
  'industry',
];

export interface ScianClassVocabularyMatch {
  /** Vocabulary code, e.g. 'proc.molding.injection-molding'. */
  readonly code: string;
  readonly kind: VocabularyKind;
  /** 'title': words of the clase's titles matched; 'group': its subsector or rama implies it (hand-written table). */
  readonly basis: 'title' | 'group';
  /** For 'title', the words that matched, as written, each once (Spanish first, then English); for 'group', the SCIAN group code. */
  readonly matched: readonly string[];
}

let cache: ReadonlyMap<string, readonly ScianClassVocabularyMatch[]> | undefined;

/**
 * NAICS codes whose English title describes the clase itself. A clase joined to several NAICS codes only
 * through a shared 5-digit industry gets its siblings' titles too (rice milling would read "Flour Milling",
 * household plastics "Plumbing Fixture"), so those are used only when they are the clase's single link.
 */
function describingNaics(code: string): readonly string[] {
  const links = scianNaicsLinks(code);
  if (links.length === 1) return [links[0].naics];
  return links.filter((link) => link.basis === 'identical_6digit').map((link) => link.naics);
}

/**
 * Maps one clase by matching its Spanish title and the English titles of the NAICS codes that describe it
 * (the English titles catch words the Spanish title leaves implicit, e.g. "Metal Stamping"), then adds the
 * entries its SCIAN group implies, so that food and chemical clases whose titles name products still map.
 */
function mapClass(code: string, spanishTitle: string): readonly ScianClassVocabularyMatch[] {
  const titles = [spanishTitle, ...describingNaics(code).flatMap((naics) => naicsEntry(naics)?.title ?? [])];
  const byCode = new Map<string, { kind: VocabularyKind; matched: string[] }>();
  for (const title of titles) {
    for (const match of matchText(title, { kinds: SCIAN_CLASS_VOCABULARY_KINDS })) {
      const found = byCode.get(match.code);
      if (!found) byCode.set(match.code, { kind: match.kind, matched: [match.matched] });
      else if (!found.matched.includes(match.matched)) found.matched.push(match.matched);
    }
  }
  const fromTitles = [...byCode].map(([vocabularyCode, { kind, matched }]) => ({ code: vocabularyCode, kind, basis: 'title' as const, matched }));
  const group = scianGroupVocabulary(code);
  if (!group) return fromTitles;
  const fromGroup = group.entries
    .filter((entry) => !byCode.has(entry.code))
    .map((entry) => ({ code: entry.code, kind: entry.kind, basis: 'group' as const, matched: [group.group] }));
  return [...fromTitles, ...fromGroup];
}

/** Every SCIAN 2018 manufacturing clase (sectors 31-33) with its vocabulary entries, computed once. */
export function scianClassVocabularyMap(): ReadonlyMap<string, readonly ScianClassVocabularyMatch[]> {
  cache ??= new Map(scianManufacturingClasses().map((entry) => [entry.code, mapClass(entry.code, entry.title)]));
  return cache;
}

/** Vocabulary entries for a manufacturing clase; [] when nothing matched or the code is not such a clase. */
export function scianClassVocabulary(code: string): readonly ScianClassVocabularyMatch[] {
  return scianClassVocabularyMap().get(normalizeIndustryCode(code)) ?? [];
}
