import { createWriteStream, fstatSync, ftruncateSync, readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { writeGeneratedDirectory } from '@puente/suppliers';
import { Presets, SingleBar } from 'cli-progress';

const USAGE =
  'usage: npm run directory:generate -- --rows N [--seed S] [--id-prefix GEN] [--out plants.csv]   (the CSV goes to stdout without --out; progress to stderr)';

interface Arguments {
  rows: number;
  seed: number;
  idPrefix: string;
  out: string | null;
}

function parseArguments(argv: string[]): Arguments | string {
  const parsed: Arguments = { rows: NaN, seed: 1, idPrefix: 'GEN', out: null };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) return `${flag} needs a value`;
    if (flag === '--rows') parsed.rows = /^\d+$/.test(value) ? Number(value) : NaN;
    else if (flag === '--seed') parsed.seed = /^\d+$/.test(value) ? Number(value) : NaN;
    else if (flag === '--id-prefix') parsed.idPrefix = value;
    else if (flag === '--out') parsed.out = value;
    else return `unknown option ${flag}`;
  }
  if (!Number.isSafeInteger(parsed.rows) || parsed.rows < 1 || parsed.rows > 100_000_000) return '--rows must be a whole number from 1 to 100000000';
  if (!Number.isSafeInteger(parsed.seed) || parsed.seed > 0xffffffff) return '--seed must be a whole number from 0 to 4294967295';
  if (!/^[A-Z0-9]{1,6}$/.test(parsed.idPrefix)) return '--id-prefix must be 1 to 6 capital letters or digits';
  return parsed;
}

/**
 * `npm run x > file` writes npm's own banner ("> puente@0.1.0 x" …) into the file before this program
 * starts. When stdout is a regular file holding exactly that banner, the CSV is written from its start
 * (the file truncated first) so it holds only the CSV; anything else already there is left alone.
 */
function standardOutput(): Writable {
  try {
    const stat = fstatSync(1);
    if (stat.isFile() && stat.size > 0 && stat.size < 4096) {
      const before = readFileSync('/proc/self/fd/1', 'utf8');
      if (/^\n> [^\n]+\n> [^\n]+\n\n$/.test(before)) {
        ftruncateSync(1, 0);
        return createWriteStream('', { fd: 1, start: 0, autoClose: false });
      }
    }
  } catch {
    // Not Linux, or stdout not readable: write where stdout stands.
  }
  return process.stdout;
}

/** A bar on a terminal; on a pipe or file, a plain line every two seconds. Always on stderr. */
function progressReporter(total: number): { update(rows: number): void; stop(): void } {
  const started = Date.now();
  if (process.stderr.isTTY) {
    const bar = new SingleBar({ stream: process.stderr, format: 'directory:generate [{bar}] {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}' }, Presets.shades_classic);
    bar.start(total, 0, { rate: 0 });
    return {
      update: (rows) => bar.update(rows, { rate: Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000)) }),
      stop: () => bar.stop(),
    };
  }
  let lastLine = started;
  const line = (rows: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = rows / Math.max(0.001, seconds);
    const eta = rate > 0 ? (total - rows) / rate : 0;
    process.stderr.write(`directory:generate: ${rows}/${total} rows, ${Math.round(rate)} rows/s, ${seconds.toFixed(1)} s, ETA ${eta.toFixed(0)} s\n`);
  };
  return {
    update(rows) {
      if (Date.now() - lastLine < 2000) return;
      lastLine = Date.now();
      line(rows);
    },
    stop: () => undefined,
  };
}

async function generate(): Promise<void> {
  const parsed = parseArguments(process.argv.slice(2));
  if (typeof parsed === 'string') {
    process.stderr.write(`directory:generate: ${parsed}\n${USAGE}\n`);
    process.exit(64);
  }
  const out = parsed.out ? createWriteStream(parsed.out) : standardOutput();
  const started = Date.now();
  const progress = progressReporter(parsed.rows);
  await writeGeneratedDirectory(out, { rows: parsed.rows, seed: parsed.seed, idPrefix: parsed.idPrefix, onProgress: (rows) => progress.update(rows) });
  progress.stop();
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(
    `directory:generate: ${parsed.rows} rows (seed ${parsed.seed}) in ${seconds.toFixed(1)} s, ${Math.round(parsed.rows / seconds)} rows/s${parsed.out ? `, written to ${parsed.out}` : ''}\n`,
  );
}

generate().catch((error: unknown) => {
  process.stderr.write(`directory:generate failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
