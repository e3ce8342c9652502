import { matchText, scianClassVocabulary, vocabulary, type VocabularyKind } from '@puente/catalog';
import type { SeededRandom } from './seeded-random';

/**
 * The ways a directory writes a vocabulary entry: its Spanish name, its English name, or a synonym in
 * either language. Only phrases that `matchText` maps back to exactly that entry are kept, so every value
 * the generator writes is one the importer can map.
 */
export class VocabularyPhrases {
  private readonly phrases = new Map<string, { es: string[]; en: string[]; synonyms: string[] }>();
  private readonly classCache = new Map<string, Record<'process' | 'material' | 'industry', string[]>>();

  constructor() {
    for (const entry of vocabulary().entries) {
      const maps = (phrase: string) => {
        const found = matchText(phrase);
        return found.length === 1 && found[0].code === entry.code;
      };
      const es = [entry.name.es].filter(maps);
      const en = [entry.name.en].filter(maps);
      const synonyms = [...entry.synonyms.es, ...entry.synonyms.en].filter(maps);
      if (es.length + en.length + synonyms.length > 0) this.phrases.set(entry.code, { es, en, synonyms });
    }
  }

  /** True when the entry has at least one phrase that maps back to it. */
  has(code: string): boolean {
    return this.phrases.has(code);
  }

  /** Spanish name 65%, English name 20%, a synonym 15% (falling back to whatever maps). */
  phrase(code: string, random: SeededRandom): string {
    const found = this.phrases.get(code);
    if (!found) throw new Error(`no phrase maps to ${code}`);
    const roll = random.next();
    const preferred = roll < 0.65 ? found.es : roll < 0.85 ? found.en : found.synonyms;
    const pool = preferred.length > 0 ? preferred : [...found.es, ...found.en, ...found.synonyms];
    return random.pick(pool);
  }

  /** The SCIAN class's own vocabulary entries (from the catalog's SCIAN map), by kind, that have phrases. */
  classEntries(scianCode: string): Record<'process' | 'material' | 'industry', string[]> {
    let entry = this.classCache.get(scianCode);
    if (!entry) {
      const of = (kind: VocabularyKind) =>
        scianClassVocabulary(scianCode)
          .filter((match) => match.kind === kind && this.has(match.code))
          .map((match) => match.code);
      entry = { process: of('process'), material: of('material'), industry: of('industry') };
      this.classCache.set(scianCode, entry);
    }
    return entry;
  }
}
