import { LocalFolderMailer } from './local-folder.mailer';
import type { Mailer } from './mailer';
import { SmtpMailer } from './smtp.mailer';

export interface MailerSettings {
  /** When set, mail goes out over SMTP; otherwise it is written to `directory`. */
  smtpUrl?: string;
  /** SMTP_REQUIRE_TLS: never send over an unencrypted connection. */
  requireTls?: boolean;
  from: string;
  directory: string;
}

/** Chooses the Mailer from configuration (SMTP_URL, MAIL_FROM, MAIL_DIR), so nothing needs an SMTP server to run locally. */
export function createMailer(settings: MailerSettings): Mailer {
  if (settings.smtpUrl) return new SmtpMailer({ smtpUrl: settings.smtpUrl, from: settings.from, requireTls: settings.requireTls });
  return new LocalFolderMailer({ directory: settings.directory, from: settings.from });
}
