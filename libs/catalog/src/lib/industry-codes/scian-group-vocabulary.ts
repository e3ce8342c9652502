import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vocabulary } from '../vocabulary/load-vocabulary';
import type { VocabularyEntry } from '../vocabulary/vocabulary.types';
import { INDUSTRY_CODES_DATA_DIR } from './read-industry-csv';
import { scianEntry } from './scian.loader';

let groups: ReadonlyMap<string, readonly VocabularyEntry[]> | undefined;

/**
 * Checks the hand-written group table: every key must be a SCIAN manufacturing subsector or rama and every
 * code a vocabulary entry, so a typo fails loudly at start-up instead of silently mapping nothing.
 */
export function buildScianGroupTable(groupsByCode: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, readonly VocabularyEntry[]> {
  const problems: string[] = [];
  const table = new Map<string, VocabularyEntry[]>();
  for (const [group, codes] of Object.entries(groupsByCode)) {
    const level = scianEntry(group)?.level;
    if (!/^3[1-3]/.test(group) || (level !== 'subsector' && level !== 'rama')) problems.push(`${group} is not a manufacturing subsector or rama`);
    const entries: VocabularyEntry[] = [];
    for (const code of codes) {
      const entry = vocabulary().entry(code);
      if (entry) entries.push(entry);
      else problems.push(`${group}: ${code} is not in the vocabulary`);
    }
    table.set(group, entries);
  }
  if (problems.length > 0) throw new Error(`scian-group-vocabulary.json: ${problems.join('; ')}`);
  return table;
}

function scianGroups(): ReadonlyMap<string, readonly VocabularyEntry[]> {
  groups ??= buildScianGroupTable(
    (JSON.parse(readFileSync(join(INDUSTRY_CODES_DATA_DIR, 'scian-group-vocabulary.json'), 'utf8')) as { groups: Record<string, string[]> }).groups,
  );
  return groups;
}

/** The vocabulary entries of a clase's most specific listed group (its rama, else its subsector). */
export function scianGroupVocabulary(classCode: string): { group: string; entries: readonly VocabularyEntry[] } | undefined {
  const table = scianGroups();
  for (const digits of [4, 3]) {
    const group = classCode.slice(0, digits);
    const entries = table.get(group);
    if (entries) return { group, entries };
  }
  return undefined;
}
