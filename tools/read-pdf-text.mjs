// Reads a PDF back as text with pdf-parse, for tests and by hand: `node tools/read-pdf-text.mjs file.pdf`,
// or the bytes on standard input. Prints JSON: { text, pages, info } (info: the document's metadata).
// A program of its own because pdf-parse loads pdfjs-dist as ES modules, which Jest's CommonJS runtime
// cannot; tests run it as a child process and parse what it prints.
import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';

const data = readFileSync(process.argv[2] ?? 0);
const parser = new PDFParse({ data });
try {
  const { text, total } = await parser.getText();
  const { info } = await parser.getInfo();
  process.stdout.write(JSON.stringify({ text, pages: total, info }));
} finally {
  await parser.destroy();
}
