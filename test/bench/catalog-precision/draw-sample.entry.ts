// Draws the precision sample once: 50 RETC and 50 DENUE rows, uniformly among the rows that map to at
// least one process, with a fixed seed so the draw can be repeated. It prints CSV with empty judgment
// columns; the committed sample.v<N>.csv files are that output judged by hand. Seeds: v1 20261125
// (vocabulary v1), v2 20261126 (vocabulary v2), v3 20261127 (vocabulary v3), v4 20261128 (vocabulary v5), v5 20261129 (vocabulary v6). Run with:
//   SAMPLE_SEED=<seed> node -e "import('./test/bench/run-ts-entry.mjs').then((m) => m.runTypeScriptEntry('test/bench/catalog-precision/draw-sample.entry.ts'))"
import { activitySources } from './activity-texts';
import { mappedProcesses } from './mapped-processes';
import { formatSampleCsv } from './sample-csv';

const SEED = Number(process.env.SAMPLE_SEED ?? 20261125);
const PER_SOURCE = 50;

/** mulberry32: a small deterministic PRNG, so the same seed draws the same rows. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(SEED);
const rows = activitySources().flatMap(({ texts }) => {
  const mapped = texts.filter((activity) => mappedProcesses(activity.text).length > 0);
  const chosen = new Set<number>();
  while (chosen.size < PER_SOURCE) chosen.add(Math.floor(next() * mapped.length));
  return [...chosen].sort((a, b) => a - b).map((index) => mapped[index]);
});
process.stdout.write(
  formatSampleCsv(rows.map((activity) => ({ ...activity, mapped: mappedProcesses(activity.text), correct: [], wrong: [], note: '' }))),
);
