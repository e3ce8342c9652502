// A real SMTP server (the `smtp-server` package) in a process of its own, for tests. It prints one
// JSON line per accepted message on stdout. Options (env):
//   SMTP_SINK_REJECT=<address>  answer 550 for this recipient
//   SMTP_SINK_HOLD_MS=<ms>      wait this long before acknowledging each message (a sender killed
//                               meanwhile has not delivered it: SMTP counts only acknowledged mail)
import { SMTPServer } from 'smtp-server';

const reject = (process.env.SMTP_SINK_REJECT ?? '').toLowerCase();
const holdMs = Number(process.env.SMTP_SINK_HOLD_MS ?? 0);

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (reject && address.address.toLowerCase() === reject) {
      const error = new Error('mailbox unavailable');
      error.responseCode = 550;
      return callback(error);
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      setTimeout(() => {
        if (session.closed) return;
        const subject = /^Subject: (.*)$/m.exec(raw)?.[1] ?? '';
        const messageId = /^Message-ID: (.*)$/im.exec(raw)?.[1] ?? '';
        process.stdout.write(`${JSON.stringify({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), subject, messageId, raw })}\n`);
        callback();
      }, holdMs);
    });
  },
  onClose(session) {
    session.closed = true;
  },
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ listening: server.server.address().port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
