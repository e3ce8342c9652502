import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Clock } from '../time/clock';
import { decodeWords, parseEml } from './eml.test-helper';
import { LocalFolderMailer, type LocalFolderMailRecord } from './local-folder.mailer';
import type { MailMessage } from './mailer';

class SteppedClock extends Clock {
  constructor(public current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }
}

const FROM = 'Puente <no-reply@puente.local>';

const verifyEmail: MailMessage = {
  to: 'ana.lopez@fabrica.mx',
  subject: 'Verifica tu correo electrónico',
  text: 'Hola Ana,\n\nConfirma tu dirección: https://puente.local/verify?token=abc=def\n\n¡Gracias! — Puente\n',
  html: '<p>Hola Ana,</p><p>Confirma tu <a href="https://puente.local/verify?token=abc=def">dirección</a>.</p><p>¡Gracias!</p>',
  template: 'verify-email',
  language: 'es',
};

const newFolder = () => mkdtempSync(join(tmpdir(), 'puente-mail-'));
const sorted = (directory: string) => readdirSync(directory).sort();

describe('LocalFolderMailer', () => {
  it('writes an RFC 5322 message a mail client can read, Spanish subject and bodies intact', async () => {
    const directory = newFolder();
    const clock = new SteppedClock(new Date('2026-11-25T20:39:12.345Z'));
    await new LocalFolderMailer({ directory, from: FROM, clock }).send(verifyEmail);

    const [emlName] = sorted(directory).filter((name) => name.endsWith('.eml'));
    const raw = readFileSync(join(directory, emlName), 'utf8');
    // 7-bit only: non-ASCII travels encoded (RFC 2047 headers, quoted-printable or base64 bodies).
    expect(raw).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    const eml = parseEml(raw);

    expect(eml.headers.get('to')).toBe('ana.lopez@fabrica.mx');
    expect(eml.headers.get('from')).toBe(FROM);
    expect(eml.headers.get('subject')).toMatch(/^=\?UTF-8\?[QB]\?/i);
    expect(decodeWords(eml.headers.get('subject') ?? '')).toBe('Verifica tu correo electrónico');
    expect(new Date(eml.headers.get('date') ?? '').toISOString()).toBe('2026-11-25T20:39:12.000Z');
    expect(eml.headers.get('message-id')).toMatch(/^<[^<>@\s]+@puente\.local>$/);
    expect(eml.headers.get('mime-version')).toBe('1.0');
    expect(eml.headers.get('content-language')).toBe('es');
    expect(eml.headers.get('x-puente-template')).toBe('verify-email');

    expect(eml.parts.map((part) => part.headers.get('content-type'))).toEqual([
      'text/plain; charset=utf-8',
      'text/html; charset=utf-8',
    ]);
    expect(eml.parts[0].body).toBe(verifyEmail.text);
    expect(eml.parts[1].body).toBe(verifyEmail.html);
  });

  it('writes a sibling .json with the message fields, the From, the date and the Message-ID', async () => {
    const directory = newFolder();
    const clock = new SteppedClock(new Date('2026-11-25T20:39:12.345Z'));
    await new LocalFolderMailer({ directory, from: FROM, clock }).send(verifyEmail);

    const names = sorted(directory);
    const [jsonName, emlName] = [names.find((n) => n.endsWith('.json')), names.find((n) => n.endsWith('.eml'))];
    expect(jsonName?.replace(/\.json$/, '')).toBe(emlName?.replace(/\.eml$/, ''));

    const record = JSON.parse(readFileSync(join(directory, jsonName ?? ''), 'utf8')) as LocalFolderMailRecord;
    const messageId = parseEml(readFileSync(join(directory, emlName ?? ''), 'utf8')).headers.get('message-id');
    expect(record).toEqual({
      ...verifyEmail,
      from: FROM,
      date: '2026-11-25T20:39:12.345Z',
      messageId,
      eml: emlName,
    });
  });

  it('names files <time>-<template>-<random> and leaves no temp files behind', async () => {
    const directory = join(newFolder(), 'not', 'yet', 'there');
    const clock = new SteppedClock(new Date('2026-11-25T20:39:12.345Z'));
    await new LocalFolderMailer({ directory, from: FROM, clock }).send(verifyEmail);

    const names = sorted(directory);
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(/^20261125T203912\.345Z-verify-email-[0-9a-f]{6}\.(eml|json)$/);
  });

  it('keeps the template part of a file name inside the folder and shell-safe', async () => {
    const directory = newFolder();
    await new LocalFolderMailer({ directory, from: FROM }).send({ ...verifyEmail, template: '../../Etc/Passwd $(x)' });
    const names = sorted(directory);
    expect(names).toHaveLength(2);
    for (const name of names) expect(name).toMatch(/^\d{8}T\d{6}\.\d{3}Z-etc-passwd-x-[0-9a-f]{6}\.(eml|json)$/);
  });

  it('names sort in sending order: within one millisecond, across a second, and when the clock steps back', async () => {
    const directory = newFolder();
    const clock = new SteppedClock(new Date('2026-11-25T20:39:59.999Z'));
    const mailer = new LocalFolderMailer({ directory, from: FROM, clock });
    const times = ['2026-11-25T20:39:59.999Z', '2026-11-25T20:39:59.999Z', '2026-11-25T20:40:00.000Z', '2026-11-25T19:40:00.000Z'];
    for (const [index, time] of times.entries()) {
      clock.current = new Date(time);
      await mailer.send({ ...verifyEmail, template: `step-${index}` });
    }
    const order = sorted(directory)
      .filter((name) => name.endsWith('.eml'))
      .map((name) => /-(step-\d)-/.exec(name)?.[1]);
    expect(order).toEqual(['step-0', 'step-1', 'step-2', 'step-3']);
  });

  it('keeps every message of concurrent sends, in the order they were sent', async () => {
    const directory = newFolder();
    const mailer = new LocalFolderMailer({ directory, from: FROM });
    const templates = Array.from({ length: 12 }, (_, index) => `burst-${String(index).padStart(2, '0')}`);
    await Promise.all(templates.map((template) => mailer.send({ ...verifyEmail, template })));

    const names = sorted(directory);
    expect(names.filter((name) => !/\.(eml|json)$/.test(name))).toEqual([]);
    const order = names.filter((name) => name.endsWith('.eml')).map((name) => /-(burst-\d\d)-/.exec(name)?.[1]);
    expect(order).toEqual(templates);
  });
});
