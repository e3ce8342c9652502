// The RETC and DENUE activity texts the mapping is measured on. The files sit beside the clone in
// ../shared/data (PUENTE_SHARED_DATA overrides), not in it: they are measurement input, not product data.
import { parseCsvRecords } from '@puente/catalog';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ActivityText {
  /** "RETC" or "DENUE". */
  readonly source: string;
  /** 1-based data row in the source file (the header is row 0). */
  readonly row: number;
  readonly text: string;
}

export interface ActivitySource {
  readonly source: string;
  readonly label: string;
  readonly texts: readonly ActivityText[];
}

function readColumn(source: string, file: string, column: string): ActivityText[] {
  return parseCsvRecords(readFileSync(file, 'utf8'))
    .map((record, index) => ({ source, row: index + 1, text: (record[column] ?? '').trim() }))
    .filter((activity) => activity.text.length > 0);
}

export function activitySources(): ActivitySource[] {
  const shared = process.env.PUENTE_SHARED_DATA ?? join(process.cwd(), '../shared/data');
  return [
    {
      source: 'RETC',
      label: 'RETC principal_actividad_productiva',
      texts: readColumn('RETC', join(shared, 'mx_retc_manufacturing_establishments_2013_2022.csv'), 'principal_actividad_productiva'),
    },
    {
      source: 'DENUE',
      label: 'DENUE nombre_act',
      texts: readColumn('DENUE', join(shared, 'mx_denue_manufacturing_istmo_oax_ver.csv'), 'nombre_act'),
    },
  ];
}
