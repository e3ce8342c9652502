import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from '@puente/testing';

export interface SunkMessage {
  to: string[];
  subject: string;
  messageId: string;
  raw: string;
}

type SinkEvent = { listening: number } | { accepted: SunkMessage } | { held: SunkMessage } | { abandoned: SunkMessage } | { released: true };

const addressedTo = (address: string) => (message: SunkMessage) => message.to.some((to) => to.toLowerCase() === address.toLowerCase());

/** Starts `smtp-sink-server.mjs` as a child process and collects what it accepted, held and saw abandoned. */
export class SmtpSink {
  /** Messages the server acknowledged (delivered, as far as SMTP is concerned). */
  readonly messages: SunkMessage[] = [];
  /** Messages the server had in hand, unacknowledged, when it was holding them. */
  readonly held: SunkMessage[] = [];
  /** Held messages whose sender's connection dropped before the acknowledgment. */
  readonly abandoned: SunkMessage[] = [];
  private releases = 0;
  private port = 0;

  private constructor(private readonly child: ChildProcess) {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const event = JSON.parse(buffer.slice(0, newline)) as SinkEvent;
        buffer = buffer.slice(newline + 1);
        if ('listening' in event) this.port = event.listening;
        else if ('accepted' in event) this.messages.push(event.accepted);
        else if ('held' in event) this.held.push(event.held);
        else if ('abandoned' in event) this.abandoned.push(event.abandoned);
        else this.releases += 1;
      }
    });
  }

  /** `SMTP_SINK_HOLD: '1'` holds each message until release(); `SMTP_SINK_REJECT` names a recipient to refuse with 550. */
  static async start(env: Record<string, string> = {}): Promise<SmtpSink> {
    const child = spawn(process.execPath, [join(__dirname, 'smtp-sink-server.mjs')], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
    const sink = new SmtpSink(child);
    await waitFor(async () => sink.port > 0, 'the SMTP sink to listen');
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): SunkMessage[] {
    return this.messages.filter(addressedTo(address));
  }

  heldFor(address: string): SunkMessage[] {
    return this.held.filter(addressedTo(address));
  }

  abandonedBy(address: string): SunkMessage[] {
    return this.abandoned.filter(addressedTo(address));
  }

  /** Acknowledges the messages held now and stops holding; resolves once the server has done it. */
  async release(): Promise<void> {
    const before = this.releases;
    this.child.stdin?.write('release\n');
    await waitFor(async () => this.releases > before, 'the SMTP sink to release');
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.on('exit', resolve));
    this.child.stdin?.end();
    this.child.kill('SIGTERM');
    await exited;
  }
}
