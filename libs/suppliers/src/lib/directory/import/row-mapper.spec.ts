import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { FORMAT_SPECS, checkHeader, detectFormat } from './import-formats';
import { employeeBandFromPerOcu } from './employee-band';
import { matchName } from './listing-name';
import { mapDirectoryRow, websiteOf } from './row-mapper';

const OPTIONS = { currentYear: 2026 };
const RETC_COLUMNS = ['nra', 'razon_social', 'establecimiento', 'scian_code', 'principal_actividad_productiva', 'latitude', 'longitude', 'cve_ent', 'municipio', 'localidad', 'coords_valid'];
const retcRow = (overrides: Partial<Record<string, string>> = {}, columns = RETC_COLUMNS) => {
  const base: Record<string, string> = {
    nra: 'ALU0100100034',
    razon_social: 'ALULIQ S. DE R.L. DE C.V.',
    establecimiento: 'ALULIQ',
    scian_code: '331310',
    principal_actividad_productiva: 'Fundición de aluminio',
    latitude: '21.794444',
    longitude: '-102.279167',
    cve_ent: '01',
    municipio: 'Aguascalientes',
    localidad: 'Aguascalientes',
    coords_valid: 'Y',
  };
  const values = { ...base, ...overrides };
  return columns.map((column) => values[column] ?? '');
};
const mapRetc = (cells: string[], columns = RETC_COLUMNS, line = 2) => mapDirectoryRow(FORMAT_SPECS.retc, columns, cells, line, OPTIONS);

describe('mapDirectoryRow (RETC)', () => {
  it('maps names, SCIAN, the activity text, industries from the SCIAN map and the exact point with nearest ports', () => {
    const mapped = mapRetc(retcRow());
    if (!mapped.ok) throw new Error(mapped.bad.reason);
    expect(mapped.sourceId).toBe('ALU0100100034');
    expect(mapped.facts).toMatchObject({
      legalName: 'ALULIQ S. DE R.L. DE C.V.',
      tradeName: 'ALULIQ',
      rfc: null,
      employeeBand: null,
      description: { es: 'Fundición de aluminio', en: null },
      descriptionLanguage: 'es',
      scian: { code: '331310', title: 'Industria básica del aluminio' },
      activityText: 'Fundición de aluminio',
      plant: { name: 'ALULIQ', state: 'Aguascalientes', stateCode: '01', municipalityCode: '001', lat: 21.794444, lon: -102.279167, precision: 'point' },
    });
    expect(mapped.facts.processes).toContain('proc.casting.nonferrous-casting');
    expect(mapped.facts.plant.nearestPorts).toHaveLength(3);
  });

  it('geocodes from the municipality and locality when the registry flags the point invalid or gives none', () => {
    for (const cells of [retcRow({ coords_valid: 'N', latitude: '0', longitude: '0' }), retcRow({ latitude: '', longitude: '' })]) {
      const mapped = mapRetc(cells);
      if (!mapped.ok) throw new Error(mapped.bad.reason);
      expect(mapped.facts.plant).toMatchObject({ precision: 'locality', stateCode: '01', municipalityCode: '001', localityCode: '0001' });
    }
    const unknownTown = mapRetc(retcRow({ latitude: '', longitude: '', municipio: 'Nowhere Town', localidad: '' }));
    expect(unknownTown.ok && unknownTown.facts.plant.precision).toBe('state');
    const abroad = mapRetc(retcRow({ latitude: '40.7', longitude: '-74.0' }));
    expect(abroad.ok && abroad.facts.plant.precision).toBe('locality');
  });

  it('reports bad rows with their line, id, field and reason', () => {
    expect(mapRetc(retcRow({ nra: '' }), RETC_COLUMNS, 7)).toEqual({ ok: false, bad: { line: 7, sourceId: null, field: 'nra', reason: 'missing_id: the row has no id' } });
    expect(mapRetc(retcRow({ scian_code: '999999' }))).toMatchObject({ ok: false, bad: { sourceId: 'ALU0100100034', field: 'scian_code', reason: expect.stringMatching(/^unknown_scian: "999999"/) } });
    expect(mapRetc(retcRow({ scian_code: '3313' }))).toMatchObject({ ok: false, bad: { field: 'scian_code' } });
    expect(mapRetc(retcRow({ latitude: 'abc' }))).toMatchObject({ ok: false, bad: { field: 'latitude', reason: expect.stringMatching(/^bad_coordinates/) } });
    expect(mapRetc(retcRow({ longitude: '-200.5' }))).toMatchObject({ ok: false, bad: { field: 'longitude', reason: expect.stringMatching(/^bad_coordinates/) } });
    expect(mapRetc(retcRow().slice(0, 10))).toMatchObject({ ok: false, bad: { field: 'row', reason: 'wrong_column_count: expected 11 columns, found 10' } });
    expect(mapRetc(retcRow({ cve_ent: '99' }))).toMatchObject({ ok: false, bad: { field: 'cve_ent', reason: expect.stringMatching(/^unknown_state/) } });
    expect(mapRetc(retcRow({ razon_social: '', establecimiento: '' }))).toMatchObject({ ok: false, bad: { field: 'razon_social' } });
  });

  it('maps the optional columns: vocabulary words in either language, codes, year, website and a checked RFC', () => {
    const columns = [...RETC_COLUMNS, 'procesos', 'materiales', 'certificaciones', 'industrias', 'anio_fundacion', 'sitio_web', 'rfc'];
    const cells = retcRow(
      {
        procesos: 'troquelado| Injection molding |proc.machining.cnc-machining|bailar',
        materiales: 'acero inoxidable|Aluminum 6061',
        certificaciones: 'ISO 9001|iatf 16949',
        industrias: 'automotriz|Aerospace',
        anio_fundacion: '1998',
        sitio_web: 'WWW.Aluliq.MX',
        rfc: 'mba 980312-jk4',
      },
      columns,
    );
    const mapped = mapRetc(cells, columns);
    if (!mapped.ok) throw new Error(mapped.bad.reason);
    expect(mapped.facts.processes).toEqual(expect.arrayContaining(['proc.stamping', 'proc.plastics.injection-molding', 'proc.machining.cnc-machining']));
    expect(mapped.facts.materials).toEqual(expect.arrayContaining(['mat.stainless-steel', 'mat.aluminum-6061']));
    expect(mapped.facts.declaredCertifications).toEqual(['cert.iso-9001', 'cert.iatf-16949']);
    expect(mapped.facts.industries).toEqual(expect.arrayContaining(['ind.automotive', 'ind.aerospace']));
    expect(mapped.facts).toMatchObject({ yearFounded: 1998, website: 'https://www.aluliq.mx', rfc: 'MBA980312JK4' });

    expect(mapRetc(retcRow({ rfc: 'MBA980312JK5' }, columns), columns)).toMatchObject({ ok: false, bad: { field: 'rfc', reason: 'invalid_rfc: check_digit' } });
    expect(mapRetc(retcRow({ anio_fundacion: '2099' }, columns), columns)).toMatchObject({ ok: false, bad: { field: 'anio_fundacion' } });
  });

  it('maps every row of the real RETC file, each to a known state and a plant the catalog placed', () => {
    const records: string[][] = parse(readFileSync(resolve(__dirname, '../../../../data/directory/mx_retc_manufacturing_establishments_2013_2022.csv'), 'utf8'));
    const [header, ...rows] = records;
    const check = checkHeader('retc', header);
    if (!check.ok) throw new Error(check.message);
    const mapped = rows.map((row, index) => mapDirectoryRow(check.spec, check.columns, row, index + 2, OPTIONS));
    expect(mapped.filter((row) => !row.ok)).toEqual([]);
    const precisions = mapped.map((row) => (row.ok ? row.facts.plant.precision : null));
    expect(precisions.filter((p) => p === 'point').length).toBe(4452);
  });
});

