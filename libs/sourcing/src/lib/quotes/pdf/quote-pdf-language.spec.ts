import { defaultQuotePdfLanguage } from './quote-pdf.service';

describe('defaultQuotePdfLanguage', () => {
  it('gives a supplier its own language and the buyer English, whatever the buyer user reads', () => {
    expect(defaultQuotePdfLanguage({ organizationKind: 'supplier', language: 'es' })).toBe('es');
    expect(defaultQuotePdfLanguage({ organizationKind: 'supplier', language: 'en' })).toBe('en');
    expect(defaultQuotePdfLanguage({ organizationKind: 'buyer', language: 'es' })).toBe('en');
    expect(defaultQuotePdfLanguage({ organizationKind: 'platform', language: 'es' })).toBe('es');
  });
});
