import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomically } from '../mail/write-file-atomically';
import { assertValidFileKey } from './file-key';
import type { FileStorage } from './file-storage';

/** What `<key>.meta.json` holds beside `<key>.bin`. */
interface StoredMeta {
  contentType: string;
  size: number;
}

/**
 * The default FileStorage: `<directory>/<key>.bin` with `<key>.meta.json` beside it (the content type).
 * The suffixes keep every key's files apart, even when one key is a prefix of another (`a/b` and
 * `a/b/c`: a file `a/b.bin` and a folder `a/b/`). Each file is written to a temporary name and renamed,
 * so a reader never sees half a file. The meta file is written before the bytes and removed after
 * them, so whoever finds the bytes finds their content type.
 */
export class LocalDiskFileStorage implements FileStorage {
  constructor(readonly directory: string) {}

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const meta: StoredMeta = { contentType, size: bytes.length };
    await writeFileAtomically(`${path}.meta.json`, `${JSON.stringify(meta)}\n`);
    await writeFileAtomically(`${path}.bin`, bytes);
  }

  async get(key: string): Promise<{ bytes: Buffer; contentType: string } | null> {
    const path = this.pathOf(key);
    const bytes = await readOrNull(`${path}.bin`);
    if (bytes === null) return null;
    const meta = await readOrNull(`${path}.meta.json`);
    // Only a delete racing this read leaves bytes without their meta: the file is going away.
    if (meta === null) return null;
    const { contentType } = JSON.parse(meta.toString('utf8')) as StoredMeta;
    return { bytes, contentType };
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    await rm(`${path}.bin`, { force: true });
    await rm(`${path}.meta.json`, { force: true });
  }

  private pathOf(key: string): string {
    assertValidFileKey(key);
    return join(this.directory, ...key.split('/'));
  }
}

async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    // ENOTDIR: a key under a name that is a file, e.g. `a/b.bin/c` beside key `a/b`: nothing stored there either.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}
