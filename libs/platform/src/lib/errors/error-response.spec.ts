import { preferredLanguage } from './error-response';

describe('preferredLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['es', 'es'],
    ['es-MX,es;q=0.9,en;q=0.8', 'es'],
    ['en-US,en;q=0.9,es;q=0.8', 'en'],
    ['fr-FR,es;q=0.5', 'es'],
    ['de', 'en'],
    ['en;q=0.2, es;q=0.7', 'es'],
  ])('picks %p -> %s', (header, expected) => {
    expect(preferredLanguage(header)).toBe(expected);
  });
});
