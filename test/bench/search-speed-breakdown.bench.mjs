// npm run bench -- search-speed-breakdown [--size 100000|500000]
// Where a search's time goes (planning, the engine's SQL, ranking in Node), in one process without HTTP,
// on the database `npm run bench -- search-speed --size N --reuse` prepared and indexed (kept, not dropped).
import { databaseExists, databaseName, databaseUrl } from './search-speed/prepare.mjs';
import { runTypeScriptEntry } from './run-ts-entry.mjs';

const index = process.argv.indexOf('--size');
const size = index > 0 ? Number(process.argv[index + 1]) : 100_000;
if (!(await databaseExists(size))) {
  console.error(`${databaseName(size)} is not there: run npm run bench -- search-speed --size ${size} --reuse first`);
  process.exit(2);
}
process.env.DATABASE_URL = databaseUrl(size);
process.env.LOG_LEVEL ??= 'warn';
await runTypeScriptEntry('test/bench/search-speed/breakdown.entry.ts');
