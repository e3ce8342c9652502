import type { SupplierCapacityDto, SupplierExportsDto, ProfileFieldsResponse, UpdateSupplierProfileDto } from '../api/api-client';

// The editor's copy of the profile's editable fields (what PUT /supplier-profile replaces as a whole).

export const EMPLOYEE_BANDS = ['1-10', '11-50', '51-200', '201-500', '501-1000', '1001+'] as const;
export const CAPACITY_UNITS = ['pieces', 'kg', 'tonnes', 'meters', 'square_meters', 'liters', 'hours'] as const;
export const SPOKEN_LANGUAGES = ['es', 'en', 'fr', 'de', 'ja', 'zh', 'ko', 'pt', 'it'] as const;

export interface Draft {
  legalName: string;
  tradeName: string;
  rfc: string;
  rfcShownChars: number;
  website: string;
  yearFounded: number | '';
  employeeBand: UpdateSupplierProfileDto['employeeBand'] | null;
  languages: string[];
  descriptionEs: string;
  descriptionEn: string;
  processes: string[];
  materials: string[];
  industries: string[];
  capacity: SupplierCapacityDto;
  exports: SupplierExportsDto;
}

export type DraftChange = (patch: Partial<Draft>) => void;

/** Drops null (the API's "not set") so the editor's inputs read empty. */
function present<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null)) as { [K in keyof T]?: Exclude<T[K], null> };
}

export function draftFrom(fields: ProfileFieldsResponse): Draft {
  return {
    legalName: fields.legalName ?? '',
    tradeName: fields.tradeName ?? '',
    rfc: fields.rfc ?? '',
    rfcShownChars: fields.rfcShownChars,
    website: fields.website ?? '',
    yearFounded: fields.yearFounded ?? '',
    employeeBand: fields.employeeBand,
    languages: fields.languages,
    descriptionEs: fields.description.es ?? '',
    descriptionEn: fields.description.en ?? '',
    processes: fields.processes,
    materials: fields.materials,
    industries: fields.industries,
    capacity: present(fields.capacity),
    exports: present(fields.exports),
  };
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * The PUT body: empty inputs are left out (stored empty). The description's language is the one the
 * supplier wrote in: Spanish when there is Spanish, since the form asks for Spanish first.
 */
export function bodyFrom(draft: Draft): UpdateSupplierProfileDto {
  const es = text(draft.descriptionEs);
  const en = text(draft.descriptionEn);
  const exports: SupplierExportsDto = {
    ...draft.exports,
    immexProgramNumber: text(draft.exports.immexProgramNumber),
    repseNumber: text(draft.exports.repseNumber),
    repseRegisteredOn: text(draft.exports.repseRegisteredOn),
    repseValidUntil: text(draft.exports.repseValidUntil),
  };
  return {
    legalName: text(draft.legalName),
    tradeName: text(draft.tradeName),
    rfc: text(draft.rfc)?.toUpperCase(),
    rfcShownChars: draft.rfcShownChars,
    website: text(draft.website),
    yearFounded: draft.yearFounded === '' ? undefined : draft.yearFounded,
    employeeBand: draft.employeeBand ?? undefined,
    languages: draft.languages,
    description: es || en ? { es, en } : undefined,
    descriptionLanguage: es ? 'es' : en ? 'en' : undefined,
    processes: draft.processes,
    materials: draft.materials,
    industries: draft.industries,
    capacity: draft.capacity,
    exports,
  };
}

/** A NumberInput's value as the API wants it: a number, or absent. */
export const numberOrUndefined = (value: number | string): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
