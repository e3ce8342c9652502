import type { Language } from '@puente/platform';
import { allNotificationTypes, renderNotification, type AnyNotificationType, type NotificationCopy, type ParamKind } from './index';

const LANGUAGES: Language[] = ['en', 'es'];

/** A value of each kind, or the first enumerated value when the param has labels. */
function sampleParams(type: AnyNotificationType): Record<string, unknown> {
  const samples: Record<ParamKind, unknown> = {
    text: 'Ana López',
    url: 'https://puente.test/some/link?token=abc.def',
    date: '2026-03-05',
    datetime: '2026-03-05T03:30:00Z',
    money: { amountMinor: 123456, currency: 'USD' },
    number: 48,
  };
  return Object.fromEntries(
    Object.entries(type.params).map(([name, kind]) => [name, Object.keys(type.labels?.[name] ?? {})[0] ?? samples[kind]]),
  );
}

function templates(copy: NotificationCopy): string[] {
  return [copy.subject, copy.title, copy.greeting ?? '', copy.action, ...copy.body];
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] as string);
}

describe('the notification catalog', () => {
  const types = allNotificationTypes();

  it('registers the catalog types', () => {
    expect(types.map((type) => type.type)).toEqual([
      'account.email-verification',
      'account.password-changed',
      'account.password-reset',
      'account.sign-up-attempted',
      'quote.awarded',
      'quote.not-selected',
      'quote.received',
      'quote.withdrawn',
      'rating.received',
      'rating.replied',
      'rfq.amended',
      'rfq.awarded',
      'rfq.cancelled',
      'rfq.closed',
      'rfq.closed-to-buyer',
      'rfq.invitations-sent',
      'rfq.invited',
      'rfq.question-answered',
      'rfq.question-asked',
      'supplier.claim-approved',
      'supplier.claim-rejected',
      'supplier.profile-approved',
      'supplier.profile-changes-requested',
      'supplier.profile-rejected',
      'supplier.profile-suspended',
      'supplier.profile-unsuspended',
      'team.invitation',
      'team.member-joined',
      'team.role-changed',
    ]);
  });

  describe.each(types.map((type) => [type.type, type] as const))('%s', (_name, type) => {
    it('has copy in both languages, and they differ', () => {
      for (const language of LANGUAGES) {
        expect(type.copy[language]).toBeDefined();
        expect(type.copy[language].body.length).toBeGreaterThan(0);
      }
      expect(type.copy.es).not.toEqual(type.copy.en);
      expect(type.copy.es.subject).not.toBe(type.copy.en.subject);
      expect(type.copy.es.body).not.toEqual(type.copy.en.body);
    });

    it('uses only declared params, and every declared param somewhere', () => {
      const declared = Object.keys(type.params);
      const used = new Set<string>(placeholders(type.link));
      for (const language of LANGUAGES) {
        for (const text of templates(type.copy[language])) {
          for (const name of placeholders(text)) {
            expect(declared).toContain(name);
            used.add(name);
          }
        }
      }
      for (const name of placeholders(type.link)) expect(declared).toContain(name);
      expect([...used].sort()).toEqual([...declared].sort());
    });

    it('keeps the security rules: a security notice goes by e-mail immediately', () => {
      if (type.security) {
        expect(type.channels).toContain('email');
        expect(type.defaultDelivery).toBe('email');
      }
      if (type.defaultDelivery === 'in_app') expect(type.channels).toContain('in_app');
    });

    it.each(LANGUAGES)('renders in %s with sample values, leaving no placeholder', (language) => {
      const rendered = renderNotification(type, sampleParams(type), { language, timeZone: 'America/Mexico_City', publicWebUrl: 'https://puente.test' });
      const outputs = [rendered.email.subject, rendered.email.text, rendered.email.html, rendered.inApp.title, rendered.inApp.body, rendered.link];
      for (const output of outputs) {
        expect(output.trim()).not.toBe('');
        expect(output).not.toContain('{{');
        expect(output).not.toContain('}}');
      }
      expect(rendered.link).toMatch(/^https:\/\/puente\.test\//);
      expect(rendered.email.text).toContain(rendered.link);
    });
  });
});
