import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectFileType } from './file-type';
import { sampleBinaryDxf, sampleDxf, sampleIges, sampleStep, sampleZip } from './cad-samples.test-helper';
import { sampleElf, sampleJpeg, samplePdf, samplePng, sampleWebp, sampleWindowsExecutable } from './upload-samples.test-helper';

describe('detectFileType', () => {
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'puente-uploads-'));
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  /** Writes the bytes under a file name, reads them back: only the bytes reach the check, as in a route. */
  async function throughFile(name: string, bytes: Buffer): Promise<Buffer> {
    await writeFile(join(directory, name), bytes);
    return readFile(join(directory, name));
  }

  it.each([
    ['certificate.pdf', samplePdf(), 'pdf'],
    ['plant.png', samplePng(), 'png'],
    ['plant.jpg', sampleJpeg(), 'jpeg'],
    ['plant.webp', sampleWebp(), 'webp'],
    ['bracket.step', sampleStep(), 'step'],
    ['bracket.igs', sampleIges(), 'iges'],
    ['bracket.dxf', sampleDxf(), 'dxf'],
    ['bracket-binary.dxf', sampleBinaryDxf(), 'dxf'],
    ['drawings.zip', sampleZip(), 'zip'],
  ] as const)('knows %s by its bytes', async (name, bytes, type) => {
    expect(detectFileType(await throughFile(name, bytes))).toBe(type);
  });

  it('reads a PDF renamed .png as a PDF, and a PNG renamed .pdf as a PNG', async () => {
    expect(detectFileType(await throughFile('photo.png', samplePdf()))).toBe('pdf');
    expect(detectFileType(await throughFile('certificate.pdf', samplePng()))).toBe('png');
  });

  it('reads CAD files and archives by their bytes whatever they are called', async () => {
    expect(detectFileType(await throughFile('bracket.pdf', sampleStep()))).toBe('step');
    expect(detectFileType(await throughFile('bracket.step', sampleZip()))).toBe('zip');
    expect(detectFileType(await throughFile('bracket.zip', sampleIges()))).toBe('iges');
    expect(detectFileType(await throughFile('bracket.igs', sampleDxf()))).toBe('dxf');
  });

  it.each([
    ['an ELF executable renamed .step', 'bracket.step', sampleElf()],
    ['a Windows executable renamed .zip', 'drawings.zip', sampleWindowsExecutable()],
    ['a Windows executable renamed .dxf', 'bracket.dxf', sampleWindowsExecutable()],
    ['text that mentions ISO-10303-21 later', 'bracket.step', Buffer.from('see file ISO-10303-21;\n')],
    ['STEP-like text without the semicolon', 'bracket.step', Buffer.from('ISO-10303-21\nHEADER;\n')],
    ['an 80-column text line without the IGES start marker', 'bracket.igs', Buffer.from(`${'x'.repeat(72)}G      1\n`)],
    ['an IGES-like record numbered 2', 'bracket.igs', Buffer.from(`${'x'.repeat(72)}S      2\n`)],
    ['a DXF-like text with another group', 'bracket.dxf', Buffer.from('  0\nSECTION\n  9\nHEADER\n')],
    ['a truncated ZIP signature', 'drawings.zip', Buffer.from('PK\x03', 'latin1')],
    ['a spanned-archive marker alone', 'drawings.zip', Buffer.from('PK\x07\x08', 'latin1')],
    ['an ELF executable renamed .pdf', 'certificate.pdf', sampleElf()],
    ['a Windows executable renamed .pdf', 'certificate.pdf', sampleWindowsExecutable()],
    ['a shell script renamed .png', 'photo.png', Buffer.from('#!/bin/sh\nrm -rf /\n')],
    ['plain text', 'notes.txt', Buffer.from('ISO 9001 certificate, valid until 2027')],
    ['HTML that mentions %PDF- later', 'page.pdf', Buffer.from('<html>%PDF-1.7</html>')],
    ['an SVG', 'logo.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a GIF', 'photo.png', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
    ['a RIFF that is not WebP (WAV)', 'photo.webp', Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1')],
    ['a truncated PNG signature', 'photo.png', samplePng().subarray(0, 7)],
    ['a truncated JPEG marker', 'photo.jpg', Buffer.from([0xff, 0xd8])],
    ['an empty file', 'empty.pdf', Buffer.alloc(0)],
  ])('answers null for %s', async (_, name, bytes) => {
    expect(detectFileType(await throughFile(name, bytes))).toBeNull();
  });

  it('checks that the ELF sample really is one (the test would prove nothing otherwise)', () => {
    expect(sampleElf().subarray(0, 4).toString('latin1')).toBe('\x7fELF');
  });
});
