import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes beside the target, then renames: a rename within one folder is atomic, so a reader
 * watching the folder sees either no file or the whole of it. Not fsynced: this is for readers,
 * not for surviving a power cut.
 */
export async function writeFileAtomically(path: string, data: string | Buffer): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
