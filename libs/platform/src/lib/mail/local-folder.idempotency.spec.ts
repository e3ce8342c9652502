import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFolderMailer } from './local-folder.mailer';
import type { MailMessage } from './mailer';

describe('LocalFolderMailer with an idempotency key', () => {
  const message = (key?: string): MailMessage => ({
    to: 'ana@acme.example',
    subject: 'Your role changed',
    text: 'You are now an owner.',
    html: '<p>You are now an owner.</p>',
    template: 'team.role-changed',
    language: 'en',
    idempotencyKey: key,
  });

  it('keeps one copy of a message sent twice with the same key, and every message without one', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'puente-idempotent-'));
    const mailer = new LocalFolderMailer({ directory, from: 'Puente <no-reply@puente.local>' });
    await mailer.send(message('delivery-1'));
    await mailer.send(message('delivery-1'));
    await mailer.send(message('delivery-2'));
    await mailer.send(message());
    await mailer.send(message());
    const emls = readdirSync(directory).filter((file) => file.endsWith('.eml'));
    expect(emls).toHaveLength(4);
    expect(emls.filter((file) => file.endsWith('-delivery-1.eml'))).toHaveLength(1);
  });
});
