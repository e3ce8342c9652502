import { deflateRawSync } from 'node:zlib';

/**
 * Small but well-formed CAD files and a ZIP archive for the file-type specs, written as the exporters
 * write them: a STEP AP214 part file, an IGES file's Start and Global records, an AutoCAD R12 ASCII DXF,
 * a binary DXF header, and a one-entry deflated ZIP.
 */
export function sampleStep(): Buffer {
  return Buffer.from(
    [
      'ISO-10303-21;',
      'HEADER;',
      "FILE_DESCRIPTION(('bracket'),'2;1');",
      "FILE_NAME('bracket.step','2026-12-07T06:00:00',('Puente'),(''),'','','');",
      "FILE_SCHEMA(('AUTOMOTIVE_DESIGN { 1 0 10303 214 1 1 1 1 }'));",
      'ENDSEC;',
      'DATA;',
      "#1=CARTESIAN_POINT('',(0.,0.,0.));",
      'ENDSEC;',
      'END-ISO-10303-21;',
      '',
    ].join('\r\n'),
    'latin1',
  );
}

export function sampleIges(): Buffer {
  const record = (text: string, section: string, sequence: number) => `${text.padEnd(72)}${section}${String(sequence).padStart(7)}\n`;
  return Buffer.from(
    record('Bracket exported for a request for quote', 'S', 1) +
      record('1H,,1H;,7Hbracket,11Hbracket.igs,6HPuente,5H1.0.0,32,38,6,308,15,;', 'G', 1) +
      record('S      1G      1D      0P      0', 'T', 1),
    'latin1',
  );
}

export function sampleDxf(): Buffer {
  return Buffer.from(
    ['999', 'dxfrw 0.6.3', '  0', 'SECTION', '  2', 'HEADER', '  9', '$ACADVER', '  1', 'AC1009', '  0', 'ENDSEC', '  0', 'EOF', ''].join('\r\n'),
    'latin1',
  );
}

export function sampleBinaryDxf(): Buffer {
  return Buffer.concat([Buffer.from('AutoCAD Binary DXF\r\n\x1a\x00', 'latin1'), Buffer.from([0, 0, 0x53, 0x45, 0x43, 0x54, 0x49, 0x4f, 0x4e, 0])]);
}

/** A ZIP archive holding `drawing.txt`, deflated, with its central directory and end record. */
export function sampleZip(): Buffer {
  const name = Buffer.from('drawing.txt', 'latin1');
  const content = Buffer.from('Bracket, 6061-T6, 2 mm, deburr all edges.\n', 'latin1');
  const compressed = deflateRawSync(content);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + compressed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, compressed, central, name, end]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
