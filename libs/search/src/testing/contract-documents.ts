import type { SearchDocument, SearchPlant } from '../lib/search-document';

// A small fixed set of documents every engine is fed in the contract suite: Spanish-described plants an
// English buyer must find, certifications valid, expired and declared, several states, verification levels.

export const CONTRACT_AS_OF = '2026-06-15';

export const IDS = {
  dieCasting: '00000000-0000-4000-8000-000000000001',
  cnc: '00000000-0000-4000-8000-000000000002',
  plastics: '00000000-0000-4000-8000-000000000003',
  boxes: '00000000-0000-4000-8000-000000000004',
  harness: '00000000-0000-4000-8000-000000000005',
  petFood: '00000000-0000-4000-8000-000000000006',
} as const;

function plant(id: string, stateCode: string, state: string, municipality: string, lat: number, lon: number): SearchPlant {
  return {
    plantId: id.replace(/^0{8}/, '10000000'),
    name: `Planta ${municipality}`,
    stateCode,
    state,
    municipality,
    lat,
    lon,
    precision: 'point',
    nearestPorts: [{ portCode: '2304', portName: 'Laredo', roadKm: 300, daysToBorder: 0.4 }],
  };
}

function document(overrides: Partial<SearchDocument> & Pick<SearchDocument, 'supplierId'>): SearchDocument {
  return {
    legalName: null,
    tradeName: null,
    claimed: false,
    sources: [],
    verificationLevel: 'unverified',
    descriptionEs: null,
    descriptionEn: null,
    processes: [],
    materials: [],
    industries: [],
    scianCodes: [],
    certifications: [],
    plants: [],
    employeeBand: null,
    capacity: { minimumOrderQuantity: null, monthlyCapacity: null, monthlyCapacityUnit: null, leadTimeDays: null },
    exportsToUs: false,
    completeness: 0.5,
    updatedAt: '2026-06-01T00:00:00.000Z',
    ...overrides,
  };
}

export function contractDocuments(): SearchDocument[] {
  return [
    document({
      supplierId: IDS.dieCasting,
      legalName: 'Fundiciones de Saltillo SA de CV',
      tradeName: 'Fundición Saltillo',
      claimed: true,
      verificationLevel: 'documents_verified',
      descriptionEs: 'Fundición de aluminio a presión para autopartes y carcasas',
      processes: ['proc.casting.die-casting'],
      materials: ['mat.aluminum'],
      industries: ['ind.automotive'],
      scianCodes: ['331520'],
      certifications: [{ code: 'cert.iatf-16949', validFrom: '2025-01-01', validUntil: '2027-03-31', verified: true, declared: false }],
      plants: [plant(IDS.dieCasting, '05', 'Coahuila de Zaragoza', 'Saltillo', 25.4232, -101.0053)],
      completeness: 0.9,
    }),
    document({
      supplierId: IDS.cnc,
      legalName: 'Maquinados del Bajío SA de CV',
      tradeName: 'Maquinados del Bajío',
      sources: [{ registry: 'RETC', id: 'EJM0000001' }],
      descriptionEs: 'Maquinado CNC de piezas de aluminio 6061',
      processes: ['proc.machining.cnc-machining'],
      materials: ['mat.aluminum-6061'],
      industries: ['ind.automotive'],
      scianCodes: ['332710'],
      certifications: [{ code: 'cert.iso-9001', validFrom: '2020-01-01', validUntil: '2024-01-01', verified: false, declared: false }],
      plants: [plant(IDS.cnc, '11', 'Guanajuato', 'Irapuato', 20.6767, -101.3563)],
    }),
    document({
      supplierId: IDS.plastics,
      legalName: 'Plásticos de Querétaro SA de CV',
      tradeName: 'Plásticos de Querétaro',
      sources: [{ registry: 'RETC', id: 'EJM0000003' }],
      descriptionEs: 'Inyección de plástico para electrodomésticos',
      processes: ['proc.plastics.injection-molding'],
      industries: ['ind.appliances'],
      scianCodes: ['326199'],
      certifications: [{ code: 'cert.iso-9001', validFrom: null, validUntil: null, verified: false, declared: true }],
      plants: [plant(IDS.plastics, '22', 'Querétaro', 'Querétaro', 20.5888, -100.3899)],
    }),
    document({
      supplierId: IDS.boxes,
      legalName: 'Cartonera del Norte SA de CV',
      tradeName: 'Cartonera del Norte',
      claimed: true,
      verificationLevel: 'email_verified',
      descriptionEs: 'Fabricación de cajas de cartón corrugado',
      descriptionEn: 'Corrugated cardboard boxes for export',
      processes: ['proc.packaging.corrugated-boxes'],
      industries: ['ind.packaging-industry'],
      scianCodes: ['322210'],
      plants: [plant(IDS.boxes, '19', 'Nuevo León', 'Monterrey', 25.6866, -100.3161)],
      completeness: 0.8,
    }),
    document({
      supplierId: IDS.harness,
      legalName: 'Ensambles del Norte SA de CV',
      tradeName: 'Ensambles del Norte',
      claimed: true,
      verificationLevel: 'site_audited',
      descriptionEs: 'Ensamble de arneses eléctricos automotrices',
      processes: ['proc.wire-harness.automotive-harness'],
      industries: ['ind.automotive'],
      scianCodes: ['336320'],
      certifications: [{ code: 'cert.iso-9001', validFrom: '2024-05-01', validUntil: '2027-05-01', verified: true, declared: false }],
      plants: [
        plant(IDS.harness, '19', 'Nuevo León', 'Apodaca', 25.7817, -100.1886),
        { ...plant(IDS.harness, '08', 'Chihuahua', 'Juárez', 31.6904, -106.4245), plantId: '20000000-0000-4000-8000-000000000005' },
      ],
      completeness: 1,
    }),
    document({
      supplierId: IDS.petFood,
      legalName: 'Alimentos Balanceados del Istmo SA de CV',
      sources: [{ registry: 'DENUE', id: '1234567' }],
      descriptionEs: 'Elaboración de alimentos para animales',
      industries: ['ind.food-beverage'],
      scianCodes: ['311110'],
      plants: [plant(IDS.petFood, '20', 'Oaxaca', 'Juchitán de Zaragoza', 16.4336, -95.0194)],
      completeness: 0.3,
    }),
  ];
}
