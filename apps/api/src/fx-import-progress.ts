import type { FxImportProgress } from '@puente/sourcing';
import { fileImportProgress, type ProgressReporter } from './file-import-progress';

/** Progress of `fx:import` on stderr, as directory:import prints its own. */
export function fxImportProgress(fileBytes: number): ProgressReporter<FxImportProgress> {
  return fileImportProgress<FxImportProgress>('fx:import', fileBytes, (p, { percent, rate }) => `${p.rows} rows (${percent}% of the file), ${rate} rows/s, bad ${p.bad}`);
}
