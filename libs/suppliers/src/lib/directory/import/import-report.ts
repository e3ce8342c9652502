import type { DirectoryBadRow, DirectoryImportCounts } from '../../entities/directory-import.entity';
import type { DirectoryFormat } from './import-formats';

export interface DirectoryImportReport extends DirectoryImportCounts {
  importId: string;
  registry: string;
  format: DirectoryFormat;
  dryRun: boolean;
  /** Every bad row, in file order (the directory_imports row keeps the first MAX_STORED_BAD_ROWS). */
  badRows: DirectoryBadRow[];
  seconds: number;
}

export interface DirectoryImportProgress {
  rows: number;
  bad: number;
  /** Bytes of the file the CSV reader has consumed (for an ETA against the file's size). */
  bytesRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  merged: number;
  phase: 'rows' | 'removal' | 'done';
}

export const MAX_STORED_BAD_ROWS = 1000;
/** Bad rows a report carries in memory; past this only the count grows (a wholly wrong file must not fill memory). */
export const MAX_REPORTED_BAD_ROWS = 10_000;

/** Thrown before anything is written: the file cannot be imported as it is (wrong header, unreadable, empty). */
export class DirectoryFileRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DirectoryFileRefused';
  }
}
