/** One e-mail, already rendered: templates and translation happen before it reaches a Mailer. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** shown in logs and file names */
  template: string;
  language: 'en' | 'es';
}

/**
 * Sends e-mail. An abstract class rather than an interface so that it is also the injection token:
 * local development writes files (`LocalFolderMailer`), production speaks SMTP (`SmtpMailer`).
 * `send` resolves once the message is handed over; a rejection should make the caller's job retry.
 */
export abstract class Mailer {
  abstract send(message: MailMessage): Promise<void>;
}
