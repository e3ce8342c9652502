import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { GENERATED_DIRECTORY_COLUMNS } from './directory-columns';
import { generateDirectoryRows, type DirectoryGeneratorOptions } from './generate-directory-rows';
import { loadRealRetcModel, type RealRetcModel } from './real-retc-model';
import { VocabularyPhrases } from './vocabulary-phrases';

export interface WriteGeneratedDirectoryOptions extends DirectoryGeneratorOptions {
  /** Called every `progressEvery` rows and once at the end with the rows written so far. */
  onProgress?: (rows: number) => void;
  progressEvery?: number;
  /** The real RETC model; loaded from the bundled file when omitted. */
  model?: RealRetcModel;
}

/**
 * Streams a generated directory as CSV (header, then rows) to `out`: rows are made one at a time as the
 * stream asks for them, so memory stays flat whatever the row count. Resolves when `out` has them all.
 */
export async function writeGeneratedDirectory(out: Writable, options: WriteGeneratedDirectoryOptions): Promise<void> {
  const model = options.model ?? loadRealRetcModel();
  const rows = generateDirectoryRows(model, new VocabularyPhrases(), options);
  const every = options.progressEvery ?? 5000;
  let written = 0;
  async function* counted(): AsyncGenerator<string[]> {
    for (const row of rows) {
      yield row;
      written++;
      if (written % every === 0) options.onProgress?.(written);
    }
  }
  await pipeline(
    Readable.from(counted(), { highWaterMark: 256 }),
    stringify({ header: true, columns: [...GENERATED_DIRECTORY_COLUMNS] }),
    out,
  );
  options.onProgress?.(written);
}
