import { defineNotificationType } from './notification-type';
import { NotificationParamError } from './notification-param.error';
import { renderNotification } from './render-notification';
import { accountPasswordChanged, accountPasswordReset } from './types/account.types';
import { teamInvitation, teamRoleChanged } from './types/team.types';

const en = { language: 'en', timeZone: 'America/Chicago', publicWebUrl: 'https://puente.test/' } as const;
const es = { language: 'es', timeZone: 'America/Mexico_City', publicWebUrl: 'https://puente.test' } as const;

// Test-only type covering the kinds the catalog does not use yet.
const quoteReceived = defineNotificationType({
  type: 'test.quote-received',
  security: false,
  channels: ['in_app', 'email'],
  defaultDelivery: 'digest',
  params: { supplierName: 'text', total: 'money', dueDate: 'date', rfqId: 'text', lines: 'number' },
  link: '/rfqs/{{rfqId}}/quotes',
  copy: {
    en: { subject: 'New quote', title: 'New quote', body: ['{{supplierName}} quoted {{total}} for {{lines}} lines, due {{dueDate}}.'], action: 'See the quote' },
    es: { subject: 'Nueva cotización', title: 'Nueva cotización', body: ['{{supplierName}} cotizó {{total}} por {{lines}} partidas, vence el {{dueDate}}.'], action: 'Ver la cotización' },
  },
});

const quoteParams = {
  supplierName: 'Maquinados del Bajío',
  total: { amountMinor: 123456, currency: 'MXN' },
  dueDate: '2026-03-05',
  rfqId: 'a b/c',
  lines: 1500,
};

