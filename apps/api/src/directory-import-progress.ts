import type { DirectoryImportProgress } from '@puente/suppliers';
import { fileImportProgress, type ProgressReporter } from './file-import-progress';

/** Progress of `directory:import` on stderr; the removal phase is announced at once. */
export function importProgress(fileBytes: number): ProgressReporter<DirectoryImportProgress> {
  return fileImportProgress<DirectoryImportProgress>(
    'directory:import',
    fileBytes,
    (p, { percent, rate }) =>
      p.phase === 'removal'
        ? `${p.rows} rows read; marking rows the file no longer has as removed`
        : `${p.rows} rows (${percent}% of the file), ${rate} rows/s, inserted ${p.inserted}, updated ${p.updated}, unchanged ${p.unchanged}, merged ${p.merged}, bad ${p.bad}`,
    (p) => p.phase !== 'rows',
  );
}
