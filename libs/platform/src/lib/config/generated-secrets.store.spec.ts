import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GeneratedSecretsStore } from './generated-secrets.store';

describe('GeneratedSecretsStore', () => {
  const newDir = () => mkdtempSync(join(tmpdir(), 'puente-secrets-'));

  it('creates a long random secret readable only by its owner, and leaves no temp files', () => {
    const dir = newDir();
    const { value, created } = new GeneratedSecretsStore(dir).readOrCreate('SESSION_SECRET');
    expect(created).toBe(true);
    expect(value).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(statSync(join(dir, 'secrets', 'SESSION_SECRET')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'secrets'))).toEqual(['SESSION_SECRET']);
  });

  it('keeps the value another process stored first', () => {
    const dir = newDir();
    mkdirSync(join(dir, 'secrets'));
    writeFileSync(join(dir, 'secrets', 'SESSION_SECRET'), 'written-by-the-worker\n');
    expect(new GeneratedSecretsStore(dir).readOrCreate('SESSION_SECRET')).toEqual({ value: 'written-by-the-worker', created: false });
  });

  it('returns different secrets for different names', () => {
    const store = new GeneratedSecretsStore(newDir());
    expect(store.readOrCreate('A').value).not.toBe(store.readOrCreate('B').value);
  });
});
