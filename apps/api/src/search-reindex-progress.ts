import { SingleBar } from 'cli-progress';
import type { ReindexProgress } from '@puente/search';

/**
 * Progress of `search:reindex` on stderr: a bar (documents, rate, ETA) on a terminal, else a plain line
 * every two seconds (logs and CI read those).
 */
export function reindexProgress(): { update: (p: ReindexProgress) => void; stop: () => void } {
  const started = Date.now();
  const rate = (done: number) => Math.round(done / Math.max((Date.now() - started) / 1000, 0.001));
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      stream: process.stderr,
      format: 'search:reindex [{bar}] {percentage}% | {value}/{total} documents | {rate} docs/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    });
    let begun = false;
    return {
      update: (p) => {
        if (!begun) bar.start(Math.max(p.total, 1), 0, { rate: 0 });
        begun = true;
        bar.setTotal(Math.max(p.total, 1));
        bar.update(p.done, { rate: rate(p.done) });
      },
      stop: () => (begun ? bar.stop() : undefined),
    };
  }
  let last = 0;
  return {
    update: (p) => {
      if (Date.now() - last < 2000 && p.done < p.total) return;
      last = Date.now();
      const seconds = (Date.now() - started) / 1000;
      const eta = p.done > 0 ? Math.round(((p.total - p.done) * seconds) / p.done) : 0;
      process.stderr.write(`search:reindex: ${p.done}/${p.total} documents, ${rate(p.done)} docs/s, ETA ${eta} s\n`);
    },
    stop: () => undefined,
  };
}
