import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { decodeWords, parseEml } from './eml.test-helper';
import type { MailMessage } from './mailer';
import { SmtpMailer } from './smtp.mailer';

interface Received {
  mailFrom: string | undefined;
  rcptTo: string[];
  raw: string;
}

const message: MailMessage = {
  to: 'buyer@example.com',
  subject: 'Verifica tu correo electrónico',
  text: 'Confirma tu dirección.\n',
  html: '<p>Confirma tu <b>dirección</b>.</p>',
  template: 'verify-email',
  language: 'es',
};

/** A real SMTP server on a free loopback port; it records what it accepts. */
async function startServer(options: Partial<SMTPServerOptions> = {}): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const { mailFrom, rcptTo } = session.envelope;
        received.push({
          mailFrom: mailFrom ? mailFrom.address : undefined,
          rcptTo: rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('SmtpMailer', () => {
  it('delivers to an SMTP server with the envelope, headers and bodies of the message', async () => {
    const server = await startServer();
    const mailer = new SmtpMailer({ smtpUrl: server.url, from: 'Puente <no-reply@puente.local>' });
    try {
      await mailer.send(message);
    } finally {
      mailer.close();
      await server.close();
    }

    expect(server.received).toHaveLength(1);
    const [{ mailFrom, rcptTo, raw }] = server.received;
    expect(mailFrom).toBe('no-reply@puente.local');
    expect(rcptTo).toEqual(['buyer@example.com']);

    const eml = parseEml(raw);
    expect(eml.headers.get('to')).toBe('buyer@example.com');
    expect(eml.headers.get('from')).toBe('Puente <no-reply@puente.local>');
    expect(decodeWords(eml.headers.get('subject') ?? '')).toBe('Verifica tu correo electrónico');
    expect(eml.headers.get('content-language')).toBe('es');
    expect(eml.headers.get('x-puente-template')).toBe('verify-email');
    expect(eml.parts.map((part) => part.body)).toEqual([message.text, message.html]);
  });

  it('rejects when the server refuses the recipient, so the sending job retries', async () => {
    const server = await startServer({
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
      },
    });
    const mailer = new SmtpMailer({ smtpUrl: server.url, from: 'no-reply@puente.local' });
    try {
      await expect(mailer.send(message)).rejects.toThrow(/550/);
    } finally {
      mailer.close();
      await server.close();
    }
    expect(server.received).toEqual([]);
  });

  it('with requireTls, sends nothing to a server that offers no STARTTLS', async () => {
    const server = await startServer();
    const mailer = new SmtpMailer({ smtpUrl: server.url, from: 'no-reply@puente.local', requireTls: true });
    try {
      await expect(mailer.send(message)).rejects.toThrow(/STARTTLS/);
    } finally {
      mailer.close();
      await server.close();
    }
    expect(server.received).toEqual([]);
  });

  it('rejects when nothing listens at the SMTP URL', async () => {
    const server = await startServer();
    await server.close();
    const mailer = new SmtpMailer({ smtpUrl: server.url, from: 'no-reply@puente.local' });
    try {
      await expect(mailer.send(message)).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      mailer.close();
    }
  });
});
