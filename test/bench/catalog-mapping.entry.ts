// Bundled and run by catalog-mapping.bench.mjs: maps every RETC and DENUE activity text and prints the
// coverage, the precision on the committed hand-judged samples, and the speed.
import { loadMxLocalities, matchText, searchMxPlaces, searchVocabulary } from '@puente/catalog';
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { activitySources } from './catalog-precision/activity-texts';
import { mappedProcesses } from './catalog-precision/mapped-processes';
import { measurePrecision } from './catalog-precision/measure-precision';

const sources = activitySources();
const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;

/** Wilson 95% interval of a share: how far a 100-row sample's figure can be from the truth. */
function wilson(part: number, whole: number): string {
  const z = 1.96;
  const p = part / whole;
  const centre = (p + (z * z) / (2 * whole)) / (1 + (z * z) / whole);
  const margin = (z / (1 + (z * z) / whole)) * Math.sqrt((p * (1 - p)) / whole + (z * z) / (4 * whole * whole));
  return `95% interval ${((centre - margin) * 100).toFixed(1)}-${((centre + margin) * 100).toFixed(1)}%`;
}

console.log(`catalog mapping benchmark: activity texts of Mexican plants → capability vocabulary (processes)
machine: ${cpus().length} cores (${cpus()[0].model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}
data: ${sources.map((source) => `${source.texts.length} ${source.label} rows`).join('; ')}; concurrency 1; warm-up: one full pass, not timed
`);
console.log('coverage                                rows   with ≥1 process   share    distinct texts   share (distinct)');
for (const source of sources) {
  const texts = source.texts.map((activity) => activity.text);
  const mapped = texts.filter((text) => mappedProcesses(text).length > 0).length;
  const distinct = [...new Set(texts)];
  const mappedDistinct = distinct.filter((text) => mappedProcesses(text).length > 0).length;
  console.log(
    `${source.label.padEnd(38)} ${String(texts.length).padStart(5)}   ${String(mapped).padStart(15)}   ${percent(mapped, texts.length).padStart(6)}   ${String(distinct.length).padStart(14)}   ${percent(mappedDistinct, distinct.length).padStart(6)}`,
  );
}

// Every committed sample, oldest first: the last one printed is the one drawn after the latest change.
const SAMPLES_DIR = join(__dirname, '../../test/bench/catalog-precision');
const versions = readdirSync(SAMPLES_DIR)
  .flatMap((name) => /^sample\.(v\d+)\.csv$/.exec(name)?.[1] ?? [])
  .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
for (const version of versions) {
  const file = join(SAMPLES_DIR, `sample.${version}.csv`);
  const report = measurePrecision(file);
  const judged = report.rows - report.stale.length;
  console.log(`
precision, hand-judged sample ${version} (test/bench/catalog-precision/sample.${version}.csv): ${report.rows} rows drawn among the mapped ones
  judged rows whose mapping is unchanged today: ${judged}, of which ${report.mappedRows} still map to a process${report.stale.length ? ` (${report.stale.length} stale, not counted: ${report.stale.map((row) => `${row.source} ${row.row}`).join(', ')})` : ''}
  mapped processes judged correct: ${report.correctCodes} of ${report.mappedCodes} = ${percent(report.correctCodes, report.mappedCodes)} (${wilson(report.correctCodes, report.mappedCodes)})
  rows with every mapped process correct: ${report.rowsAllCorrect} of ${report.mappedRows} = ${percent(report.rowsAllCorrect, report.mappedRows)}`);
  for (const source of sources) {
    const rows = report.judged.filter((row) => row.source === source.source);
    const codes = rows.reduce((sum, row) => sum + row.mapped.length, 0);
    const correct = rows.reduce((sum, row) => sum + row.correct.length, 0);
    console.log(`    ${source.source.padEnd(6)} ${correct} of ${codes} = ${percent(correct, codes)}`);
  }
  for (const row of report.wrong) console.log(`  ✗ ${row.source} ${row.row} ${row.wrong.join(' ')}: ${row.note}`);
}

const all = sources.flatMap((source) => source.texts.map((activity) => activity.text));
for (const text of all) matchText(text);
const started = performance.now();
const rounds = 3;
for (let round = 0; round < rounds; round++) for (const text of all) matchText(text);
const seconds = (performance.now() - started) / 1000;
console.log(`\nmatchText speed: ${Math.round((all.length * rounds) / seconds)} calls/s (${all.length * rounds} calls, all kinds, 1 thread)`);

/** What a search box sends while someone types: every prefix of the first words, one letter at a time. */
function keystrokes(texts: readonly string[], count: number): string[] {
  return texts.slice(0, count).flatMap((text) => {
    const typed = text.split(/\s+/).slice(0, 3).join(' ');
    return Array.from({ length: typed.length }, (_, index) => typed.slice(0, index + 1)).filter((query) => /[\p{L}\p{N}]/u.test(query));
  });
}

function timeEach(queries: readonly string[], search: (query: string) => unknown): string {
  for (const query of queries) search(query); // warm-up pass
  const took: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    search(query);
    took.push(performance.now() - started);
  }
  took.sort((a, b) => a - b);
  const at = (share: number) => took[Math.min(took.length - 1, Math.floor(share * took.length))].toFixed(2);
  const total = took.reduce((sum, ms) => sum + ms, 0) / 1000;
  return `${queries.length} keystroke queries, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms, ${Math.round(queries.length / total)} queries/s`;
}

const distinctTexts = [...new Set(all)];
const placeNames = loadMxLocalities().map((locality) => locality.name);
console.log(`searchVocabulary: ${timeEach(keystrokes(distinctTexts, 300), (query) => searchVocabulary(query))} (1 thread, warm-up: one pass)`);
console.log(`searchMxPlaces:   ${timeEach(keystrokes(placeNames.filter((_, index) => index % 35 === 0), 300), (query) => searchMxPlaces(query))} (1 thread, warm-up: one pass)`);
