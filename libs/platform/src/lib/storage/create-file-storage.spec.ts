import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { ApiEnvironment } from '../config/environment.schema';
import { loadConfig } from '../config/load-config';
import { createFileStorage, fileStorageSettingsFrom } from './create-file-storage';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { FileStorageModule } from './file-storage.module';
import { LocalDiskFileStorage } from './local-disk.file-storage';
import { S3FileStorage } from './s3.file-storage';

describe('choosing the FileStorage', () => {
  it('is local disk under PUENTE_DATA_DIR/files when S3 is not configured', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'puente-config-'));
    const settings = fileStorageSettingsFrom(loadConfig(ApiEnvironment, { PUENTE_DATA_DIR: dataDir }));
    expect(settings).toEqual({ directory: join(dataDir, 'files') });
    const storage = await createFileStorage(settings);
    expect(storage).toBeInstanceOf(LocalDiskFileStorage);
    expect((storage as LocalDiskFileStorage).directory).toBe(join(dataDir, 'files'));
  });

  it('is S3 when S3_BUCKET and its companions are set', async () => {
    const config = loadConfig(ApiEnvironment, {
      PUENTE_DATA_DIR: mkdtempSync(join(tmpdir(), 'puente-config-')),
      S3_BUCKET: 'puente-files',
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    const settings = fileStorageSettingsFrom(config);
    expect(settings.s3).toEqual({
      bucket: 'puente-files',
      region: 'us-east-1',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      endpoint: undefined,
      forcePathStyle: false,
    });
    const storage = await createFileStorage(settings);
    expect(storage).toBeInstanceOf(S3FileStorage);
    (storage as S3FileStorage).destroy();
  });

  it('provides FILE_STORAGE to the whole application through FileStorageModule', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'puente-files-'));
    const moduleRef = await Test.createTestingModule({ imports: [FileStorageModule.forRoot({ directory })] }).compile();
    const storage = moduleRef.get<FileStorage>(FILE_STORAGE);
    await storage.put('photos/one', Buffer.from('x'), 'image/png');
    expect((await new LocalDiskFileStorage(directory).get('photos/one'))?.contentType).toBe('image/png');
    await moduleRef.close();
  });
});
