// Bundled and run by catalog-mapping.bench.mjs: reads the shared RETC and DENUE files (beside the
// clone, not in it), maps each activity text and prints coverage and speed.
import { matchText, parseCsvRecords } from '@puente/catalog';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

function column(file: string, name: string): string[] {
  return parseCsvRecords(readFileSync(file, 'utf8'))
    .map((record) => record[name] ?? '')
    .filter((value) => value.trim().length > 0);
}

const shared = process.env.PUENTE_SHARED_DATA ?? join(process.cwd(), '../shared/data');
const sources = [
  { label: 'RETC principal_actividad_productiva', texts: column(join(shared, 'mx_retc_manufacturing_establishments_2013_2022.csv'), 'principal_actividad_productiva') },
  { label: 'DENUE nombre_act', texts: column(join(shared, 'mx_denue_manufacturing_istmo_oax_ver.csv'), 'nombre_act') },
];

console.log(`catalog mapping benchmark: activity texts of Mexican plants → capability vocabulary (processes)
machine: ${cpus().length} cores (${cpus()[0].model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}
data: ${sources.map((source) => `${source.texts.length} ${source.label} rows`).join('; ')}; concurrency 1; warm-up: one full pass, not timed
`);
console.log('source                                  rows   with ≥1 process   share    distinct texts   share (distinct)');
for (const source of sources) {
  const mapped = source.texts.filter((text) => matchText(text, { kinds: ['process', 'process-family'] }).length > 0).length;
  const distinct = [...new Set(source.texts)];
  const mappedDistinct = distinct.filter((text) => matchText(text, { kinds: ['process', 'process-family'] }).length > 0).length;
  console.log(
    `${source.label.padEnd(38)} ${String(source.texts.length).padStart(5)}   ${String(mapped).padStart(15)}   ${((mapped / source.texts.length) * 100).toFixed(1).padStart(5)}%   ${String(distinct.length).padStart(14)}   ${((mappedDistinct / distinct.length) * 100).toFixed(1).padStart(5)}%`,
  );
}

const all = sources.flatMap((source) => source.texts);
for (const text of all) matchText(text);
const started = performance.now();
const rounds = 3;
for (let round = 0; round < rounds; round++) for (const text of all) matchText(text);
const seconds = (performance.now() - started) / 1000;
console.log(`\nmatchText speed: ${Math.round((all.length * rounds) / seconds)} calls/s (${all.length * rounds} calls, all kinds)`);
console.log('precision on a hand-checked sample: not measured yet (no judged sample committed)');
