import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { OutageLogger } from '../errors/dependency-outages';
import { createFileStorage, type FileStorageSettings } from './create-file-storage';
import { FILE_STORAGE, type FileStorage } from './file-storage';

@Injectable()
class FileStorageShutdown implements OnApplicationShutdown {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  onApplicationShutdown(): void {
    // The S3 implementation holds sockets; checked by shape so this file does not load the SDK.
    const closable = this.storage as FileStorage & { destroy?: () => void };
    if (typeof closable.destroy === 'function') closable.destroy();
  }
}

/** Makes the configured FileStorage injectable as FILE_STORAGE everywhere in the process. */
@Global()
@Module({})
export class FileStorageModule {
  /** `logger` gets the end of a storage outage (the process logger: no request is around then). */
  static forRoot(settings: FileStorageSettings, logger?: OutageLogger): DynamicModule {
    return {
      module: FileStorageModule,
      providers: [{ provide: FILE_STORAGE, useFactory: () => createFileStorage(settings, logger) }, FileStorageShutdown],
      exports: [FILE_STORAGE],
    };
  }
}
