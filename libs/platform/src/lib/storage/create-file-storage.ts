import { join } from 'node:path';
import type { CommonEnvironment } from '../config/environment.schema';
import type { OutageLogger } from '../errors/dependency-outages';
import type { FileStorage } from './file-storage';
import { LocalDiskFileStorage } from './local-disk.file-storage';
import type { S3FileStorageSettings } from './s3.file-storage';

export interface FileStorageSettings {
  /** Local disk: where files live when `s3` is unset. */
  directory: string;
  /** When set, files live in this bucket instead. */
  s3?: S3FileStorageSettings;
}

/** Reads the settings from validated configuration: `<PUENTE_DATA_DIR>/files`, or S3 when S3_BUCKET is set. */
export function fileStorageSettingsFrom(config: CommonEnvironment): FileStorageSettings {
  const directory = join(config.PUENTE_DATA_DIR, 'files');
  // loadConfig has refused a partial S3 configuration, so S3_BUCKET alone decides.
  if (!config.S3_BUCKET) return { directory };
  return {
    directory,
    s3: {
      bucket: config.S3_BUCKET,
      region: config.S3_REGION as string,
      accessKeyId: config.S3_ACCESS_KEY_ID as string,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY as string,
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE ?? false,
    },
  };
}

/**
 * Chooses the FileStorage from its settings, so nothing needs a bucket to run locally. The S3 code is
 * loaded only when chosen: the SDK takes about 0.3 s to load here, which every process and test suite
 * that imports the platform would otherwise pay for nothing.
 */
export async function createFileStorage(settings: FileStorageSettings, logger?: OutageLogger): Promise<FileStorage> {
  if (settings.s3) {
    const { S3FileStorage } = await import('./s3.file-storage');
    return new S3FileStorage({ ...settings.s3, logger });
  }
  return new LocalDiskFileStorage(settings.directory);
}
