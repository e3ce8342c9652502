import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const WORKSPACE = resolve(__dirname, '../../../../..');

/**
 * A built app started as users start it (`node dist/...`), with its output kept for assertions.
 * Tests use it for what only a real process shows: config refusal, signals, crashes.
 */
export class AppProcess {
  private output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((done) => child.on('exit', (code, signal) => done({ code, signal })));
  }

  static start(entry: string, env: Record<string, string>, args: string[] = []): AppProcess {
    const child = spawn(process.execPath, [resolve(WORKSPACE, entry), ...args], {
      cwd: WORKSPACE,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new AppProcess(child);
  }

  get logs(): string {
    return this.output;
  }

  /** Resolves when a log line contains `text`; rejects if the process exits first. */
  async waitForLog(text: string): Promise<void> {
    while (!this.output.includes(text)) {
      if (this.child.exitCode !== null) throw new Error(`process exited before logging "${text}":\n${this.output}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  async waitForHttp(url: string): Promise<void> {
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`process exited before answering ${url}:\n${this.output}`);
      try {
        const response = await fetch(url);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}
