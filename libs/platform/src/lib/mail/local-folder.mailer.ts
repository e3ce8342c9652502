import { randomBytes } from 'node:crypto';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Clock, SystemClock } from '../time/clock';
import { composeMime } from './compose-mime';
import { Mailer, type MailMessage } from './mailer';
import { writeFileAtomically } from './write-file-atomically';

export interface LocalFolderMailerOptions {
  directory: string;
  /** The From header, e.g. `Puente <no-reply@puente.local>`. */
  from: string;
  clock?: Clock;
}

/** What the `.json` beside each `.eml` holds, for tests and tools that would rather not parse MIME. */
export interface LocalFolderMailRecord extends MailMessage {
  from: string;
  /** ISO 8601, the same instant as the Date header. */
  date: string;
  messageId: string;
  /** File name of the sibling `.eml`. */
  eml: string;
}

/**
 * The default mailer when no SMTP server is configured: every message becomes
 * `<time>-<template>-<random>.eml` (open it in any mail client) and a `.json` with the same
 * name, in one folder. Names sort in sending order; the random part keeps an API and a worker
 * writing at the same moment apart.
 */
export class LocalFolderMailer extends Mailer {
  readonly directory: string;
  private readonly from: string;
  private readonly clock: Clock;
  private lastStampMs = Number.NEGATIVE_INFINITY;

  constructor(options: LocalFolderMailerOptions) {
    super();
    this.directory = options.directory;
    this.from = options.from;
    this.clock = options.clock ?? new SystemClock();
  }

  async send(message: MailMessage): Promise<void> {
    const date = this.clock.now();
    const suffix = message.idempotencyKey ? fileNamePart(message.idempotencyKey) : randomBytes(3).toString('hex');
    if (message.idempotencyKey && (await this.alreadyWritten(suffix))) return;
    const base = `${this.nextStamp(date)}-${fileNamePart(message.template)}-${suffix}`;
    const { messageId, raw } = await composeMime(message, this.from, date);
    const record: LocalFolderMailRecord = { ...message, from: this.from, date: date.toISOString(), messageId, eml: `${base}.eml` };

    // Created on every send so that deleting the folder to clear it needs no restart.
    await mkdir(this.directory, { recursive: true });
    // The .json lands first, so whoever sees an .eml can count on its sibling being there.
    await writeFileAtomically(join(this.directory, `${base}.json`), `${JSON.stringify(record, null, 2)}\n`);
    await writeFileAtomically(join(this.directory, `${base}.eml`), raw);
    if (message.idempotencyKey) {
      await mkdir(join(this.directory, '.sent'), { recursive: true });
      await writeFile(join(this.directory, '.sent', suffix), '');
    }
  }

  /** One empty marker per key in `.sent/`: a constant-time check however full the folder gets. */
  private async alreadyWritten(suffix: string): Promise<boolean> {
    return access(join(this.directory, '.sent', suffix)).then(
      () => true,
      () => false,
    );
  }

  /**
   * `20261125T203912.345Z`: milliseconds, so that messages sent within one second still sort.
   * Never repeats or goes back within one mailer (same millisecond, clock stepped back), so the
   * names of one process sort in the order it sent them.
   */
  private nextStamp(date: Date): string {
    this.lastStampMs = Math.max(date.getTime(), this.lastStampMs + 1);
    return new Date(this.lastStampMs).toISOString().replace(/[-:]/g, '');
  }
}

/** Template names come from code, but a file name must never leave the folder or break a shell. */
function fileNamePart(template: string): string {
  const part = template.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return part === '' ? 'message' : part;
}
