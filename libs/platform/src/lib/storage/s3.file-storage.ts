import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { dependencyOutages, type OutageLogger } from '../errors/dependency-outages';
import { dependencyUnavailableError, isSocketError } from '../errors/unavailable-dependency';
import { assertValidFileKey } from './file-key';
import type { FileStorage } from './file-storage';

export interface S3FileStorageSettings {
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** An S3-compatible service (MinIO, R2, a local stand-in); unset for AWS itself. */
  endpoint?: string;
  /** `http://host/bucket/key` instead of `http://bucket.host/key`: what most S3-compatible services need. */
  forcePathStyle?: boolean;
  /** Where the end of an outage is logged (its start is logged by the error path, once). */
  logger?: OutageLogger;
}

/**
 * FileStorage in an S3 bucket, with the official SDK. The bucket must exist: creating it is the
 * operator's job (with its policy and lifecycle), not something an API process should do at boot.
 */
export class S3FileStorage implements FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly logger?: OutageLogger;

  constructor(settings: S3FileStorageSettings) {
    this.bucket = settings.bucket;
    this.logger = settings.logger;
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle ?? false,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // SDK 3.729+ adds CRC32 checksum headers to every upload and checks them on downloads; several
      // S3-compatible services reject or never send them. Integrity comes from Content-MD5 instead,
      // which AWS S3 and most compatible services check (the test stand-in accepts both ways).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    assertValidFileKey(key);
    await this.call(() =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: bytes,
          ContentType: contentType,
          ContentLength: bytes.length,
          // A service that checks it refuses the object if what arrived is not what was sent.
          ContentMD5: createHash('md5').update(bytes).digest('base64'),
        }),
      ),
    );
  }

  async get(key: string): Promise<{ bytes: Buffer; contentType: string } | null> {
    assertValidFileKey(key);
    try {
      const response = await this.call(() => this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key })));
      if (!response.Body) return null;
      const bytes = Buffer.from(await response.Body.transformToByteArray());
      return { bytes, contentType: response.ContentType ?? 'application/octet-stream' };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidFileKey(key);
    // S3 answers 204 for a missing key too, which is the interface's contract.
    await this.call(() => this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key })));
  }

  /**
   * After the SDK's own retries, an unreachable or failing service is 503 DEPENDENCY_UNAVAILABLE naming
   * `storage` (the SDK's message stays in the log). Without this, the platform's error mapping would
   * take a bare socket error for the database's.
   */
  private async call<Output>(request: () => Promise<Output>): Promise<Output> {
    let output: Output;
    try {
      output = await request();
    } catch (error) {
      if (isSocketError(error) || isServiceFailure(error)) throw dependencyUnavailableError('storage', error);
      this.answered(); // NoSuchKey, AccessDenied, ...: the service is there
      throw error;
    }
    this.answered();
    return output;
  }

  /** Ends an outage the error path recorded (logged once, at its end). */
  private answered(): void {
    if (dependencyOutages.isDown('storage')) dependencyOutages.recovered('storage', this.logger);
  }

  /** Closes the client's sockets (at shutdown). */
  destroy(): void {
    this.client.destroy();
  }
}

/**
 * The service answered 5xx (InternalError, ServiceUnavailable, SlowDown), or no S3 answer came at all:
 * an error that is not the service's but carries the retry middleware's `$metadata` was thrown while
 * sending (refused, reset, timed out), after the SDK's retries. Errors made before sending (a bad
 * input) have no `$metadata`. This matters under Jest too, where the SDK wraps Node's socket error,
 * from another realm, into a plain Error without its `code`.
 */
function isServiceFailure(error: unknown): boolean {
  if (error instanceof S3ServiceException) return (error.$metadata?.httpStatusCode ?? 0) >= 500;
  return error instanceof Error && '$metadata' in error;
}

function isMissing(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  // NoSuchKey is the modelled error; some services answer a bare 404 instead. A missing bucket is a
  // deployment mistake, never "no such file".
  if (error.name === 'NoSuchBucket') return false;
  return error.name === 'NoSuchKey' || error.$metadata?.httpStatusCode === 404;
}
