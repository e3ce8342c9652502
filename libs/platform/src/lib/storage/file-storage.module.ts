import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createFileStorage, type FileStorageSettings } from './create-file-storage';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { S3FileStorage } from './s3.file-storage';

@Injectable()
class FileStorageShutdown implements OnApplicationShutdown {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  onApplicationShutdown(): void {
    if (this.storage instanceof S3FileStorage) this.storage.destroy();
  }
}

/** Makes the configured FileStorage injectable as FILE_STORAGE everywhere in the process. */
@Global()
@Module({})
export class FileStorageModule {
  static forRoot(settings: FileStorageSettings): DynamicModule {
    return {
      module: FileStorageModule,
      providers: [{ provide: FILE_STORAGE, useFactory: () => createFileStorage(settings) }, FileStorageShutdown],
      exports: [FILE_STORAGE],
    };
  }
}
