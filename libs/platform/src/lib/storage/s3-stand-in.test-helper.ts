import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The little of s3rver's API the specs use (the package ships no types). */
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  directory: string;
  silent: boolean;
  configureBuckets: Array<{ name: string }>;
}) => S3rverInstance;

export interface S3StandIn {
  endpoint: string;
  bucket: string;
  /** s3rver checks request signatures against this fixed pair. */
  accessKeyId: string;
  secretAccessKey: string;
  /** Where the stand-in keeps the objects, to check what landed there. */
  directory: string;
  stop(): Promise<void>;
}

/**
 * Starts `@20minutes/s3rver` (a maintained fork of s3rver, a pure-JS S3-compatible server from npm: a
 * stand-in, not S3) on a random port with a temporary folder and one bucket. Port 0 lets the kernel pick,
 * so parallel suites never collide.
 */
export async function startS3StandIn(bucket = 'puente-test'): Promise<S3StandIn> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- untyped CommonJS dev dependency
  const S3rver = require('@20minutes/s3rver') as S3rverConstructor;
  const directory = await mkdtemp(join(tmpdir(), 'puente-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    directory,
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
