import { SingleBar } from 'cli-progress';
import type { DirectoryImportProgress } from '@puente/suppliers';

/**
 * Progress of `directory:import` on stderr: a bar (rows, rate, ETA from the bytes read of the file's size)
 * on a terminal, else a plain line every two seconds (logs and CI read those).
 */
export function importProgress(fileBytes: number): { update: (p: DirectoryImportProgress) => void; stop: () => void } {
  const started = Date.now();
  const rate = (rows: number) => Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001));
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      stream: process.stderr,
      format: 'directory:import [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted} | bad {bad}',
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
      if (Date.now() - last < 2000 && p.phase === 'rows') return;
      last = Date.now();
      const percent = fileBytes > 0 ? Math.round((100 * p.bytesRead) / fileBytes) : 100;
      process.stderr.write(
        p.phase === 'removal'
          ? `directory:import: ${p.rows} rows read; marking rows the file no longer has as removed\n`
          : `directory:import: ${p.rows} rows (${percent}% of the file), ${rate(p.rows)} rows/s, inserted ${p.inserted}, updated ${p.updated}, unchanged ${p.unchanged}, merged ${p.merged}, bad ${p.bad}\n`,
      );
    },
    stop: () => undefined,
  };
}
