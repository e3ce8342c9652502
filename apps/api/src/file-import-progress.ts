import { SingleBar } from 'cli-progress';

/** What every file import reports as it goes. */
export interface FileImportProgress {
  rows: number;
  bytesRead: number;
  bad: number;
}

export interface ProgressReporter<P> {
  update: (progress: P) => void;
  stop: () => void;
}

/**
 * Progress of a file import (`directory:import`, `fx:import`) on stderr: a bar (rows, rate, ETA from the
 * bytes read of the file's size) on a terminal, else a plain line every two seconds (logs and CI read
 * those), or at once for a progress `milestone` says must not wait.
 */
export function fileImportProgress<P extends FileImportProgress>(
  command: string,
  fileBytes: number,
  plainLine: (progress: P, facts: { percent: number; rate: number }) => string,
  milestone: (progress: P) => boolean = () => false,
): ProgressReporter<P> {
  const started = Date.now();
  const rate = (rows: number) => Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001));
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      stream: process.stderr,
      format: `${command} [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted} | bad {bad}`,
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
      if (Date.now() - last < 2000 && !milestone(p)) return;
      last = Date.now();
      const percent = fileBytes > 0 ? Math.round((100 * p.bytesRead) / fileBytes) : 100;
      process.stderr.write(`${command}: ${plainLine(p, { percent, rate: rate(p.rows) })}\n`);
    },
    stop: () => undefined,
  };
}
