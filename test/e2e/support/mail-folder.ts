import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from '@puente/testing';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  template: string;
  language: 'en' | 'es';
}

/** Reads what the worker's built-in mailer wrote, as a user would read their inbox. */
export class MailFolder {
  constructor(readonly directory: string) {}

  async all(): Promise<ReceivedMail[]> {
    const files = (await readdir(this.directory).catch(() => [] as string[])).filter((file) => file.endsWith('.json')).sort();
    return Promise.all(files.map(async (file) => JSON.parse(await readFile(join(this.directory, file), 'utf8')) as ReceivedMail));
  }

  /** Waits for the newest message of a template to an address. */
  async waitFor(to: string, template: string, count = 1): Promise<ReceivedMail> {
    const messages = await waitFor(async () => {
      const found = (await this.all()).filter((mail) => mail.to.toLowerCase() === to.toLowerCase() && mail.template === template);
      return found.length >= count ? found : undefined;
    }, `${template} mail #${count} to ${to}`);
    return messages[messages.length - 1];
  }

  /** The token in the message's link. */
  static token(mail: ReceivedMail): string {
    const match = /token=([^\s&"]+)/.exec(mail.text);
    if (!match) throw new Error(`no token in mail: ${mail.text}`);
    return decodeURIComponent(match[1]);
  }
}
