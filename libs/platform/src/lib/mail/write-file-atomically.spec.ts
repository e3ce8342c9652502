import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomically } from './write-file-atomically';

describe('writeFileAtomically', () => {
  const newFolder = () => mkdtempSync(join(tmpdir(), 'puente-atomic-'));

  it('replaces the target with the whole content and leaves only the target', async () => {
    const directory = newFolder();
    const target = join(directory, 'message.eml');
    await writeFileAtomically(target, 'first');
    await writeFileAtomically(target, Buffer.from('second'));
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readdirSync(directory)).toEqual(['message.eml']);
  });

  it('removes its temp file when the rename fails', async () => {
    const directory = newFolder();
    const target = join(directory, 'message.eml');
    mkdirSync(join(target, 'in-the-way'), { recursive: true });
    await expect(writeFileAtomically(target, 'content')).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(directory)).toEqual(['message.eml']);
  });
});
