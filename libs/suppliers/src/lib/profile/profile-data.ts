import type { NearestPort, PlantLocation } from './supplier-rules';

export const EMPLOYEE_BANDS = ['1-10', '11-50', '51-200', '201-500', '501-1000', '1001+'] as const;
export type EmployeeBand = (typeof EMPLOYEE_BANDS)[number];

export const CAPACITY_UNITS = ['pieces', 'kg', 'tonnes', 'meters', 'square_meters', 'liters', 'hours'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

/**
 * The editable fields of a profile, stored as data (vocabulary codes, ISO dates, numbers) so search and
 * matching read them without parsing prose. The RFC is stored normalized.
 */
export interface ProfileData {
  legalName: string | null;
  tradeName: string | null;
  rfc: string | null;
  /** How many trailing RFC characters the public profile shows (0 hides it). */
  rfcShownChars: number;
  website: string | null;
  yearFounded: number | null;
  employeeBand: EmployeeBand | null;
  /** ISO 639-1 codes. */
  languages: string[];
  description: { es: string | null; en: string | null };
  /** The language the supplier wrote the description in first. */
  descriptionLanguage: 'es' | 'en' | null;
  processes: string[];
  materials: string[];
  industries: string[];
  capacity: {
    minimumOrderQuantity: number | null;
    monthlyCapacity: number | null;
    monthlyCapacityUnit: CapacityUnit | null;
    leadTimeDays: number | null;
    shifts: number | null;
  };
  exports: {
    exportsToUs: boolean;
    usExportSharePercent: number | null;
    usmcaCertificateOfOrigin: boolean;
    immexProgramNumber: string | null;
    repseNumber: string | null;
    repseRegisteredOn: string | null;
    repseValidUntil: string | null;
  };
}

export const EMPTY_PROFILE_DATA: ProfileData = {
  legalName: null,
  tradeName: null,
  rfc: null,
  rfcShownChars: 0,
  website: null,
  yearFounded: null,
  employeeBand: null,
  languages: [],
  description: { es: null, en: null },
  descriptionLanguage: null,
  processes: [],
  materials: [],
  industries: [],
  capacity: { minimumOrderQuantity: null, monthlyCapacity: null, monthlyCapacityUnit: null, leadTimeDays: null, shifts: null },
  exports: {
    exportsToUs: false,
    usExportSharePercent: null,
    usmcaCertificateOfOrigin: false,
    immexProgramNumber: null,
    repseNumber: null,
    repseRegisteredOn: null,
    repseValidUntil: null,
  },
};

export interface PlantData {
  id: string;
  name: string;
  state: string;
  municipality: string | null;
  locality: string | null;
  postalCode: string | null;
  street: string | null;
  stateCode: string;
  municipalityCode: string | null;
  localityCode: string | null;
  lat: number;
  lon: number;
  precision: PlantLocation['precision'];
  nearestPorts: NearestPort[];
}

export interface CertificationData {
  id: string;
  type: string;
  issuer: string;
  number: string | null;
  scope: string | null;
  validFrom: string | null;
  validUntil: string | null;
  documentId: string | null;
  public: boolean;
  verifiedAt: string | null;
}

/** The approved version: the fields plus the plants and certifications as they were approved. */
export interface PublishedProfile extends ProfileData {
  plants: PlantData[];
  certifications: CertificationData[];
  /**
   * Certifications a directory listing's registry declares (`cert.*` codes): unverified and undated, so
   * never shown as certifications; absent on profiles their owners wrote.
   */
  declaredCertifications?: string[];
}
