import { createTransport, type Transporter } from 'nodemailer';
import { mailHeaders, stableMessageId } from './mail-headers';
import { Mailer, type MailMessage } from './mailer';

export interface SmtpMailerOptions {
  /**
   * `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS from the start).
   * Nodemailer reads further options from the query string, e.g. `?connectionTimeout=10000`.
   */
  smtpUrl: string;
  /** The From header, e.g. `Puente <no-reply@puente.example>`. */
  from: string;
  /** Refuse to send unless the connection is encrypted (TLS from the start or STARTTLS). */
  requireTls?: boolean;
}

/** Production mailer: hands each message to an SMTP server (a provider's relay or a local MTA). */
export class SmtpMailer extends Mailer {
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(options: SmtpMailerOptions) {
    super();
    // With requireTLS, a server that offers no STARTTLS gets nothing: the send fails (and is retried) instead of going out in clear.
    this.transport = createTransport({ url: options.smtpUrl, requireTLS: options.requireTls ?? false });
    this.from = options.from;
  }

  async send(message: MailMessage): Promise<void> {
    // A rejected recipient or an unreachable server rejects here, so the job that sends retries.
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: mailHeaders(message),
      messageId: stableMessageId(message),
    });
  }

  /** Closes pooled connections; call on shutdown so the process can exit. */
  close(): void {
    this.transport.close();
  }
}
