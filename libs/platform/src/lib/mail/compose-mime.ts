import MailComposer from 'nodemailer/lib/mail-composer';
import { mailHeaders, stableMessageId } from './mail-headers';
import type { MailMessage } from './mailer';

export interface ComposedMime {
  messageId: string;
  /** The whole RFC 5322 message with CRLF line ends, ready to write or send. */
  raw: Buffer;
}

/**
 * Builds the same MIME shape the SMTP transport sends (multipart/alternative, UTF-8, RFC 2047
 * subjects), so a message read from the local folder looks like the one a user would receive.
 */
export async function composeMime(message: MailMessage, from: string, date: Date): Promise<ComposedMime> {
  const node = new MailComposer({
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    date,
    headers: mailHeaders(message),
    messageId: stableMessageId(message),
    newline: 'win',
  }).compile();
  return { messageId: node.messageId(), raw: await node.build() };
}
