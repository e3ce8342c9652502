import { allNotificationTypes } from '@puente/notifications';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TYPE_KEYS } from '../src/components/notification-type-labels';

const labels = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(__dirname, '../src/i18n/locales', language, 'notifications.json'), 'utf8')).preferences.types;

describe('notification preference labels', () => {
  // The preferences page lists every type that reaches the in-app inbox; one without a label showed its raw name.
  const listed = allNotificationTypes().filter((type) => type.channels.includes('in_app')).map((type) => type.type).sort();

  it.each(['en', 'es'])('names every type on the preferences page in %s', (language) => {
    const named = labels(language);
    expect(listed.filter((type) => !named[TYPE_KEYS[type] ?? ''])).toEqual([]);
  });
});
