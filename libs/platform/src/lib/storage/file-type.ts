/** The kinds of file Puente accepts as uploads (CAD formats and ZIP for RFQ drawings). */
export type FileType = 'pdf' | 'png' | 'jpeg' | 'webp' | 'step' | 'iges' | 'dxf' | 'zip';

/** The content type each kind is stored and served with: from the bytes, never from the client. */
export const CONTENT_TYPES: Readonly<Record<FileType, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  step: 'model/step',
  iges: 'model/iges',
  dxf: 'image/vnd.dxf',
  zip: 'application/zip',
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A local file header, or the end record of an empty archive. */
const ZIP_SIGNATURES = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];
const BINARY_DXF_SENTINEL = Buffer.from('AutoCAD Binary DXF\r\n\x1a\x00', 'latin1');
/** ASCII DXF: optional `999` comment groups, then group 0 `SECTION` and group 2 naming a section. */
const ASCII_DXF = /^(?:[ \t]*999\r?\n[^\r\n]*\r?\n)*[ \t]*0\r?\nSECTION\r?\n[ \t]*2\r?\n(?:HEADER|CLASSES|TABLES|BLOCKS|ENTITIES|OBJECTS|THUMBNAILIMAGE)\r?\n/;

/**
 * What the bytes are, by their magic numbers, whatever the file was called or labelled: `%PDF-` at the
 * start (PDF 1.7 and 2.0 both begin so), the 8-byte PNG signature, the JPEG SOI marker followed by a
 * marker (`FF D8 FF`), `RIFF<size>WEBP`; STEP's `ISO-10303-21;` header line, an IGES start record (80
 * columns, `S` in column 73, sequence 1), an ASCII DXF's first `SECTION` group or the binary DXF sentinel,
 * a ZIP local file header. Anything else, executables and plain text included, is null.
 */
export function detectFileType(bytes: Buffer): FileType | null {
  if (startsWith(bytes, Buffer.from('%PDF-', 'latin1'))) return 'pdf';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'zip';
  if (isStep(bytes)) return 'step';
  if (isIges(bytes)) return 'iges';
  if (startsWith(bytes, BINARY_DXF_SENTINEL) || ASCII_DXF.test(bytes.toString('latin1', 0, 512))) return 'dxf';
  return null;
}

/** ISO 10303-21 (STEP) files open with `ISO-10303-21;`, after a UTF-8 byte order mark or blank lines at most. */
function isStep(bytes: Buffer): boolean {
  return /^(?:\uFEFF)?\s*ISO-10303-21;/.test(bytes.toString('utf8', 0, 64));
}

/**
 * IGES is 80-column records; the first is a Start record: printable text in columns 1-72, `S` in column
 * 73 and the sequence number 1 right-aligned in columns 74-80.
 */
function isIges(bytes: Buffer): boolean {
  if (bytes.length < 80) return false;
  const record = bytes.toString('latin1', 0, 80);
  return /^[\x20-\x7e]{72}S[ 0]{6}1$/.test(record);
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}
