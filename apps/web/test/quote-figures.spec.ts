import i18next, { type i18n } from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDecimalMoney, revisionChanges, sealedStatusText, type RevisionFacts } from '../src/components/quote-figures';

const LOCALES = join(__dirname, '../src/i18n/locales');
const rfqs = (language: string) => JSON.parse(readFileSync(join(LOCALES, language, 'rfqs.json'), 'utf8'));

/** The app's real rfqs strings, in an i18next of their own (the app's set-up reads them through Vite). */
async function translator(language: 'en' | 'es'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { [language]: { rfqs: rfqs(language) } }, defaultNS: 'rfqs', interpolation: { escapeValue: false } });
  return instance;
}

// Normalizes the narrow no-break spaces Intl puts before AM/PM, so the expectations read plainly.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('the sealed quotes status the buyer reads', () => {
  // 22:00 UTC on Mar 14, 2027: 5:00 PM in Chicago (daylight time began that morning, UTC-5), 4:00 PM in Mexico City
  // (no daylight time since 2022, UTC-6), 3:00 PM in Los Angeles.
  const sealedUntil = '2027-03-14T22:00:00.000Z';

  it('counts the quotes and names the deadline on the buyer’s own clock, in English', async () => {
    const { t } = await translator('en');
    const at = (activeCount: number) => plain(sealedStatusText(t, { activeCount, sealedUntil, locale: 'en-US', timeZone: 'America/Chicago' }));
    expect(at(3)).toBe('3 quotes received, sealed until Mar 14, 2027, 5:00 PM (your time)');
    expect(at(1)).toBe('1 quote received, sealed until Mar 14, 2027, 5:00 PM (your time)');
    expect(at(0)).toBe('No quotes yet, sealed until Mar 14, 2027, 5:00 PM (your time)');
    expect(plain(sealedStatusText(t, { activeCount: 1200, sealedUntil, locale: 'en-US', timeZone: 'America/Los_Angeles' }))).toBe('1,200 quotes received, sealed until Mar 14, 2027, 3:00 PM (your time)');
  });

  it('in Spanish, on a Mexico City clock', async () => {
    const { t } = await translator('es');
    const at = (activeCount: number) => plain(sealedStatusText(t, { activeCount, sealedUntil, locale: 'es-MX', timeZone: 'America/Mexico_City' }));
    expect(at(2)).toBe('2 cotizaciones recibidas, selladas hasta el 14 mar 2027, 4:00 p.m. (tu hora)');
    expect(at(1)).toBe('1 cotización recibida, sellada hasta el 14 mar 2027, 4:00 p.m. (tu hora)');
    expect(at(0)).toBe('Aún no hay cotizaciones, selladas hasta el 14 mar 2027, 4:00 p.m. (tu hora)');
  });

  it('says “until the request closes” when there is no deadline to name', async () => {
    const { t } = await translator('en');
    expect(sealedStatusText(t, { activeCount: 2, sealedUntil: null, locale: 'en-US' })).toBe('2 quotes received, sealed until the request closes');
    expect(sealedStatusText(t, { activeCount: 0, sealedUntil: null, locale: 'en-US' })).toBe('No quotes yet, sealed until the request closes');
  });
});

describe('quote money from decimal strings', () => {
  it('keeps a four-place unit price exact and shows two places at least', () => {
    expect(formatDecimalMoney('0.0125', 'USD', 'en-US')).toBe('$0.0125');
    expect(formatDecimalMoney('12.5000', 'USD', 'en-US')).toBe('$12.50');
    expect(formatDecimalMoney('3', 'USD', 'en-US')).toBe('$3.00');
  });

  it('does not round a large amount through a float', () => {
    // 9007199254740993 is the first integer a double cannot hold.
    expect(formatDecimalMoney('9007199254740993.01', 'USD', 'en-US', 2)).toBe('$9,007,199,254,740,993.01');
  });

  it('writes pesos and dollars the way each locale does', () => {
    expect(plain(formatDecimalMoney('185000.00', 'MXN', 'en-US', 2))).toBe('MX$185,000.00');
    expect(plain(formatDecimalMoney('185000.00', 'MXN', 'es-MX', 2))).toBe('$185,000.00');
    expect(plain(formatDecimalMoney('1234.5', 'USD', 'es-MX', 2))).toBe('USD 1,234.50');
  });
});

describe('what a quote revision changed', () => {
  /** A revision of one line (two breaks, the second declined), with the parts a test changes. */
  const revision = (changes: { unitPrice?: string; secondBreak?: string | null; minimumOrder?: number; toolingCost?: string; toolingOwner?: string } & Partial<Omit<RevisionFacts, 'lines'>> = {}): RevisionFacts => {
    const { unitPrice = '42.5000', secondBreak = null, minimumOrder = 500, toolingCost = '185000.00', toolingOwner = 'buyer', ...rest } = changes;
    return {
      currency: 'MXN',
      lines: [
        {
          rfqLineId: 'l1',
          declineReason: null,
          minimumOrder,
          breaks: [
            { quantity: 1000, unitPrice, declineReason: null },
            { quantity: 5000, unitPrice: secondBreak, declineReason: secondBreak === null ? 'no_capacity' : null },
          ],
        },
      ],
      tooling: [{ description: 'Die', cost: toolingCost, rfqLineIds: ['l1'], owner: toolingOwner }],
      leadTime: { firstArticlesDays: 21, productionDays: 35 },
      validUntil: '2027-04-30',
      delivery: { incoterm: 'FCA', place: 'Apodaca, NL', plant: { id: 'p1' } },
      origin: { hsCode: '870899', usmcaCriterion: 'B', canCertify: true },
      notes: null,
      attachments: [{ id: 'a1' }],
      ...rest,
    };
  };
  const first = revision();

  it('finds nothing when only the way a price is written differs', () => {
    expect(revisionChanges(first, revision({ unitPrice: '42.5', toolingCost: '185000', notes: '' }))).toEqual([]);
  });

  it('names each aspect that changed, prices first after the currency', () => {
    const second = revision({ secondBreak: '39.9000', leadTime: { firstArticlesDays: 21, productionDays: 28 }, attachments: [{ id: 'a1' }, { id: 'a2' }], currency: 'USD' });
    expect(revisionChanges(first, second)).toEqual(['currency', 'prices', 'leadTime', 'documents']);
  });

  it('sees the minimum order, tooling, validity, delivery, origin and notes', () => {
    const second = revision({
      minimumOrder: 1000,
      toolingOwner: 'supplier',
      validUntil: '2027-05-31',
      delivery: { incoterm: 'FCA', place: 'Apodaca, NL', plant: { id: 'p2' } },
      origin: { hsCode: '870899', usmcaCriterion: 'B', canCertify: false },
      notes: 'Price includes packaging.',
    });
    expect(revisionChanges(first, second)).toEqual(['minimumOrder', 'tooling', 'validity', 'delivery', 'origin', 'notes']);
  });
});
