import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const READ_PDF_TEXT = resolve(__dirname, '../../../../../tools/read-pdf-text.mjs');

export interface PdfText {
  /** Every page's text, pages separated by pdf-parse's "-- n of N --" lines; no-break spaces made plain. */
  text: string;
  pages: number;
  /** The document's metadata (Title, Author, CreationDate as "D:YYYYMMDDHHmmSSZ"...). */
  info: Record<string, string>;
}

/**
 * A PDF read back by pdf-parse (pdfjs-dist). pdf-parse loads ES modules that Jest's CommonJS runtime
 * cannot, so the real parser runs in a child `node` (tools/read-pdf-text.mjs); a file it cannot parse fails.
 */
export async function readPdfText(pdf: Buffer): Promise<PdfText> {
  const child = promisify(execFile)(process.execPath, [READ_PDF_TEXT], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  child.child.stdin?.end(pdf);
  const { stdout } = await child;
  const parsed = JSON.parse(stdout.toString('utf8')) as PdfText;
  return { ...parsed, text: parsed.text.replace(/[\u00a0\u202f]/g, ' ') };
}
