import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { haversineKm, loadMxMunicipalities, matchText, scianManufacturingClasses } from '@puente/catalog';
import { parse } from 'csv-parse/sync';
import { insideMexico } from '../../domain/plant-location';
import { FORMAT_SPECS } from '../import/import-formats';
import { mapDirectoryRow } from '../import/row-mapper';
import { GENERATED_DIRECTORY_COLUMNS, RETC_COLUMNS } from './directory-columns';
import { directoryDataFile, RETC_FILE_NAME } from './directory-data-dir';
import { loadRealRetcModel, MAX_JITTER_KM } from './real-retc-model';
import { writeGeneratedDirectory } from './write-generated-directory';

const model = loadRealRetcModel();

async function generated(rows: number, seed: number, idPrefix?: string): Promise<string> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeGeneratedDirectory(sink, { rows, seed, idPrefix, model });
  return Buffer.concat(chunks).toString('utf8');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const records = (csv: string) => parse(csv, { columns: true }) as Array<Record<(typeof GENERATED_DIRECTORY_COLUMNS)[number], string>>;

describe('the directory generator', () => {
  let sample: string;
  beforeAll(async () => {
    sample = await generated(3000, 1);
  });

  it('writes the same bytes for the same seed and other bytes for another seed', async () => {
    expect(sha256(await generated(3000, 1))).toBe(sha256(sample));
    const other = await generated(3000, 2);
    expect(sha256(other)).not.toBe(sha256(sample));
    // Not just shuffled ids: the rows themselves differ.
    expect(other.split('\n')[1].split(',').slice(1).join(',')).not.toBe(sample.split('\n')[1].split(',').slice(1).join(','));
  });

  it("starts with the real RETC file's exact header, then the optional columns", () => {
    const realHeader = readFileSync(directoryDataFile(RETC_FILE_NAME), 'utf8').split(/\r?\n/)[0];
    expect(realHeader).toBe(RETC_COLUMNS.join(','));
    expect(sample.split('\n')[0]).toBe(`${realHeader},procesos,materiales,certificaciones,industrias,anio_fundacion,sitio_web`);
  });

  it('writes rows whose every column is valid', () => {
    const rows = parse(sample) as string[][];
    expect(rows).toHaveLength(3001);
    expect(rows.every((row) => row.length === GENERATED_DIRECTORY_COLUMNS.length)).toBe(true);
    const parsed = records(sample);
    const classes = new Set(scianManufacturingClasses().map((entry) => entry.code));
    const seats = new Map(loadMxMunicipalities().map((m) => [m.stateCode + m.code, m.point]));
    const realPoints = new Map<string, Array<{ lat: number; lon: number }>>();
    for (const place of model.places) if (place.point) realPoints.set(place.cvegeoMun, [...(realPoints.get(place.cvegeoMun) ?? []), place.point]);
    const ids = new Set<string>();
    const problems: string[] = [];
    for (const row of parsed) {
      ids.add(row.nra);
      if (!/^GEN\d{10}$/.test(row.nra)) problems.push(`${row.nra}: id`);
      if (!classes.has(row.scian_code)) problems.push(`${row.nra}: SCIAN ${row.scian_code}`);
      if (!row.razon_social || !/(C\.?V\.?|S\.?A\.?|R\.?L\.?|S\.C\.)$/i.test(row.razon_social)) problems.push(`${row.nra}: legal name ${row.razon_social}`);
      if (!/^(Y|N)$/.test(row.coords_valid)) problems.push(`${row.nra}: coords_valid`);
      if (row.coords_valid === 'Y') {
        const point = { lat: Number(row.latitude), lon: Number(row.longitude) };
        if (!insideMexico(point)) problems.push(`${row.nra}: outside Mexico`);
        // Within the jitter radius of a real plant of the same municipality, or of its seat.
        const seat = seats.get(row.cvegeo_mun);
        const centres = [...(realPoints.get(row.cvegeo_mun) ?? []), ...(seat ? [seat] : [])];
        if (row.cvegeo_mun && !centres.some((centre) => haversineKm(centre, point) <= MAX_JITTER_KM + 0.01)) problems.push(`${row.nra}: not in ${row.cvegeo_mun}`);
      }
      if (row.anio_fundacion && !(Number(row.anio_fundacion) >= 1900 && Number(row.anio_fundacion) <= Number(row.last_reported_year))) {
        problems.push(`${row.nra}: founded ${row.anio_fundacion}`);
      }
      if (row.sitio_web && !/^(https:\/\/)?www\.[a-z0-9]+\.com(\.mx)?$/.test(row.sitio_web)) problems.push(`${row.nra}: website ${row.sitio_web}`);
      for (const [column, prefix] of [['procesos', 'proc.'], ['materiales', 'mat.'], ['industrias', 'ind.'], ['certificaciones', 'cert.']] as const) {
        for (const value of row[column] ? row[column].split('|') : []) {
          const codes = matchText(value).map((match) => match.code);
          if (codes.length !== 1 || !codes[0].startsWith(prefix)) problems.push(`${row.nra}: ${column} "${value}" maps to ${codes.join(',') || 'nothing'}`);
        }
      }
      if (/IATF/i.test(row.certificaciones) && !/^(326|331|332|335|336)/.test(row.scian_code)) problems.push(`${row.nra}: IATF in ${row.scian_code}`);
    }
    expect(problems).toEqual([]);
    expect(ids.size).toBe(3000);
    // Some rows lack usable coordinates, so the importer's geocoding is exercised; not many.
    const invalid = parsed.filter((row) => row.coords_valid === 'N').length;
    expect(invalid).toBeGreaterThan(0);
    expect(invalid).toBeLessThan(60);
  });

  it("weights states as the real register does (Nuevo León's share on 20,000 rows)", async () => {
    const rows = records(await generated(20_000, 7));
    const share = (list: Array<{ cve_ent: string }>, state: string) => list.filter((row) => row.cve_ent === state).length / list.length;
    const real = model.places.map((place) => ({ cve_ent: place.cveEnt }));
    // Nuevo León is 12.0% of the RETC, Estado de México 15.5%; uniform over 32 states would be 3.1%.
    expect(Math.abs(share(rows, '19') - share(real, '19'))).toBeLessThan(0.01);
    expect(Math.abs(share(rows, '15') - share(real, '15'))).toBeLessThan(0.01);
    const states = new Set(real.map((row) => row.cve_ent));
    for (const state of states) expect(Math.abs(share(rows, state) - share(real, state))).toBeLessThan(0.015);
  });

  it("is read by the importer's row mapper without a bad row, every optional list mapping to codes", () => {
    const [header, ...rows] = parse(sample) as string[][];
    const problems: string[] = [];
    let geocoded = 0;
    rows.forEach((cells, index) => {
      const mapped = mapDirectoryRow(FORMAT_SPECS.retc, header, cells, index + 2, { currentYear: 2026 });
      if (!mapped.ok) return problems.push(`line ${index + 2}: ${mapped.bad.field} ${mapped.bad.reason}`);
      const column = (name: string) => cells[header.indexOf(name)];
      if (column('procesos') && mapped.facts.processes.length === 0) problems.push(`line ${index + 2}: procesos mapped to nothing`);
      if (column('certificaciones') && mapped.facts.declaredCertifications.length === 0) problems.push(`line ${index + 2}: certificaciones mapped to nothing`);
      if (column('sitio_web') && !mapped.facts.website) problems.push(`line ${index + 2}: website dropped`);
      if (column('coords_valid') === 'N') geocoded++;
      else if (mapped.facts.plant.precision !== 'point') problems.push(`line ${index + 2}: precision ${mapped.facts.plant.precision}`);
      return undefined;
    });
    expect(problems).toEqual([]);
    expect(geocoded).toBeGreaterThan(0);
  });

  it('uses the id prefix it is given', async () => {
    expect((await generated(2, 1, 'BENCH')).split('\n')[1]).toMatch(/^BENCH\d{10},/);
  });
});
