import { matchText, normalizeText, vocabulary, type VocabularyKind } from '@puente/catalog';

/** The optional list columns and the vocabulary kinds their words map to. */
export const TERM_COLUMN_KINDS = {
  procesos: ['process', 'process-family'],
  materiales: ['material'],
  certificaciones: ['certification'],
  industrias: ['industry'],
} as const satisfies Record<string, readonly VocabularyKind[]>;
export type TermColumn = keyof typeof TERM_COLUMN_KINDS;

let byPhrase: Map<string, Array<{ code: string; kind: VocabularyKind }>> | undefined;

/** Every code, name and synonym (both languages) by its normalized form, built once. */
function phraseIndex(): Map<string, Array<{ code: string; kind: VocabularyKind }>> {
  if (byPhrase) return byPhrase;
  const index = new Map<string, Array<{ code: string; kind: VocabularyKind }>>();
  for (const entry of vocabulary().entries) {
    for (const phrase of [entry.name.en, entry.name.es, ...entry.synonyms.en, ...entry.synonyms.es]) {
      const key = normalizeText(phrase);
      if (!key) continue;
      const list = index.get(key) ?? [];
      if (!list.some((item) => item.code === entry.code)) list.push({ code: entry.code, kind: entry.kind });
      index.set(key, list);
    }
  }
  byPhrase = index;
  return index;
}

/**
 * Maps a `|`-separated cell ("maquinado CNC|Injection molding|proc.stamping") to vocabulary codes of the
 * column's kinds: each value as an exact code, else as a name or synonym in either language, else through
 * `matchText` (so "maquinado de piezas de aluminio" still finds machining). Words nothing matches are
 * dropped and returned as `unknown` (the row is kept: one unfamiliar word should not hide a plant).
 */
export function mapTerms(column: TermColumn, cell: string | undefined): { codes: string[]; unknown: string[] } {
  const kinds: readonly VocabularyKind[] = TERM_COLUMN_KINDS[column];
  const codes: string[] = [];
  const unknown: string[] = [];
  const push = (code: string) => {
    if (!codes.includes(code)) codes.push(code);
  };
  for (const raw of (cell ?? '').split('|')) {
    const value = raw.trim();
    if (!value) continue;
    const entry = vocabulary().entry(value.toLowerCase());
    if (entry && kinds.includes(entry.kind)) {
      push(entry.code);
      continue;
    }
    const named = (phraseIndex().get(normalizeText(value)) ?? []).filter((item) => kinds.includes(item.kind));
    if (named.length > 0) {
      named.forEach((item) => push(item.code));
      continue;
    }
    const matched = matchText(value, { kinds });
    if (matched.length > 0) matched.forEach((match) => push(match.code));
    else unknown.push(value);
  }
  return { codes, unknown };
}
