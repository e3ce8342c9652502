// npm run bench -- relevance [--pool]: NDCG@10, recall@50 and MRR of the ranking against a text-only
// baseline over the real RETC + DENUE directory (labels in test/bench/relevance/). --pool writes the labels.
import { runTypeScriptEntry } from './run-ts-entry.mjs';

await runTypeScriptEntry('test/bench/relevance.entry.ts');
