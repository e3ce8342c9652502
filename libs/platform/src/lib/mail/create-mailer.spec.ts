import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMailer } from './create-mailer';
import { LocalFolderMailer } from './local-folder.mailer';
import { SmtpMailer } from './smtp.mailer';

describe('createMailer', () => {
  const from = 'Puente <no-reply@puente.local>';

  it('uses SMTP when an SMTP URL is set', () => {
    const mailer = createMailer({ smtpUrl: 'smtp://127.0.0.1:2525', from, directory: '/unused' });
    expect(mailer).toBeInstanceOf(SmtpMailer);
    (mailer as SmtpMailer).close();
  });

  it.each([undefined, ''])('writes to the folder when the SMTP URL is %p', async (smtpUrl) => {
    const directory = mkdtempSync(join(tmpdir(), 'puente-mail-'));
    const mailer = createMailer({ smtpUrl, from, directory });
    expect(mailer).toBeInstanceOf(LocalFolderMailer);

    await mailer.send({ to: 'a@example.com', subject: 'Hi', text: 'Hi', html: '<p>Hi</p>', template: 'hello', language: 'en' });
    expect(readdirSync(directory).filter((name) => name.endsWith('.eml'))).toHaveLength(1);
  });
});
