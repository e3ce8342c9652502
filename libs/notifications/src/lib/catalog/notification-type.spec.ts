import { allNotificationTypes, defineNotificationType, notificationType, type NotificationType } from './notification-type';
import type { ParamKind } from './param-kind';
import { accountPasswordReset } from './types/account.types';

function definition(overrides: Partial<NotificationType<Record<string, ParamKind>>> = {}): NotificationType<Record<string, ParamKind>> {
  return {
    type: 'test.sample',
    security: false,
    channels: ['in_app', 'email'],
    defaultDelivery: 'in_app',
    params: { name: 'text' },
    link: '/somewhere',
    copy: {
      en: { subject: 'Hi {{name}}', title: 'Hi', body: ['Hello {{name}}.'], action: 'Open' },
      es: { subject: 'Hola {{name}}', title: 'Hola', body: ['Hola, {{name}}.'], action: 'Abrir' },
    },
    ...overrides,
  };
}

describe('defineNotificationType', () => {
  it('registers a type, finds it by name and refuses a second one with the same name', () => {
    const sample = defineNotificationType(definition({ type: 'test.registered' }));
    expect(notificationType('test.registered')).toBe(sample);
    expect(allNotificationTypes()).toContain(sample);
    expect(() => defineNotificationType(definition({ type: 'test.registered' }))).toThrow('notification type "test.registered" is already defined');
    expect(() => defineNotificationType({ ...accountPasswordReset })).toThrow(/"account.password-reset" is already defined/);
  });

  it.each(['Team.Invitation', 'invitation', 'team..invitation', 'team.invitation.', 'team_invitation.x', 'team invitation', ''])('refuses the malformed name "%s"', (type) => {
    expect(() => defineNotificationType(definition({ type }))).toThrow(/must be dotted lowercase words/);
  });

  it('throws for an unknown name', () => {
    expect(() => notificationType('test.nowhere')).toThrow('unknown notification type "test.nowhere"');
  });

  it('refuses copy that uses an undeclared or malformed placeholder, or lacks a language', () => {
    const copy = definition().copy;
    expect(() => defineNotificationType(definition({ type: 'test.a', copy: { ...copy, es: { ...copy.es, body: ['Hola {{nombre}}'] } } }))).toThrow(
      /es body\[0\] uses undeclared param \{\{nombre\}\}/,
    );
    expect(() => defineNotificationType(definition({ type: 'test.b', copy: { ...copy, en: { ...copy.en, title: 'Hi {{ name }}' } } }))).toThrow(/malformed placeholder/);
    expect(() => defineNotificationType(definition({ type: 'test.c', copy: { en: copy.en } as never }))).toThrow(/has no es copy/);
  });

  it('refuses a link that is neither a path nor a url param', () => {
    expect(() => defineNotificationType(definition({ type: 'test.d', link: 'https://elsewhere.test' }))).toThrow(/link/);
    expect(() => defineNotificationType(definition({ type: 'test.e', link: '//elsewhere.test' }))).toThrow(/link/);
    expect(() => defineNotificationType(definition({ type: 'test.f', link: '{{name}}' }))).toThrow(/must name a param of kind url/);
  });

  it('refuses a security notice that could wait or skip e-mail, and a default its channels cannot carry', () => {
    expect(() => defineNotificationType(definition({ type: 'test.g', security: true, defaultDelivery: 'in_app' }))).toThrow(/security/);
    expect(() => defineNotificationType(definition({ type: 'test.h', channels: ['email'], defaultDelivery: 'in_app' }))).toThrow(/in_app channel/);
    expect(() => defineNotificationType(definition({ type: 'test.i', channels: ['in_app'], defaultDelivery: 'digest' }))).toThrow(/email channel/);
  });

  it('refuses labels for a param that is not text', () => {
    expect(() =>
      defineNotificationType(definition({ type: 'test.j', params: { name: 'text', count: 'number' }, labels: { count: { one: { en: 'one', es: 'uno' } } } })),
    ).toThrow(/labels are for text params/);
  });

  it('freezes what it registers, since every caller shares it', () => {
    const frozen = defineNotificationType(definition({ type: 'test.frozen' }));
    expect(Object.isFrozen(frozen.copy.en.body)).toBe(true);
  });
});
