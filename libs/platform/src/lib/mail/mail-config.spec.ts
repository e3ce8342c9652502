import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigValidationError } from '../config/config-validation.error';
import { CommonEnvironment } from '../config/environment.schema';
import { loadConfig } from '../config/load-config';

// The mail variables live in the shared schema; their rules are checked here, beside their only reader.
describe('mail configuration', () => {
  const load = (env: Record<string, string>) =>
    loadConfig(CommonEnvironment, { PUENTE_DATA_DIR: mkdtempSync(join(tmpdir(), 'puente-config-')), ...env });

  function problemsOf(env: Record<string, string>): Record<string, string[]> {
    try {
      load(env);
    } catch (error) {
      if (!(error instanceof ConfigValidationError)) throw error;
      return Object.fromEntries(error.invalid.map(({ variable, problems }) => [variable, problems]));
    }
    throw new Error('expected the environment to be rejected');
  }

  it('defaults to the local folder under the working directory, from Puente', () => {
    const config = load({});
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.MAIL_FROM).toBe('Puente <no-reply@puente.local>');
    expect(config.MAIL_DIR).toBe(join(process.cwd(), '.puente', 'mail'));
  });

  it('resolves a relative MAIL_DIR against the working directory and keeps an absolute one', () => {
    expect(load({ MAIL_DIR: 'tmp/outbox-mail' }).MAIL_DIR).toBe(join(process.cwd(), 'tmp', 'outbox-mail'));
    expect(load({ MAIL_DIR: '/var/puente/mail' }).MAIL_DIR).toBe('/var/puente/mail');
  });

  it('accepts smtp:// and smtps:// URLs and bare or named From addresses', () => {
    expect(load({ SMTP_URL: 'smtp://127.0.0.1:2525' }).SMTP_URL).toBe('smtp://127.0.0.1:2525');
    expect(load({ SMTP_URL: 'smtps://user:secret@mail.example.com:465' }).SMTP_URL).toBe('smtps://user:secret@mail.example.com:465');
    expect(load({ MAIL_FROM: 'no-reply@puente.mx' }).MAIL_FROM).toBe('no-reply@puente.mx');
    expect(load({ MAIL_FROM: 'Puente México <hola@puente.mx>' }).MAIL_FROM).toBe('Puente México <hola@puente.mx>');
  });

  it('names SMTP_URL and MAIL_FROM when they are not what a mailer can use', () => {
    expect(problemsOf({ SMTP_URL: 'http://mail.example.com', MAIL_FROM: 'Puente' })).toEqual({
      SMTP_URL: ['SMTP_URL must be an smtp:// or smtps:// URL'],
      MAIL_FROM: ['MAIL_FROM must be an address such as no-reply@example.com or Puente <no-reply@example.com>'],
    });
    expect(Object.keys(problemsOf({ MAIL_FROM: 'Puente <no-reply@puente.mx>\r\nBcc: x@evil.test' }))).toEqual(['MAIL_FROM']);
  });

  it('requires TLS for SMTP in production unless explicitly turned off, and not elsewhere unless asked', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/puente', REDIS_URL: 'redis://cache:6379' };
    expect(load(production).SMTP_REQUIRE_TLS).toBe(true);
    expect(load({ ...production, SMTP_REQUIRE_TLS: 'false' }).SMTP_REQUIRE_TLS).toBe(false);
    expect(load({}).SMTP_REQUIRE_TLS).toBe(false);
    expect(load({ SMTP_REQUIRE_TLS: 'true' }).SMTP_REQUIRE_TLS).toBe(true);
    expect(problemsOf({ SMTP_REQUIRE_TLS: 'yes' })).toEqual({ SMTP_REQUIRE_TLS: ['SMTP_REQUIRE_TLS must be true or false'] });
  });

  it('refuses an SMTP_URL that turns TLS off while TLS is required, and accepts it once TLS is explicitly not required', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/puente', REDIS_URL: 'redis://cache:6379' };
    expect(problemsOf({ ...production, SMTP_URL: 'smtp://mail.example.com:25?ignoreTLS=true' })).toEqual({
      SMTP_URL: [expect.stringMatching(/^SMTP_URL turns TLS off \(ignoreTLS=true\) while SMTP_REQUIRE_TLS is true/)],
    });
    expect(Object.keys(problemsOf({ ...production, SMTP_URL: 'smtp://mail.example.com:587?requireTLS=false' }))).toEqual(['SMTP_URL']);
    expect(load({ ...production, SMTP_URL: 'smtp://mail.example.com:587' }).SMTP_URL).toBe('smtp://mail.example.com:587');
    expect(load({ ...production, SMTP_URL: 'smtp://mail.example.com:25?ignoreTLS=true', SMTP_REQUIRE_TLS: 'false' }).SMTP_REQUIRE_TLS).toBe(false);
  });
});
