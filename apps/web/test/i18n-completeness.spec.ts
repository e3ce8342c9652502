import { registeredErrorCodes } from '@puente/platform';
import '@puente/identity';
import '@puente/notifications';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = join(__dirname, '../src/i18n/locales');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function namespace(language: string, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(LOCALES, language, `${name}.json`), 'utf8'));
}

describe('web app translations', () => {
  const english = readdirSync(join(LOCALES, 'en')).map((file) => file.replace(/\.json$/, '')).sort();
  const spanish = readdirSync(join(LOCALES, 'es')).map((file) => file.replace(/\.json$/, '')).sort();

  it('has the same namespaces in English and Spanish', () => {
    expect(spanish).toEqual(english);
  });

  it.each(english)('namespace %s has the same keys in both languages, none empty', (name) => {
    const en = namespace('en', name);
    const es = namespace('es', name);
    expect(keys(es).sort()).toEqual(keys(en).sort());
    for (const key of keys(en)) {
      const path = key.split('.');
      const value = (language: Record<string, unknown>) => path.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], language);
      expect([key, typeof value(en) === 'string' && (value(en) as string).trim().length > 0]).toEqual([key, true]);
      expect([key, typeof value(es) === 'string' && (value(es) as string).trim().length > 0]).toEqual([key, true]);
    }
  });

  it('has a message in both languages for every error code the API can send', () => {
    const codes = [...registeredErrorCodes().keys()].sort();
    expect(codes.length).toBeGreaterThan(20);
    for (const language of ['en', 'es']) {
      const messages = namespace(language, 'errors');
      expect([language, codes.filter((code) => typeof messages[code] !== 'string' || !(messages[code] as string).trim())]).toEqual([language, []]);
    }
  });
});
