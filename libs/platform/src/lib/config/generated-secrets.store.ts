import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Secrets that were not configured are generated once and kept as one file each under
 * `<dataDir>/secrets/`. Creation is a hard link of a fully written temp file, which fails
 * atomically when the file exists, so an api and a worker starting at the same moment
 * end up with the same value.
 */
export class GeneratedSecretsStore {
  private readonly directory: string;

  constructor(dataDir: string) {
    this.directory = join(dataDir, 'secrets');
  }

  /** Returns the stored value, generating it first when absent. `created` tells the caller to warn. */
  readOrCreate(name: string): { value: string; created: boolean } {
    const path = join(this.directory, name);
    if (existsSync(path)) return { value: readFileSync(path, 'utf8').trim(), created: false };

    // Only the secrets folder is private; its parent may hold other state (e.g. the demo's database).
    mkdirSync(dirname(this.directory), { recursive: true });
    mkdirSync(this.directory, { recursive: true, mode: 0o700 });
    const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temporary, randomBytes(48).toString('base64url'), { mode: 0o600 });
    try {
      linkSync(temporary, path);
      return { value: readFileSync(path, 'utf8').trim(), created: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return { value: readFileSync(path, 'utf8').trim(), created: false };
    } finally {
      unlinkSync(temporary);
    }
  }
}
