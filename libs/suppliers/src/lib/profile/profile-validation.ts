import { AppError, type ErrorDetail } from '@puente/platform';
import { EMPTY_PROFILE_DATA, type ProfileData } from './profile-data';
import { checkRfc, unknownVocabularyCodes, type CapabilityKind } from './supplier-rules';

/** What PUT sends: every editable field, absent meaning empty. */
export type ProfileInput = {
  [K in keyof ProfileData]?: ProfileData[K] extends object ? (ProfileData[K] extends unknown[] ? ProfileData[K] : Partial<ProfileData[K]>) : ProfileData[K];
};

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** ISO 639-1: two lowercase letters that name a language. */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2}$/.test(code)) return false;
  try {
    return LANGUAGE_NAMES.of(code) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The set fields only. The DTOs arrive as class instances whose every declared field is an own
 * property, `undefined` when absent; spread as they are they would turn the empty profile's nulls
 * into undefined (and a PUT of `exports: { usmcaCertificateOfOrigin: true }` into a 500).
 */
function defined<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, field]) => field !== undefined)) as Partial<T>;
}

/**
 * The rules of a profile's fields that the DTO cannot know: the RFC's structure, vocabulary codes,
 * the founding year against the clock, language codes. Every problem is named by its field path
 * (`processes[2]`), all at once, as one VALIDATION_FAILED.
 */
export function normalizeProfileInput(input: ProfileInput, now: Date): ProfileData {
  const problems: ErrorDetail[] = [];
  const data: ProfileData = {
    ...EMPTY_PROFILE_DATA,
    ...defined(input),
    description: { ...EMPTY_PROFILE_DATA.description, ...defined(input.description) },
    capacity: { ...EMPTY_PROFILE_DATA.capacity, ...defined(input.capacity) },
    exports: { ...EMPTY_PROFILE_DATA.exports, ...defined(input.exports) },
    languages: [...new Set(input.languages ?? [])],
    processes: input.processes ?? [],
    materials: input.materials ?? [],
    industries: input.industries ?? [],
  };
  for (const key of ['legalName', 'tradeName', 'website'] as const) data[key] = blankToNull(data[key]);
  data.description = { es: blankToNull(data.description.es), en: blankToNull(data.description.en) };

  if (data.rfc !== null) {
    const rfc = checkRfc(data.rfc);
    if (!rfc.valid) problems.push({ field: 'rfc', issue: rfc.issue ?? 'format', message: rfcMessage(rfc.issue) });
    else data.rfc = rfc.normalized;
  }
  if (data.rfc && data.rfcShownChars > data.rfc.length) data.rfcShownChars = data.rfc.length;
  if (!data.description.es && !data.description.en) {
    problems.push({ field: 'description', issue: 'required', message: 'write the description in Spanish or English (at least one)' });
  }
  if (data.descriptionLanguage && !data.description[data.descriptionLanguage]) {
    problems.push({ field: 'descriptionLanguage', issue: 'no_description', message: 'there is no description in this language' });
  }
  if (!data.descriptionLanguage) data.descriptionLanguage = data.description.es ? 'es' : data.description.en ? 'en' : null;
  const currentYear = now.getUTCFullYear();
  if (data.yearFounded !== null && (data.yearFounded < 1800 || data.yearFounded > currentYear)) {
    problems.push({ field: 'yearFounded', issue: 'out_of_range', message: `yearFounded must be between 1800 and ${currentYear}` });
  }
  data.languages.forEach((code, index) => {
    if (!isLanguageCode(code)) problems.push({ field: `languages[${index}]`, issue: 'unknown_language', message: `${code} is not an ISO 639-1 language code` });
  });
  const vocabularyFields: Array<['processes' | 'materials' | 'industries', CapabilityKind]> = [
    ['processes', 'process'],
    ['materials', 'material'],
    ['industries', 'industry'],
  ];
  for (const [field, kind] of vocabularyFields) {
    data[field] = [...new Set(data[field])];
    const unknown = new Set(unknownVocabularyCodes(data[field], kind));
    data[field].forEach((code, index) => {
      if (unknown.has(code)) problems.push({ field: `${field}[${index}]`, issue: 'unknown_code', message: `${code} is not a ${kind} of the vocabulary` });
    });
  }
  const { repseRegisteredOn, repseValidUntil } = data.exports;
  if (repseRegisteredOn && repseValidUntil && repseValidUntil < repseRegisteredOn) {
    problems.push({ field: 'exports.repseValidUntil', issue: 'before_registered_on', message: 'repseValidUntil is before repseRegisteredOn' });
  }
  if (problems.length > 0) throw validationFailed(problems);
  return data;
}

export function validationFailed(details: ErrorDetail[]): AppError {
  return new AppError('VALIDATION_FAILED', { details });
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function rfcMessage(issue: string | null): string {
  if (issue === 'date') return 'the RFC’s embedded date is not a real date';
  if (issue === 'check_digit') return 'the RFC’s check digit does not match';
  return 'an RFC is 12 characters (persona moral) or 13 (persona física): letters, a YYMMDD date and a 3-character homoclave';
}
