import { SingleBar } from 'cli-progress';
import type { FxImportProgress } from '@puente/sourcing';

/**
 * Progress of `fx:import` on stderr: a bar (rows, rate, ETA from the bytes read of the file's size) on a
 * terminal, else a plain line every two seconds, as directory:import prints its own.
 */
export function fxImportProgress(fileBytes: number): { update: (p: FxImportProgress) => void; stop: () => void } {
  const started = Date.now();
  const rate = (rows: number) => Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001));
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      stream: process.stderr,
      format: 'fx:import [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted} | bad {bad}',
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    });
    bar.start(Math.max(fileBytes, 1), 0, { rows: 0, rate: 0, bad: 0 });
    return {
      update: (p) => bar.update(Math.min(p.bytesRead, fileBytes), { rows: p.rows, rate: rate(p.rows), bad: p.bad }),
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update: (p) => {
      if (Date.now() - last < 2000) return;
      last = Date.now();
      const percent = fileBytes > 0 ? Math.round((100 * p.bytesRead) / fileBytes) : 100;
      process.stderr.write(`fx:import: ${p.rows} rows (${percent}% of the file), ${rate(p.rows)} rows/s, bad ${p.bad}\n`);
    },
    stop: () => undefined,
  };
}
