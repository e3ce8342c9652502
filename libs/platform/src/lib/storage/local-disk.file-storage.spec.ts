import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomFileKey } from './file-key';
import { LocalDiskFileStorage } from './local-disk.file-storage';

describe('LocalDiskFileStorage', () => {
  let directory: string;
  let storage: LocalDiskFileStorage;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'puente-files-'));
    storage = new LocalDiskFileStorage(directory);
  });

  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('stores bytes and content type under the key, and reads them back unchanged', async () => {
    const key = randomFileKey('supplier-documents');
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a]);
    await storage.put(key, bytes, 'application/pdf');

    const stored = await storage.get(key);
    expect(stored?.contentType).toBe('application/pdf');
    expect(stored?.bytes.equals(bytes)).toBe(true);
    // On disk: the bytes and a small meta file beside them, nothing else (no temporary file left).
    const [prefix, id] = key.split('/');
    expect((await readdir(join(directory, prefix))).sort()).toEqual([`${id}.bin`, `${id}.meta.json`]);
    expect(JSON.parse(await readFile(join(directory, prefix, `${id}.meta.json`), 'utf8'))).toEqual({ contentType: 'application/pdf', size: 8 });
  });

  it('replaces bytes and content type on a second put', async () => {
    const key = randomFileKey('photos');
    await storage.put(key, Buffer.from('a much longer first version'), 'image/png');
    await storage.put(key, Buffer.from('short'), 'image/webp');
    const stored = await storage.get(key);
    expect(stored?.bytes.toString()).toBe('short');
    expect(stored?.contentType).toBe('image/webp');
  });

  it('answers null for a key never stored, and after a delete; deleting a missing key is fine', async () => {
    const key = randomFileKey('photos');
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
    await storage.put(key, Buffer.from('x'), 'image/jpeg');
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    expect(await readdir(join(directory, key.split('/')[0]))).toEqual([]);
  });

  it('keeps a key apart from a longer key that starts with it', async () => {
    await storage.put('a/b', Buffer.from('short key'), 'image/png');
    await storage.put('a/b/c', Buffer.from('long key'), 'image/jpeg');
    expect((await storage.get('a/b'))?.bytes.toString()).toBe('short key');
    expect((await storage.get('a/b/c'))?.bytes.toString()).toBe('long key');
  });

  it('survives many writes of the same key at once: a reader always gets one whole version', async () => {
    const key = randomFileKey('photos');
    const versions = Array.from({ length: 20 }, (_, index) => Buffer.alloc(64 * 1024, index));
    await Promise.all(versions.map((bytes) => storage.put(key, bytes, 'image/png')));
    const stored = await storage.get(key);
    expect(stored).not.toBeNull();
    expect(versions.some((bytes) => bytes.equals(stored?.bytes ?? Buffer.alloc(0)))).toBe(true);
    expect((await readdir(join(directory, key.split('/')[0]))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['a parent segment', '../outside'],
    ['a parent segment inside', 'photos/../../etc/passwd'],
    ['an absolute path', '/etc/passwd'],
    ['an empty key', ''],
    ['an empty segment', 'photos//x'],
    ['a trailing slash', 'photos/'],
    ['a backslash', 'photos\\..\\x'],
    ['a hidden segment', 'photos/.x'],
    ['a NUL', 'photos/x\u0000'],
    ['a Windows drive', 'C:/x'],
  ])('refuses %s before touching the disk', async (_, key) => {
    await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/Invalid file key/);
    await expect(storage.get(key)).rejects.toThrow(/Invalid file key/);
    await expect(storage.delete(key)).rejects.toThrow(/Invalid file key/);
    expect(await readdir(directory)).toEqual([]);
  });
});
