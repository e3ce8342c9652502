import { foldWord, normalizeText, stemToken, tokenize } from './normalize';

describe('foldWord', () => {
  it('lowercases and strips accents, ñ included', () => {
    expect(foldWord('Fundición')).toBe('fundicion');
    expect(foldWord('ESTAÑADO')).toBe('estanado');
    expect(foldWord('Arnés')).toBe('arnes');
  });
});

describe('stemToken', () => {
  it.each([
    ['assemblies', 'assembly'],
    ['companies', 'company'],
    ['dies', 'die'],
    ['molds', 'mold'],
    ['moldes', 'mold'],
    ['molde', 'mold'],
    ['arneses', 'arn'],
    ['arnes', 'arn'],
    ['process', 'process'],
    ['processes', 'process'],
    ['matrices', 'matriz'],
    ['matriz', 'matriz'],
    ['plasticos', 'plastico'],
    ['cnc', 'cnc'],
    ['6061', '6061'],
  ])('%s -> %s', (token, stem) => {
    expect(stemToken(token)).toBe(stem);
  });

  it('gives singular and plural the same key in both languages', () => {
    const pairs = [['housing', 'housings'], ['piece', 'pieces'], ['hose', 'hoses'], ['soldadura', 'soldaduras'], ['luz', 'luces'], ['motor', 'motores']];
    for (const [singular, plural] of pairs) expect(stemToken(plural)).toBe(stemToken(singular));
  });
});

describe('normalizeText', () => {
  it('stems per token (keys need not be words) and treats punctuation, "-", "," and "/" as separators and collapses spaces', () => {
    expect(normalizeText('  43--PUMP,HYDRAULIC ')).toBe('43 pump hydrauliz');
    expect(normalizeText('MIG/TIG  welding')).toBe('mig tig welding');
  });

  it('splits letters from digits so "ISO9001" and "ISO 9001" are one phrase', () => {
    expect(normalizeText('ISO9001:2015')).toBe(normalizeText('iso 9001 2015'));
    expect(normalizeText('AS9100D')).toBe('as 9100 d');
  });

  it('is accent, case and plural insensitive', () => {
    expect(normalizeText('Inyección de Plásticos')).toBe(normalizeText('inyeccion de plastico'));
  });
});

describe('tokenize', () => {
  it('keeps the span of the original word', () => {
    const text = 'Maquinado CNC';
    expect(tokenize(text).map((token) => text.slice(token.start, token.end))).toEqual(['Maquinado', 'CNC']);
  });
});
