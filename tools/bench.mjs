// `npm run bench -- <name>`: benchmarks are programs that print figures; they are not tests and CI does not run them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, WORKSPACE } from './ensure-installed.mjs';

ensureInstalled();
const directory = join(WORKSPACE, 'test', 'bench');
const available = readdirSync(directory)
  .filter((file) => file.endsWith('.bench.mjs'))
  .map((file) => file.replace(/\.bench\.mjs$/, ''));
const wanted = process.argv[2];

if (!wanted) {
  console.log(available.length ? `Benchmarks: ${available.join(', ')}\nRun one with: npm run bench -- <name>` : 'No benchmarks yet.');
  process.exit(0);
}
if (!available.includes(wanted)) {
  console.error(`No benchmark named "${wanted}". Available: ${available.join(', ') || 'none'}.`);
  process.exit(2);
}
await import(join(directory, `${wanted}.bench.mjs`));
