import type { MailMessage } from './mailer';

/** Headers every mailer adds: the language helps mail clients, the template name helps whoever searches a mailbox. */
export function mailHeaders(message: MailMessage): Record<string, string> {
  return { 'Content-Language': message.language, 'X-Puente-Template': message.template };
}
