import { scianClassVocabulary, scianEntry } from '@puente/catalog';
import type { DirectoryBadRow } from '../../entities/directory-import.entity';
import { checkRfc } from '../../domain/rfc';
import type { ListingFacts } from '../listing-facts';
import { activityConcepts } from './activity-concepts';
import { employeeBandFromPerOcu } from './employee-band';
import type { DirectoryFormatSpec } from './import-formats';
import { placePlant } from './plant-place';
import { mapTerms } from './vocabulary-terms';

export type MappedRow = { ok: true; sourceId: string; facts: ListingFacts } | { ok: false; bad: DirectoryBadRow };

export interface RowMapperOptions {
  /** The year `anio_fundacion` may not pass (the import's clock). */
  currentYear: number;
}

/** The longest text kept from a registry cell (names are at most 200 in the plant table). */
const MAX_NAME = 200;
const MAX_TEXT = 2000;
/** Registry ids as written (RETC's NRA has letters, digits and '&'): 1-100 printable characters, no spaces. */
const SOURCE_ID = /^[^\s\p{Cc}]{1,100}$/u;

/**
 * One registry row (already split by the CSV reader, cells in header order) as the facts a listing is made
 * of, or the reason it is skipped. Pure apart from the catalog's bundled data: no database, no clock.
 */
export function mapDirectoryRow(
  spec: DirectoryFormatSpec,
  columns: readonly string[],
  cells: readonly string[],
  line: number,
  options: RowMapperOptions,
): MappedRow {
  const cell = (column: string): string => {
    const index = columns.indexOf(column);
    return index < 0 ? '' : (cells[index] ?? '').replace(/\s+/g, ' ').trim();
  };
  const text = (column: string, max = MAX_TEXT): string | null => cell(column).slice(0, max) || null;
  const rawId = cell(spec.idColumn);
  const bad = (field: string, reason: string): MappedRow => ({ ok: false, bad: { line, sourceId: rawId || null, field, reason } });

  if (cells.length !== columns.length) return bad('row', `wrong_column_count: expected ${columns.length} columns, found ${cells.length}`);
  if (!rawId) return bad(spec.idColumn, 'missing_id: the row has no id');
  if (!SOURCE_ID.test(rawId)) return bad(spec.idColumn, 'invalid_id: ids are 1-100 characters without spaces');

  const scianCode = cell('scian_code');
  const scian = scianEntry(scianCode);
  if (!scian || scian.level !== 'clase' || !/^3[123]/.test(scian.code)) {
    return bad('scian_code', `unknown_scian: ${JSON.stringify(scianCode)} is not a SCIAN 2018 manufacturing class`);
  }

  const retc = spec.format === 'retc';
  const legalName = retc ? text('razon_social', MAX_NAME) : (text('raz_social', MAX_NAME) ?? text('nom_estab', MAX_NAME));
  const tradeName = retc ? text('establecimiento', MAX_NAME) : text('nom_estab', MAX_NAME);
  if (!legalName && !tradeName) return bad(retc ? 'razon_social' : 'nom_estab', 'missing_name: the row names no company or establishment');

  const point = parsePoint(cell('latitude'), cell('longitude'), retc && cell('coords_valid').toUpperCase() === 'N');
  if (!point.ok) return bad(point.field, point.reason);

  const municipalityCode = municipalityCodeOf(retc ? cell('cvegeo_mun') : cell('cve_mun') || cell('cvegeo_mun'));
  const placed = placePlant({
    state: cell('cve_ent') || cell(retc ? 'nom_ent' : 'entidad'),
    municipalityCode,
    municipality: text('municipio', MAX_NAME),
    locality: text('localidad', MAX_NAME),
    point: point.point,
  });
  if (!placed.ok) return bad(placed.field, `${placed.reason}: ${JSON.stringify(cell('cve_ent'))} is not a Mexican state`);

  let rfc: string | null = null;
  if (cell('rfc')) {
    const check = checkRfc(cell('rfc'));
    if (!check.valid) return bad('rfc', `invalid_rfc: ${check.issue}`);
    rfc = check.normalized;
  }
  let yearFounded: number | null = null;
  if (cell('anio_fundacion')) {
    yearFounded = /^\d{4}$/.test(cell('anio_fundacion')) ? Number(cell('anio_fundacion')) : NaN;
    if (!(yearFounded >= 1800 && yearFounded <= options.currentYear)) {
      return bad('anio_fundacion', `invalid_year: ${JSON.stringify(cell('anio_fundacion'))} is not a year from 1800 to ${options.currentYear}`);
    }
  }

  const activityText = retc ? (text('principal_actividad_productiva') ?? scian.title) : (text('nombre_act') ?? scian.title);
  const fromActivity = activityConcepts(activityText);
  const scianIndustries = scianClassVocabulary(scian.code).filter((m) => m.kind === 'industry').map((m) => m.code);
  const location = placed.plant.location;

  const facts: ListingFacts = {
    legalName,
    tradeName,
    rfc,
    website: websiteOf(cell('sitio_web') || cell('www')),
    yearFounded,
    employeeBand: retc ? null : employeeBandFromPerOcu(cell('per_ocu')),
    description: { es: activityText, en: null },
    descriptionLanguage: 'es',
    processes: union(fromActivity.processes, mapTerms('procesos', cell('procesos')).codes),
    materials: union(fromActivity.materials, mapTerms('materiales', cell('materiales')).codes),
    industries: union(scianIndustries, mapTerms('industrias', cell('industrias')).codes),
    declaredCertifications: mapTerms('certificaciones', cell('certificaciones')).codes,
    scian: { code: scian.code, title: scian.title },
    activityText,
    industrialPark: retc ? text('parque_industrial', MAX_NAME) : null,
    lastReported: retc ? text('last_reported_year', 10) : text('fecha_alta', 10),
    plant: {
      name: (tradeName ?? legalName) as string,
      state: placed.plant.stateName,
      municipality: text('municipio', MAX_NAME),
      locality: text('localidad', MAX_NAME),
      postalCode: text(retc ? 'cp' : 'cod_postal', 10),
      street: retc ? text('colonia', MAX_NAME) : [cell('street_address'), cell('asentamiento')].filter(Boolean).join(', ').slice(0, MAX_NAME) || null,
      stateCode: location.stateCode,
      municipalityCode: location.municipalityCode,
      localityCode: location.localityCode,
      lat: location.lat,
      lon: location.lon,
      precision: location.precision,
      nearestPorts: location.nearestPorts,
    },
  };
  return { ok: true, sourceId: rawId, facts };
}

