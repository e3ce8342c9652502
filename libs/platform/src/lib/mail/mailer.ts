/** One e-mail, already rendered: templates and translation happen before it reaches a Mailer. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** shown in logs and file names */
  template: string;
  language: 'en' | 'es';
  /**
   * The same key means the same message: the local folder keeps one copy, SMTP sends it with the
   * same Message-ID so receiving servers can drop a duplicate. Set by deliveries that may be retried.
   */
  idempotencyKey?: string;
}

/**
 * Sends e-mail. An abstract class rather than an interface so that it is also the injection token:
 * local development writes files (`LocalFolderMailer`), production speaks SMTP (`SmtpMailer`).
 * `send` resolves once the message is handed over; a rejection should make the caller's job retry.
 */
export abstract class Mailer {
  abstract send(message: MailMessage): Promise<void>;
}
