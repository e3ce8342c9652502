import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { niceTicks } from '../src/components/chart-ticks';

const compare = (language: string) => JSON.parse(readFileSync(join(__dirname, '../src/i18n/locales', language, 'compare.json'), 'utf8'));
/** The API's assumption codes, read from the library's text table (the web does not import the library). */
const API_TEXTS = readFileSync(join(__dirname, '../../../libs/sourcing/src/lib/comparison/landed-cost/landed-cost-assumption-texts.ts'), 'utf8');
const apiCodes = [...API_TEXTS.matchAll(/^ {2}(\w+): \{/gm)].map((match) => match[1]);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the comparison chart’s ticks', () => {
  it('covers the values from the first tick to one at or past the largest, in round steps', () => {
    expect(niceTicks(0, 21.6)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(0, 66, 5, 1)).toEqual([0, 20, 40, 60, 80]);
  });

  it('keeps whole days when the values are close together', () => {
    expect(niceTicks(0, 2.2, 5, 1)).toEqual([0, 1, 2, 3]);
  });

  it('draws a frame even for a single value', () => {
    expect(niceTicks(0, 0).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the landed-cost assumptions in the web’s words', () => {
  it('has every code the API sends, in English and Spanish, with the params the API fills', () => {
    expect(apiCodes.length).toBeGreaterThan(25);
    for (const language of ['en', 'es']) {
      const texts = compare(language).assumptionTexts as Record<string, { value: string; source: string }>;
      expect([language, Object.keys(texts).sort()]).toEqual([language, [...apiCodes].sort()]);
    }
    const english = compare('en').assumptionTexts as Record<string, { value: string; source: string }>;
    const spanish = compare('es').assumptionTexts as Record<string, { value: string; source: string }>;
    for (const code of apiCodes) {
      for (const part of ['value', 'source'] as const) {
        expect([code, part, placeholders(spanish[code][part])]).toEqual([code, part, placeholders(english[code][part])]);
      }
    }
  });
});
