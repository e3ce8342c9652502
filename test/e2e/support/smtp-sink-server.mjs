// A real SMTP server (the `smtp-server` package) in a process of its own, for tests. It prints one
// JSON line per event on stdout: {"listening": port}, {"accepted": message} when it acknowledges a
// message, and, when holding, {"held": message} and {"abandoned": message}. Options (env):
//   SMTP_SINK_REJECT=<address>  answer 550 for this recipient
//   SMTP_SINK_HOLD=1            hold each message after its DATA, unacknowledged, until the test writes
//                               "release" on stdin (which also stops holding later messages). A sender
//                               killed meanwhile has not delivered it: SMTP counts only acknowledged mail,
//                               and the sink reports the message as abandoned when its connection drops.
import { createInterface } from 'node:readline';
import { SMTPServer } from 'smtp-server';

const reject = (process.env.SMTP_SINK_REJECT ?? '').toLowerCase();
let holding = process.env.SMTP_SINK_HOLD === '1';
/** Messages received but not yet acknowledged: session → { message, acknowledge }. */
const held = new Map();

const emit = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);

function describe(raw, session) {
  return {
    to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
    subject: /^Subject: (.*)$/m.exec(raw)?.[1] ?? '',
    messageId: /^Message-ID: (.*)$/im.exec(raw)?.[1] ?? '',
    raw,
  };
}

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
      const message = describe(Buffer.concat(chunks).toString('utf8'), session);
      const acknowledge = () => {
        emit({ accepted: message });
        callback();
      };
      if (!holding) return acknowledge();
      held.set(session.id, { message, acknowledge });
      emit({ held: message });
    });
  },
  onClose(session) {
    const entry = held.get(session.id);
    if (!entry) return;
    held.delete(session.id);
    emit({ abandoned: entry.message });
  },
});

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'release') return;
  holding = false;
  for (const [id, entry] of held) {
    held.delete(id);
    entry.acknowledge();
  }
  emit({ released: true });
});

server.listen(0, '127.0.0.1', () => emit({ listening: server.server.address().port }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