type ParsedPoint = { ok: true; point: { lat: number; lon: number } | null } | { ok: false; field: string; reason: string };

/**
 * Empty coordinates (or RETC's `coords_valid = N`) mean "geocode from the names". Coordinates that are not
 * numbers or not on Earth are an error in the file and skip the row; a point on Earth but outside Mexico is
 * geocoded instead (placePlant), and its precision says so.
 */
function parsePoint(latText: string, lonText: string, flaggedInvalid: boolean): ParsedPoint {
  if (flaggedInvalid || (!latText && !lonText)) return { ok: true, point: null };
  const number = /^-?\d{1,3}(\.\d+)?$/;
  if (!number.test(latText)) return { ok: false, field: 'latitude', reason: `bad_coordinates: latitude ${JSON.stringify(latText)} is not a number` };
  if (!number.test(lonText)) return { ok: false, field: 'longitude', reason: `bad_coordinates: longitude ${JSON.stringify(lonText)} is not a number` };
  const lat = Number(latText);
  const lon = Number(lonText);
  if (Math.abs(lat) > 90) return { ok: false, field: 'latitude', reason: `bad_coordinates: latitude ${lat} is not between -90 and 90` };
  if (Math.abs(lon) > 180) return { ok: false, field: 'longitude', reason: `bad_coordinates: longitude ${lon} is not between -180 and 180` };
  return { ok: true, point: { lat, lon } };
}

/** The 3-digit INEGI municipality code from `cve_mun` ("108") or `cvegeo_mun` ("30108"). */
function municipalityCodeOf(value: string): string | null {
  if (/^\d{5}$/.test(value)) return value.slice(2);
  if (/^\d{1,3}$/.test(value)) return value.padStart(3, '0');
  return null;
}

/** A website as `https://host/path`, lowercase host; null when the cell is not a plausible web address. */
export function websiteOf(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(url.hostname)) return null;
    const path = url.pathname === '/' ? '' : url.pathname;
    return `${url.protocol}//${url.hostname}${path}`.slice(0, 300);
  } catch {
    return null;
  }
}

function union(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])];
}
