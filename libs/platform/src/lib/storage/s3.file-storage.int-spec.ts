import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { AppError } from '../errors/app-error';
import { dependencyOutages } from '../errors/dependency-outages';
import { ApiEnvironment } from '../config/environment.schema';
import { loadConfig } from '../config/load-config';
import { fileStorageSettingsFrom } from './create-file-storage';
import { randomFileKey } from './file-key';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { FileStorageModule } from './file-storage.module';
import { S3FileStorage } from './s3.file-storage';
import { startS3StandIn, type S3StandIn } from './s3-stand-in.test-helper';

/**
 * The S3 implementation over real HTTP with the real SDK, against an S3-compatible stand-in started
 * from npm (s3rver, a fork maintained for Node 20): signatures, path-style addressing, Content-MD5 and
 * error codes go over the wire as they would to a bucket. It is not AWS S3 itself.
 */
describe('S3FileStorage against an S3-compatible stand-in', () => {
  let standIn: S3StandIn;
  let storage: S3FileStorage;

  beforeAll(async () => {
    standIn = await startS3StandIn();
    storage = new S3FileStorage({
      bucket: standIn.bucket,
      region: 'us-east-1',
      endpoint: standIn.endpoint,
      forcePathStyle: true,
      accessKeyId: standIn.accessKeyId,
      secretAccessKey: standIn.secretAccessKey,
    });
  });

  afterAll(async () => {
    storage?.destroy();
    await standIn?.stop();
  });

  it('stores bytes and their content type, and reads them back unchanged', async () => {
    const key = randomFileKey('supplier-documents');
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x80, 0x0a]);
    await storage.put(key, bytes, 'application/pdf');

    const stored = await storage.get(key);
    expect(stored?.contentType).toBe('application/pdf');
    expect(stored?.bytes.equals(bytes)).toBe(true);
  });

  it('lands in the bucket under the key, in the stand-in folder', async () => {
    const key = randomFileKey('photos');
    await storage.put(key, Buffer.from('x'), 'image/png');
    const [prefix, id] = key.split('/');
    const entries = await readdir(join(standIn.directory, standIn.bucket, prefix));
    expect(entries.some((entry) => entry.startsWith(id))).toBe(true);
  });

  it('replaces what is stored under a key', async () => {
    const key = randomFileKey('photos');
    await storage.put(key, Buffer.from('first'), 'image/png');
    await storage.put(key, Buffer.from('second, longer'), 'image/webp');
    const stored = await storage.get(key);
    expect(stored?.bytes.toString()).toBe('second, longer');
    expect(stored?.contentType).toBe('image/webp');
  });

  it('answers null for a key never stored, and after a delete; deleting twice is fine', async () => {
    const key = randomFileKey('photos');
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, Buffer.from('gone soon'), 'image/jpeg');
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('stores a 3 MiB file whole', async () => {
    const key = randomFileKey('supplier-documents');
    const bytes = Buffer.alloc(3 * 1024 * 1024, 0);
    for (let index = 0; index < bytes.length; index += 4096) bytes.writeUInt32BE(index, index);
    await storage.put(key, bytes, 'application/pdf');
    expect((await storage.get(key))?.bytes.equals(bytes)).toBe(true);
  });

  it('refuses an invalid key before any request', async () => {
    await expect(storage.put('../escape', Buffer.from('x'), 'text/plain')).rejects.toThrow(/Invalid file key/);
    await expect(storage.get('/absolute')).rejects.toThrow(/Invalid file key/);
  });

  it('fails loudly, never as "missing", when the bucket does not exist or the secret is wrong', async () => {
    const settings = { region: 'us-east-1', endpoint: standIn.endpoint, forcePathStyle: true, accessKeyId: standIn.accessKeyId };
    const noBucket = new S3FileStorage({ ...settings, bucket: 'no-such-bucket', secretAccessKey: standIn.secretAccessKey });
    const wrongSecret = new S3FileStorage({ ...settings, bucket: standIn.bucket, secretAccessKey: 'not-the-secret' });
    try {
      await expect(noBucket.get(randomFileKey('photos'))).rejects.toMatchObject({ name: 'NoSuchBucket' });
      await expect(wrongSecret.get(randomFileKey('photos'))).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
      await expect(wrongSecret.put(randomFileKey('photos'), Buffer.from('x'), 'image/png')).rejects.toMatchObject({
        name: 'SignatureDoesNotMatch',
      });
    } finally {
      noBucket.destroy();
      wrongSecret.destroy();
    }
  });

  it('is what FILE_STORAGE injects when the S3_* variables point at the bucket', async () => {
    const config = loadConfig(ApiEnvironment, {
      PUENTE_DATA_DIR: await mkdtemp(join(tmpdir(), 'puente-config-')),
      S3_BUCKET: standIn.bucket,
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: standIn.endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: standIn.accessKeyId,
      S3_SECRET_ACCESS_KEY: standIn.secretAccessKey,
    });
    const moduleRef = await Test.createTestingModule({ imports: [FileStorageModule.forRoot(fileStorageSettingsFrom(config))] }).compile();
    const injected = moduleRef.get<FileStorage>(FILE_STORAGE);
    expect(injected).toBeInstanceOf(S3FileStorage);
    const key = randomFileKey('supplier-documents');
    await injected.put(key, Buffer.from('%PDF-1.7'), 'application/pdf');
    await moduleRef.close();
    // Read back through the other client: the object is in the bucket, not on local disk.
    expect((await storage.get(key))?.bytes.toString()).toBe('%PDF-1.7');
  });

  it('answers 503 DEPENDENCY_UNAVAILABLE naming storage, not the database, when the service does not answer', async () => {
    const gone = await startS3StandIn();
    await gone.stop();
    const unreachable = new S3FileStorage({
      bucket: gone.bucket,
      region: 'us-east-1',
      endpoint: gone.endpoint,
      forcePathStyle: true,
      accessKeyId: gone.accessKeyId,
      secretAccessKey: gone.secretAccessKey,
    });
    try {
      const error = await unreachable.get(randomFileKey('photos')).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', status: 503, details: [{ field: 'storage', issue: 'unreachable' }] });
      // As the error path does for the request; the next successful call (any client) ends the outage.
      dependencyOutages.failed('storage', undefined, error);
      const logger = { warn: jest.fn(), info: jest.fn() };
      const healthy = new S3FileStorage({ ...connection(standIn), logger });
      await healthy.get(randomFileKey('photos'));
      healthy.destroy();
      expect(dependencyOutages.isDown('storage')).toBe(false);
      expect(logger.info).toHaveBeenCalledWith(expect.objectContaining({ dependency: 'storage' }), 'storage reachable again');
    } finally {
      unreachable.destroy();
    }
  });
});

function connection(standIn: S3StandIn) {
  return {
    bucket: standIn.bucket,
    region: 'us-east-1',
    endpoint: standIn.endpoint,
    forcePathStyle: true,
    accessKeyId: standIn.accessKeyId,
    secretAccessKey: standIn.secretAccessKey,
  };
}