describe('renderNotification', () => {
  it('shows a datetime in the recipient zone: the same instant is March 4 in Chicago and March 5 in Madrid', () => {
    const params = { name: 'Ana', changedAt: '2026-03-05T03:30:00Z' };
    expect(renderNotification(accountPasswordChanged, params, en).inApp.body).toContain('March 4, 2026 at 9:30 PM CST');
    expect(renderNotification(accountPasswordChanged, params, { ...en, timeZone: 'Europe/Madrid' }).inApp.body).toContain('March 5, 2026 at 4:30 AM GMT+1');
    expect(renderNotification(accountPasswordChanged, params, es).inApp.body).toContain('Tu contraseña se cambió el 4 de marzo de 2026 a las 9:30 p.m.');
  });

  it('formats money with formatMoney per locale, numbers per locale, and a calendar date without shifting it', () => {
    const english = renderNotification(quoteReceived, quoteParams, en).inApp.body;
    const spanish = renderNotification(quoteReceived, quoteParams, es).inApp.body;
    expect(english).toBe('Maquinados del Bajío quoted MX$1,234.56 for 1,500 lines, due March 5, 2026.');
    expect(spanish).toBe('Maquinados del Bajío cotizó $1,234.56 por 1,500 partidas, vence el 5 de marzo de 2026.');
    const usd = renderNotification(quoteReceived, { ...quoteParams, total: { amountMinor: 5, currency: 'USD' } }, es).inApp.body;
    expect(usd).toContain('USD\u00a00.05');
  });

  it('a date param given as a timestamp shows the day in the recipient zone', () => {
    const params = { ...quoteParams, dueDate: '2026-03-05T03:30:00Z' };
    expect(renderNotification(quoteReceived, params, en).inApp.body).toContain('due March 4, 2026.');
    expect(renderNotification(quoteReceived, params, { ...en, timeZone: 'Asia/Tokyo' }).inApp.body).toContain('due March 5, 2026.');
  });

  it('joins a path link to the web URL, URL-encoding its params', () => {
    expect(renderNotification(quoteReceived, quoteParams, en).link).toBe('https://puente.test/rfqs/a%20b%2Fc/quotes');
    expect(renderNotification(teamRoleChanged, { organizationName: 'Acme', role: 'member', changedBy: 'Bo' }, es).link).toBe('https://puente.test/team');
  });

  it('uses a url param as the link, in the text and as the button', () => {
    const resetUrl = 'https://puente.test/reset-password?token=abc.def&x=1';
    const rendered = renderNotification(accountPasswordReset, { name: 'Ana', resetUrl, validMinutes: 60 }, en);
    expect(rendered.link).toBe(resetUrl);
    expect(rendered.email.subject).toBe('Reset your password');
    expect(rendered.email.text).toContain(`Choose a new password: ${resetUrl}`);
    expect(rendered.email.text).toContain('The link works once and expires in 60 minutes. Using it signs you out everywhere.');
    expect(rendered.email.html).toContain('href="https://puente.test/reset-password?token=abc.def&amp;x=1"');
  });

  it('escapes values in the HTML and keeps them raw in the text and in-app', () => {
    const params = { organizationName: 'Acme & Sons', inviterName: '<script>alert("x")</script>', role: 'member', acceptUrl: 'https://puente.test/a', validDays: 7 };
    const rendered = renderNotification(teamInvitation, params, en);
    expect(rendered.email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; invited you to join Acme &amp; Sons');
    expect(rendered.email.html).not.toContain('<script>');
    expect(rendered.email.text).toContain('<script>alert("x")</script> invited you to join Acme & Sons on Puente as a member.');
    expect(rendered.email.subject).toBe('Invitation to Acme & Sons on Puente');
  });

  it('translates enumerated values through the labels', () => {
    const params = { organizationName: 'Acme', inviterName: 'Bo', role: 'owner', acceptUrl: 'https://puente.test/a', validDays: 7 };
    expect(renderNotification(teamInvitation, params, es).email.text).toContain('Bo te invitó a unirte a Acme en Puente como propietario.');
    expect(renderNotification(teamInvitation, params, en).email.text).toContain('Bo invited you to join Acme on Puente as an owner.');
    expect(renderNotification(teamRoleChanged, { organizationName: 'Acme', role: 'member', changedBy: 'Bo' }, es).inApp.body).toBe(
      'Bo cambió tu rol en Acme: ahora eres miembro.',
    );
    expect(() => renderNotification(teamInvitation, { ...params, role: 'admin' }, es)).toThrow(/param "role" must be one of owner, member, got "admin"/);
  });

  it('throws naming the param when one is missing or malformed', () => {
    const valid = { name: 'Ana', changedAt: '2026-03-05T03:30:00Z' };
    expect(() => renderNotification(accountPasswordChanged, { name: 'Ana' }, en)).toThrow(
      'notification "account.password-changed": param "changedAt" (datetime) is missing',
    );
    expect(() => renderNotification(accountPasswordChanged, { ...valid, changedAt: '2026-03-05' }, en)).toThrow(/param "changedAt" must be an ISO 8601 timestamp/);
    expect(() => renderNotification(accountPasswordChanged, { ...valid, changedAt: '2026-02-30T10:00:00Z' }, en)).toThrow(/"changedAt"/);
    expect(() => renderNotification(accountPasswordChanged, { ...valid, name: 42 }, en)).toThrow(/param "name" must be a non-empty string, got 42/);
    expect(() => renderNotification(quoteReceived, { ...quoteParams, total: { amount: 10 } }, en)).toThrow(/param "total" must be money/);
    expect(() => renderNotification(quoteReceived, { ...quoteParams, total: { amountMinor: 1.5, currency: 'USD' } }, en)).toThrow(/param "total"/);
    expect(() => renderNotification(quoteReceived, { ...quoteParams, total: { amountMinor: 1, currency: 'EUR' } }, en)).toThrow(/param "total"/);
    expect(() => renderNotification(quoteReceived, { ...quoteParams, lines: '3' }, en)).toThrow(/param "lines" must be a finite number/);
    expect(() => renderNotification(quoteReceived, { ...quoteParams, dueDate: 'next week' }, en)).toThrow(/param "dueDate"/);
    expect(() => renderNotification(accountPasswordReset, { name: 'Ana', resetUrl: 'javascript:alert(1)', validMinutes: 60 }, en)).toThrow(
      /param "resetUrl" must be an absolute http\(s\) URL/,
    );
    expect(() => renderNotification(accountPasswordChanged, {}, en)).toThrow(NotificationParamError);
  });

  it('refuses a bad context rather than rendering wrongly', () => {
    const params = { name: 'Ana', changedAt: '2026-03-05T03:30:00Z' };
    expect(() => renderNotification(accountPasswordChanged, params, { ...en, timeZone: 'Mars/Olympus' })).toThrow(/unknown time zone "Mars\/Olympus"/);
    expect(() => renderNotification(accountPasswordChanged, params, { ...en, publicWebUrl: 'puente.test' })).toThrow(/publicWebUrl/);
  });

  it('ends every e-mail with the footer; the preferences line only where the recipient has preferences', () => {
    const preferences = 'https://puente.test/notifications';
    const roleChanged = renderNotification(teamRoleChanged, { organizationName: 'Acme', role: 'owner', changedBy: 'Bo' }, es).email;
    expect(roleChanged.text).toContain('Puente conecta a compradores de EE. UU. con fabricantes mexicanos.');
    expect(roleChanged.text).toContain(`Para elegir qué notificaciones recibes y cómo, ve a ${preferences}`);
    expect(roleChanged.html).toContain(`href="${preferences}"`);

    const security = renderNotification(accountPasswordChanged, { name: 'Ana', changedAt: '2026-03-05T03:30:00Z' }, en).email;
    expect(security.text).toContain('Puente connects US buyers with Mexican manufacturers.');
    expect(security.text).not.toContain(preferences);
    const invitation = renderNotification(
      teamInvitation,
      { organizationName: 'Acme', inviterName: 'Bo', role: 'owner', acceptUrl: 'https://puente.test/a', validDays: 7 },
      en,
    ).email;
    expect(invitation.text).not.toContain(preferences);
  });

  it('keeps the greeting for e-mail only and builds a self-contained HTML document', () => {
    const rendered = renderNotification(accountPasswordChanged, { name: 'Ana', changedAt: '2026-03-05T03:30:00Z' }, en);
    expect(rendered.email.text.startsWith('Hello Ana,\n\nYour password was changed on')).toBe(true);
    expect(rendered.inApp).toEqual({ title: 'Password changed', body: 'Your password was changed on March 4, 2026 at 9:30 PM CST.\n\nIf this was not you, reset it now.' });
    expect(rendered.link).toBe('https://puente.test/profile');
    expect(rendered.email.html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(rendered.email.html).toContain('<p style="margin:0 0 16px">Hello Ana,</p>');
    expect(rendered.email.html).toMatch(/<a href="https:\/\/puente\.test\/profile" style="[^"]+">Review your security settings<\/a>/);
    expect(rendered.email.html).not.toMatch(/<link|<script|src=/);
  });
});
