import type { ListingFacts } from '../listing-facts';
import { listingProfileData, listingPublishedData } from './listing-data';

const facts = (overrides: Partial<ListingFacts>): ListingFacts => ({
  legalName: 'Aceros del Golfo SA de CV',
  tradeName: 'Aceros del Golfo',
  rfc: null,
  website: null,
  yearFounded: null,
  employeeBand: null,
  description: { es: 'Fundición de acero', en: null },
  descriptionLanguage: 'es',
  processes: ['proc.casting'],
  materials: [],
  industries: ['ind.automotive'],
  declaredCertifications: [],
  scian: { code: '331111', title: 'Complejos siderúrgicos' },
  activityText: 'Fundición de acero',
  industrialPark: null,
  lastReported: '2022',
  plant: {
    name: 'Aceros del Golfo',
    state: 'Veracruz de Ignacio de la Llave',
    municipality: 'Coatzacoalcos',
    locality: null,
    postalCode: null,
    street: null,
    stateCode: '30',
    municipalityCode: '039',
    localityCode: null,
    lat: 18.1,
    lon: -94.4,
    precision: 'point',
    nearestPorts: [],
  },
  ...overrides,
});

describe('listing data from sources', () => {
  it('keeps the creating source’s names, text and plant; unites concepts; fills only the facts it lacks', () => {
    const primary = facts({ website: 'https://acerosgolfo.mx' });
    const merged = facts({
      legalName: 'ACEROS DEL GOLFO',
      description: { es: 'Otra descripción', en: null },
      website: 'https://otro.mx',
      employeeBand: '51-200',
      processes: ['proc.stamping', 'proc.casting'],
      materials: ['mat.steel'],
      declaredCertifications: ['cert.iso-9001'],
      plant: { ...primary.plant, name: 'Otra planta', lat: 18.2 },
    });
    const published = listingPublishedData(primary, [merged], 'plant-1');
    expect(published).toMatchObject({
      legalName: 'Aceros del Golfo SA de CV',
      description: { es: 'Fundición de acero', en: null },
      website: 'https://acerosgolfo.mx',
      employeeBand: '51-200',
      processes: ['proc.casting', 'proc.stamping'],
      materials: ['mat.steel'],
      industries: ['ind.automotive'],
      declaredCertifications: ['cert.iso-9001'],
      certifications: [],
      languages: ['es'],
    });
    expect(published.plants).toEqual([{ id: 'plant-1', ...primary.plant }]);
    expect(listingProfileData(primary)).not.toHaveProperty('plants');
  });
});
