/** The RETC file's columns, in its order: the header `directory:import --format retc` expects. */
export const RETC_COLUMNS = [
  'nra',
  'razon_social',
  'establecimiento',
  'scian_code',
  'scian_desc',
  'retc_sector',
  'retc_subsector',
  'principal_actividad_productiva',
  'parque_industrial',
  'latitude',
  'longitude',
  'coords_valid',
  'cve_ent',
  'nom_ent',
  'cvegeo_mun',
  'municipio',
  'localidad',
  'colonia',
  'cp',
  'last_reported_year',
] as const;

/** Columns a chamber or cluster directory exported in the RETC shape may add (lists separated by `|`). */
export const DIRECTORY_OPTIONAL_COLUMNS = [
  'procesos',
  'materiales',
  'certificaciones',
  'industrias',
  'anio_fundacion',
  'sitio_web',
] as const;

export const GENERATED_DIRECTORY_COLUMNS = [...RETC_COLUMNS, ...DIRECTORY_OPTIONAL_COLUMNS] as const;
export type GeneratedDirectoryColumn = (typeof GENERATED_DIRECTORY_COLUMNS)[number];
