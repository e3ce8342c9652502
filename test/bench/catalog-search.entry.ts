// Bundled and run by catalog-search.bench.mjs: how long the vocabulary search box takes per keystroke.
// It replaced a timing assertion in search-vocabulary.spec.ts: a time depends on the machine and its
// load, so it is measured here and printed, never asserted in a test.
import { searchVocabulary, vocabulary } from '@puente/catalog';
import { cpus, totalmem } from 'node:os';

const SAMPLES = 5;

/** Every prefix of a phrase, one letter at a time, as a search box sends them while someone types. */
function keystrokes(phrase: string): string[] {
  return Array.from({ length: phrase.length }, (_, index) => phrase.slice(0, index + 1)).filter((query) => /[\p{L}\p{N}]/u.test(query));
}

const entries = vocabulary().entries;
const queries = entries.flatMap((entry) => [...keystrokes(entry.name.en), ...keystrokes(entry.name.es)]);
const typedWord = keystrokes('maquinado');

console.log(`catalog search benchmark: searchVocabulary per keystroke (what the capability search box sends)
machine: ${cpus().length} cores (${cpus()[0].model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}
data: ${entries.length} vocabulary entries; ${queries.length} keystroke queries (every prefix of each entry's English and Spanish name)
concurrency: 1 (one thread, one query at a time); warm-up: index built and one full pass, not timed; samples: ${SAMPLES} passes
`);

const started = performance.now();
searchVocabulary('warm up');
console.log(`first query (builds the index): ${(performance.now() - started).toFixed(1)} ms`);
for (const query of queries) searchVocabulary(query);

const took: number[] = [];
const passes: number[] = [];
for (let sample = 0; sample < SAMPLES; sample++) {
  const passStarted = performance.now();
  for (const query of queries) {
    const queryStarted = performance.now();
    searchVocabulary(query);
    took.push(performance.now() - queryStarted);
  }
  passes.push(performance.now() - passStarted);
}
took.sort((a, b) => a - b);
const at = (share: number) => took[Math.min(took.length - 1, Math.floor(share * took.length))].toFixed(3);
const rates = passes.map((ms) => Math.round(queries.length / (ms / 1000))).sort((a, b) => a - b);
console.log(`per keystroke: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms (${took.length} timed queries)`);
console.log(`throughput per pass: min ${rates[0]}, median ${rates[Math.floor(rates.length / 2)]}, max ${rates[rates.length - 1]} queries/s`);

const word: number[] = [];
for (let sample = 0; sample < 100; sample++) {
  const wordStarted = performance.now();
  for (const query of typedWord) searchVocabulary(query);
  word.push((performance.now() - wordStarted) / typedWord.length);
}
word.sort((a, b) => a - b);
console.log(`typing "maquinado" (${typedWord.length} keystrokes, 100 samples): median ${word[50].toFixed(3)} ms per keystroke, worst sample ${word[99].toFixed(3)} ms`);
