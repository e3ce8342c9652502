import { winAnsiText } from './win-ansi-text';

describe('winAnsiText', () => {
  it('keeps Spanish and the typographic marks Helvetica has', () => {
    expect(winAnsiText('Año, niño, ¿cotización? «Señal» — “ok” • 5 € ™')).toBe('Año, niño, ¿cotización? «Señal» — “ok” • 5 € ™');
  });

  it('composes decomposed accents and widens the narrow no-break space Intl writes', () => {
    expect(winAnsiText('Cotizacio\u0301n')).toBe('Cotización');
    expect(winAnsiText('5:00\u202fPM')).toBe('5:00\u00a0PM');
  });

  it('replaces what the font cannot show, one mark per character, and control characters with spaces', () => {
    expect(winAnsiText('≥ 10 🚚 中')).toBe('? 10 ? ?');
    expect(winAnsiText('a\tb\u0085c\nd')).toBe('a b c d');
    expect(winAnsiText('a\nb', true)).toBe('a\nb');
  });
});
