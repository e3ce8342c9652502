// npm run bench -- catalog-search
import { runTypeScriptEntry } from './run-ts-entry.mjs';

await runTypeScriptEntry('test/bench/catalog-search.entry.ts');