describe('mapDirectoryRow (DENUE)', () => {
  const columns = ['denue_id', 'nom_estab', 'raz_social', 'scian_code', 'nombre_act', 'per_ocu', 'cve_ent', 'cve_mun', 'municipio', 'latitude', 'longitude', 'www', 'fecha_alta', 'street_address', 'asentamiento', 'cod_postal'];
  const cells = ['6278275', 'CAMPI', '', '311110', 'Elaboración de alimentos para animales', '101 a 250 personas', '30', '059', 'Chinameca', '18.01042536', '-94.69120252', 'WWW.CAMPIALIMENTOS.COM', '2010-07', 'CALLE ALTAMIRANO', 'BARRIO LA MASECA', '95980'];

  it('takes the establishment name as the legal name when the registry has no razón social, and the employee band from per_ocu', () => {
    const mapped = mapDirectoryRow(FORMAT_SPECS.denue, columns, cells, 3, OPTIONS);
    if (!mapped.ok) throw new Error(mapped.bad.reason);
    expect(mapped.facts).toMatchObject({
      legalName: 'CAMPI',
      tradeName: 'CAMPI',
      employeeBand: '51-200',
      website: 'https://www.campialimentos.com',
      lastReported: '2010-07',
      industries: ['ind.food-beverage'],
      plant: { municipalityCode: '059', postalCode: '95980', street: 'CALLE ALTAMIRANO, BARRIO LA MASECA', precision: 'point' },
    });
  });
});

describe('employeeBandFromPerOcu', () => {
  it.each([
    ['0 a 5 personas', '1-10'],
    ['6 a 10 personas', '1-10'],
    ['11 a 30 personas', '11-50'],
    ['31 a 50 personas', '11-50'],
    ['51 a 100 personas', '51-200'],
    ['101 a 250 personas', '51-200'],
    ['251 y más personas', '201-500'],
    ['', null],
    ['muchas', null],
  ])('%j → %j', (value, band) => expect(employeeBandFromPerOcu(value)).toBe(band));
});

describe('headers', () => {
  it('accepts the real files, tells the format from the id column and names missing and unknown columns', () => {
    expect(detectFormat(['nra', 'razon_social'])).toBe('retc');
    expect(detectFormat([' DENUE_ID '])).toBe('denue');
    expect(detectFormat(['id'])).toBeNull();
    const wrong = checkHeader('retc', ['nra', 'razon_social', 'establecimiento', 'scian_code', 'principal_actividad_productiva', 'latitude', 'longitude', 'cve_ent', 'materials']);
    expect(wrong).toMatchObject({ ok: false, missing: ['municipio'], unknown: ['materials'] });
    expect(!wrong.ok && wrong.message).toContain('missing required column(s): municipio; unknown column(s): "materials"');
  });
});

describe('matchName and websiteOf', () => {
  it('drops legal forms wherever they stand and the plant’s own place words', () => {
    expect(matchName('ALULIQ S. DE R.L. DE C.V.')).toBe('aluliq');
    expect(matchName('S.A. DE C.V. PLANTA COATZACOALCOS', ['Coatzacoalcos'])).toBeNull();
    expect(matchName('Cooperativa La Cruz Azul SCL')).toBe('cooperativa la cruz azul');
    expect(matchName('ACEROS DE MÉXICO SA DE CV')).toBe('aceros de mexico');
  });
  it('keeps plausible web addresses only', () => {
    expect(websiteOf('http://Example.com/about')).toBe('http://example.com/about');
    expect(websiteOf('no tiene')).toBeNull();
    expect(websiteOf('localhost')).toBeNull();
  });
});
