import { findUsZip, loadMxStates, vocabulary, type VocabularyKind } from '@puente/catalog';
import type { ErrorDetail } from '@puente/platform';
import { AppError } from '@puente/platform';

// Checks of what a client sends that need the catalog: each problem names its field, all at once.

export function unknownCodeProblems(field: string, codes: string[], kinds: VocabularyKind[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  codes.forEach((code, index) => {
    const entry = vocabulary().entry(code);
    if (!entry || !kinds.includes(entry.kind)) {
      problems.push({ field: `${field}[${index}]`, issue: 'unknown_code', message: `${code} is not a ${kinds[kinds.length - 1]} of the vocabulary` });
    }
  });
  return problems;
}

export function unknownStateProblems(codes: string[]): ErrorDetail[] {
  const known = new Set(loadMxStates().map((state) => state.code));
  return codes.flatMap((code, index) =>
    known.has(code) ? [] : [{ field: `states[${index}]`, issue: 'unknown_code', message: `${code} is not an INEGI state code` }],
  );
}

export function zipProblems(zip: string | null): ErrorDetail[] {
  if (zip === null || findUsZip(zip)) return [];
  return [{ field: 'zip', issue: 'not_found', message: `${zip} is not a US ZIP code we know` }];
}

export function throwIfProblems(problems: ErrorDetail[]): void {
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { details: problems });
}
