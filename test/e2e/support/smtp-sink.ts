import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from '@puente/testing';

export interface SunkMessage {
  to: string[];
  subject: string;
  messageId: string;
  raw: string;
}

/** Starts `smtp-sink-server.mjs` as a child process and collects what it accepted. */
export class SmtpSink {
  readonly messages: SunkMessage[] = [];
  private port = 0;

  private constructor(private readonly child: ChildProcess) {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        if ('listening' in line) this.port = line.listening;
        else this.messages.push(line);
      }
    });
  }

  static async start(env: Record<string, string> = {}): Promise<SmtpSink> {
    const child = spawn(process.execPath, [join(__dirname, 'smtp-sink-server.mjs')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    const sink = new SmtpSink(child);
    await waitFor(async () => sink.port > 0, 'the SMTP sink to listen');
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): SunkMessage[] {
    return this.messages.filter((message) => message.to.some((to) => to.toLowerCase() === address.toLowerCase()));
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.on('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
