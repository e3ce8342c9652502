import { normalizeText } from './normalize';
import {
  VOCABULARY_KINDS,
  VOCABULARY_LANGUAGES,
  type NotCapabilityPhrases,
  type VocabularyEntry,
  type VocabularyKind,
} from './vocabulary.types';

export interface VocabularyFile {
  readonly version: number;
  readonly entries: readonly VocabularyEntry[];
  readonly notCapabilities: NotCapabilityPhrases;
}

const CODE = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const CODE_PREFIX: Record<VocabularyKind, string> = {
  'process-family': 'proc.',
  process: 'proc.',
  material: 'mat.',
  industry: 'ind.',
  certification: 'cert.',
};

/**
 * Families and processes share one namespace for synonyms: "stamping" must mean either the family or one
 * process, or every match would report both. Other kinds may share a phrase with each other on purpose
 * (matchText then reports both entries).
 */
function synonymNamespace(kind: VocabularyKind): string {
  return kind === 'process' ? 'process-family' : kind;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Checks the parsed vocabulary file and returns it typed; throws one Error listing every problem so a
 * broken data edit is fixed in one pass.
 */
export function validateVocabulary(data: unknown): VocabularyFile {
  const problems: string[] = [];
  if (typeof data !== 'object' || data === null) throw new Error('vocabulary: the file is not an object');
  const { version, entries, notCapabilities = { en: [], es: [] } } = data as { version?: unknown; entries?: unknown; notCapabilities?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) problems.push('version must be a positive integer');
  if (!Array.isArray(entries)) throw new Error('vocabulary: entries must be an array');

  const byCode = new Map<string, VocabularyEntry>();
  entries.forEach((raw: unknown, index) => {
    const entry = raw as Partial<VocabularyEntry> | null;
    const where = `entry ${index} (${entry?.code ?? '?'})`;
    if (typeof entry !== 'object' || entry === null) {
      problems.push(`${where}: not an object`);
      return;
    }
    if (typeof entry.code !== 'string' || !CODE.test(entry.code)) problems.push(`${where}: code must be lowercase and dotted`);
    if (!VOCABULARY_KINDS.includes(entry.kind as VocabularyKind)) problems.push(`${where}: unknown kind ${String(entry.kind)}`);
    else if (typeof entry.code === 'string' && !entry.code.startsWith(CODE_PREFIX[entry.kind as VocabularyKind]))
      problems.push(`${where}: a ${entry.kind} code starts with ${CODE_PREFIX[entry.kind as VocabularyKind]}`);
    for (const language of VOCABULARY_LANGUAGES) {
      const name = entry.name?.[language];
      if (typeof name !== 'string' || name.trim() === '') problems.push(`${where}: name.${language} is missing`);
      const synonyms: unknown = entry.synonyms?.[language];
      if (!isStringArray(synonyms) || synonyms.length === 0) problems.push(`${where}: synonyms.${language} must be a non-empty list of strings`);
      else if (synonyms.some((synonym) => normalizeText(synonym) === '')) problems.push(`${where}: synonyms.${language} has an empty phrase`);
    }
    if (typeof entry.code === 'string') {
      if (byCode.has(entry.code)) problems.push(`${where}: duplicate code`);
      byCode.set(entry.code, entry as VocabularyEntry);
    }
  });

  for (const entry of byCode.values()) {
    if (entry.kind === 'process') {
      const parent = entry.parent === undefined ? undefined : byCode.get(entry.parent);
      if (parent?.kind !== 'process-family') problems.push(`${entry.code}: parent ${entry.parent ?? '(none)'} is not a process family`);
      else if (!entry.code.startsWith(`${parent.code}.`)) problems.push(`${entry.code}: code does not start with its parent's code`);
    } else if (entry.parent !== undefined) {
      problems.push(`${entry.code}: only processes have a parent`);
    }
  }

  // An entry may list the same phrase in both languages ("CNC"); two entries may not claim it.
  const claims = new Map<string, string>();
  for (const entry of byCode.values()) {
    if (!entry.name || !entry.synonyms) continue; // already reported above
    const namespace = synonymNamespace(entry.kind);
    for (const language of VOCABULARY_LANGUAGES) {
      for (const phrase of [entry.name[language], ...(entry.synonyms[language] ?? [])]) {
        if (typeof phrase !== 'string') continue;
        const key = `${namespace}|${normalizeText(phrase)}`;
        const owner = claims.get(key);
        if (owner !== undefined && owner !== entry.code) problems.push(`"${phrase}" is claimed by ${owner} and ${entry.code}`);
        else claims.set(key, entry.code);
      }
    }
  }

  problems.push(...notCapabilityProblems(notCapabilities, claims));

  if (problems.length > 0) throw new Error(`vocabulary: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  return { version: version as number, entries: entries as VocabularyEntry[], notCapabilities: notCapabilities as NotCapabilityPhrases };
}

/** A not-a-capability phrase that is also an entry's name or synonym would make that phrase unreachable. */
function notCapabilityProblems(value: unknown, claims: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const phrases = value as Partial<Record<string, unknown>> | null;
  for (const language of VOCABULARY_LANGUAGES) {
    const list = phrases?.[language];
    if (!isStringArray(list)) {
      problems.push(`notCapabilities.${language} must be a list of strings`);
      continue;
    }
    for (const phrase of list) {
      const normalized = normalizeText(phrase);
      if (normalized === '') problems.push(`notCapabilities.${language} has an empty phrase`);
      for (const [key, owner] of claims) {
        if (key.endsWith(`|${normalized}`)) problems.push(`"${phrase}" is both not a capability and claimed by ${owner}`);
      }
    }
  }
  return problems;
}
