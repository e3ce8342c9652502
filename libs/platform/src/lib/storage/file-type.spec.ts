import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectFileType } from './file-type';
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
  ] as const)('knows %s by its bytes', async (name, bytes, type) => {
    expect(detectFileType(await throughFile(name, bytes))).toBe(type);
  });

  it('reads a PDF renamed .png as a PDF, and a PNG renamed .pdf as a PNG', async () => {
    expect(detectFileType(await throughFile('photo.png', samplePdf()))).toBe('pdf');
    expect(detectFileType(await throughFile('certificate.pdf', samplePng()))).toBe('png');
  });

  it.each([
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
