/** Small registry files for the directory import tests, written row by row. */
export const RETC_HEADER = [
  'nra',
  'razon_social',
  'establecimiento',
  'scian_code',
  'principal_actividad_productiva',
  'latitude',
  'longitude',
  'cve_ent',
  'municipio',
  'localidad',
  'procesos',
  'rfc',
];

export interface RetcFixtureRow {
  nra: string;
  name: string;
  tradeName?: string;
  scian?: string;
  activity?: string;
  lat?: string;
  lon?: string;
  state?: string;
  municipality?: string;
  locality?: string;
  processes?: string;
  rfc?: string;
}

export function retcCsv(rows: RetcFixtureRow[]): string {
  const lines = rows.map((row) =>
    [
      row.nra,
      row.name,
      row.tradeName ?? row.name,
      row.scian ?? '332710',
      row.activity ?? 'Maquinado CNC de piezas',
      row.lat ?? '20.6767',
      row.lon ?? '-101.3563',
      row.state ?? '11',
      row.municipality ?? 'Irapuato',
      row.locality ?? '',
      row.processes ?? '',
      row.rfc ?? '',
    ]
      .map(quote)
      .join(','),
  );
  return [RETC_HEADER.join(','), ...lines].join('\n') + '\n';
}

export const DENUE_HEADER = ['denue_id', 'nom_estab', 'raz_social', 'scian_code', 'nombre_act', 'per_ocu', 'cve_ent', 'cve_mun', 'municipio', 'latitude', 'longitude', 'www', 'rfc'];

export interface DenueFixtureRow {
  id: string;
  name: string;
  legalName?: string;
  scian?: string;
  activity?: string;
  perOcu?: string;
  lat: string;
  lon: string;
  www?: string;
  rfc?: string;
}

export function denueCsv(rows: DenueFixtureRow[]): string {
  const lines = rows.map((row) =>
    [
      row.id,
      row.name,
      row.legalName ?? '',
      row.scian ?? '332710',
      row.activity ?? 'Maquinado de piezas para maquinaria y equipo en general',
      row.perOcu ?? '11 a 30 personas',
      '11',
      '017',
      'Irapuato',
      row.lat,
      row.lon,
      row.www ?? '',
      row.rfc ?? '',
    ]
      .map(quote)
      .join(','),
  );
  return [DENUE_HEADER.join(','), ...lines].join('\n') + '\n';
}

function quote(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
