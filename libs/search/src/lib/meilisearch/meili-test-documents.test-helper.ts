import type { SearchDocument } from '../search-document';

/** A search document with everything filled; tests override what they look at. */
export function searchDocument(overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    supplierId: '0b7e5a4c-0000-4000-8000-000000000001',
    legalName: 'Fundiciones del Norte SA de CV',
    tradeName: 'FunNorte',
    claimed: true,
    sources: [],
    verificationLevel: 'documents_verified',
    descriptionEs: 'Fundición a presión de aluminio para la industria automotriz',
    descriptionEn: null,
    processes: ['proc.casting.die-casting'],
    materials: ['mat.aluminum'],
    industries: [],
    scianCodes: ['331310'],
    certifications: [{ code: 'cert.iatf-16949', validFrom: '2024-03-01', validUntil: '2027-03-31', verified: true, declared: false }],
    plants: [
      {
        plantId: 'p1',
        name: 'Planta Apodaca',
        stateCode: '19',
        state: 'Nuevo León',
        municipality: 'Apodaca',
        lat: 25.78,
        lon: -100.19,
        precision: 'point',
        nearestPorts: [],
      },
    ],
    employeeBand: '51-250',
    capacity: { minimumOrderQuantity: null, monthlyCapacity: null, monthlyCapacityUnit: null, leadTimeDays: null },
    exportsToUs: true,
    completeness: 0.8,
    updatedAt: '2026-12-01T00:00:00.000Z',
    ...overrides,
  };
}
