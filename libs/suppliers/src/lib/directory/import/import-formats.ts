/**
 * The two file formats the directory importer reads. A format names the columns a row needs (the header
 * must have them all), the ones it may carry, and the column holding the row's id within its registry.
 * Any other column refuses the file: a misspelt optional column ("materials" for "materiales") would
 * otherwise be silently ignored on every row.
 */
export const DIRECTORY_FORMATS = ['retc', 'denue'] as const;
export type DirectoryFormat = (typeof DIRECTORY_FORMATS)[number];

/** What a cluster's or chamber's own list may add to either format (values of the first four separated by `|`). */
export const OPTIONAL_EXTRA_COLUMNS = ['procesos', 'materiales', 'certificaciones', 'industrias', 'anio_fundacion', 'sitio_web', 'rfc'] as const;

export interface DirectoryFormatSpec {
  format: DirectoryFormat;
  defaultRegistry: string;
  idColumn: string;
  required: readonly string[];
  optional: readonly string[];
}

export const FORMAT_SPECS: Readonly<Record<DirectoryFormat, DirectoryFormatSpec>> = {
  retc: {
    format: 'retc',
    defaultRegistry: 'RETC',
    idColumn: 'nra',
    required: ['nra', 'razon_social', 'establecimiento', 'scian_code', 'principal_actividad_productiva', 'latitude', 'longitude', 'cve_ent', 'municipio'],
    optional: [
      'scian_desc',
      'retc_sector',
      'retc_subsector',
      'parque_industrial',
      'coords_valid',
      'nom_ent',
      'cvegeo_mun',
      'localidad',
      'colonia',
      'cp',
      'last_reported_year',
      ...OPTIONAL_EXTRA_COLUMNS,
    ],
  },
  denue: {
    format: 'denue',
    defaultRegistry: 'DENUE',
    idColumn: 'denue_id',
    required: ['denue_id', 'nom_estab', 'raz_social', 'scian_code', 'nombre_act', 'per_ocu', 'cve_ent', 'municipio', 'latitude', 'longitude'],
    optional: [
      'clee',
      'street_address',
      'asentamiento',
      'cod_postal',
      'entidad',
      'cve_mun',
      'cvegeo_mun',
      'localidad',
      'www',
      'tipo_unidad',
      'fecha_alta',
      'source_layer',
      ...OPTIONAL_EXTRA_COLUMNS,
    ],
  },
};

export type HeaderCheck =
  | { ok: true; spec: DirectoryFormatSpec; columns: string[] }
  | { ok: false; missing: string[]; unknown: string[]; duplicated: string[]; message: string };

/** The format a header is in when the user did not say: by its id column. */
export function detectFormat(header: readonly string[]): DirectoryFormat | null {
  const columns = header.map(cleanColumn);
  if (columns.includes('nra')) return 'retc';
  if (columns.includes('denue_id')) return 'denue';
  return null;
}

/** Checks a header against a format before any row is read or anything written. */
export function checkHeader(format: DirectoryFormat, header: readonly string[]): HeaderCheck {
  const spec = FORMAT_SPECS[format];
  const columns = header.map(cleanColumn);
  const known = new Set([...spec.required, ...spec.optional]);
  const missing = spec.required.filter((column) => !columns.includes(column));
  const unknown = columns.filter((column) => !known.has(column));
  const duplicated = columns.filter((column, index) => columns.indexOf(column) !== index);
  if (missing.length === 0 && unknown.length === 0 && duplicated.length === 0) return { ok: true, spec, columns };
  const parts = [
    missing.length > 0 ? `missing required column(s): ${missing.join(', ')}` : null,
    unknown.length > 0 ? `unknown column(s): ${unknown.map((c) => JSON.stringify(c)).join(', ')}` : null,
    duplicated.length > 0 ? `duplicated column(s): ${duplicated.join(', ')}` : null,
  ].filter(Boolean);
  return {
    ok: false,
    missing,
    unknown,
    duplicated,
    message: `the header does not fit the ${format} format: ${parts.join('; ')}. ${format} columns: ${spec.required.join(', ')} (required); ${spec.optional.join(', ')} (optional)`,
  };
}

/** Header names are compared trimmed and lowercase (spreadsheets add spaces and capitals). */
function cleanColumn(column: string): string {
  return column.trim().toLowerCase();
}
