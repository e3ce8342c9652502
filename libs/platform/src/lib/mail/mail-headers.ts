import type { MailMessage } from './mailer';

/** Headers every mailer adds: the language helps mail clients, the template name helps whoever searches a mailbox. */
export function mailHeaders(message: MailMessage): Record<string, string> {
  return { 'Content-Language': message.language, 'X-Puente-Template': message.template };
}

/** A stable Message-ID for a message with an idempotency key, so a resend is recognisably the same message. */
export function stableMessageId(message: MailMessage): string | undefined {
  return message.idempotencyKey ? `<${message.idempotencyKey.replace(/[^A-Za-z0-9.-]/g, '')}@puente.mail>` : undefined;
}
