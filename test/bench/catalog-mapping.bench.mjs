// npm run bench -- catalog-mapping
import { runTypeScriptEntry } from './run-ts-entry.mjs';

await runTypeScriptEntry('test/bench/catalog-mapping.entry.ts');
