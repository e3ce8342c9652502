import { createVocabulary } from './load-vocabulary';
import { createVocabularySearch, searchVocabulary, SEARCH_MAX_LIMIT } from './search-vocabulary';

const codes = (query: string, options?: Parameters<typeof searchVocabulary>[1]) => searchVocabulary(query, options).map((result) => result.code);
const top = (query: string) => searchVocabulary(query)[0];

describe('searchVocabulary on the bundled vocabulary', () => {
  it('"machinng" (a letter missing) suggests machining, then CNC machining, as typos of their English names', () => {
    const results = searchVocabulary('machinng');
    expect(results.slice(0, 2).map((result) => [result.code, result.match.how, result.match.term])).toEqual([
      ['proc.machining', 'typo', 'Machining'],
      ['proc.machining.cnc-machining', 'typo', 'CNC machining'],
    ]);
  });

  it('"inyeccion" (no accent) suggests plastic injection first, by the start of its Spanish name', () => {
    expect(top('inyeccion')).toEqual({
      code: 'proc.plastics.injection-molding',
      kind: 'process',
      parent: 'proc.plastics',
      name: { en: 'Plastic injection molding', es: 'Inyección de plástico' },
      match: { how: 'prefix', term: 'Inyección de plástico', via: 'name', language: 'es' },
    });
    expect(codes('inyeccion')).toContain('proc.rubber.rubber-injection-molding');
  });

  it('"inyecion" (a letter missing, eight letters) still finds plastic injection', () => {
    expect(top('inyecion').code).toBe('proc.plastics.injection-molding');
    expect(top('inyecion').match.how).toBe('typo');
  });

  it('ranks the exact name first, then names that start with the query, then names that contain it as a word', () => {
    const results = searchVocabulary('Fundición');
    expect(results[0].match).toEqual({ how: 'exact', term: 'Fundición', via: 'name', language: 'es' });
    expect(results[0].code).toBe('proc.casting');
    expect(results[1].match.how).toBe('prefix');
    const hows = searchVocabulary('cast', { limit: 50 }).map((result) => result.match.how);
    expect(hows.indexOf('word')).toBeGreaterThan(hows.lastIndexOf('prefix'));
    expect(codes('cast', { limit: 50 })).toContain('proc.casting.die-casting');
  });

  it('is accent- and case-insensitive and treats plurals as exact, reporting the spelling typed', () => {
    expect(top('ANODIZADO').match).toEqual({ how: 'exact', term: 'Anodizado', via: 'name', language: 'es' });
    expect(top('moldes').match).toEqual({ how: 'exact', term: 'moldes', via: 'synonym', language: 'es' });
    expect(top('molds').match).toEqual({ how: 'exact', term: 'molds', via: 'synonym', language: 'en' });
    expect(top('molds').code).toBe(top('moldes').code);
  });

  it('suggests from a partial last word ("cnc mill" is CNC milling) and ignores glue words ("moldeo de inyección")', () => {
    expect(top('cnc mill')).toMatchObject({ code: 'proc.machining.cnc-milling', match: { how: 'prefix', term: 'CNC milling' } });
    expect(top('moldeo de inyeccion')).toMatchObject({
      code: 'proc.plastics.injection-molding',
      match: { how: 'word', term: 'moldeo por inyección', language: 'es' },
    });
  });

  it('finds what a longer free text mentions, with the words that matched', () => {
    const results = searchVocabulary('Plastic injection molding and assembly of wire harnesses');
    expect(results.map((result) => [result.code, result.match.how, result.match.text])).toEqual(
      expect.arrayContaining([
        ['proc.plastics.injection-molding', 'phrase', 'Plastic injection molding'],
        ['proc.assembly', 'phrase', 'assembly'],
        ['proc.wire-harness', 'phrase', 'wire harnesses'],
      ]),
    );
    expect(codes('Maquinado CNC de piezas de aluminio 6061')).toEqual(['proc.machining.cnc-machining', 'mat.aluminum-6061']);
  });

  it('gives English and Spanish spellings of a capability the same first suggestion', () => {
    expect(top('powder coating').code).toBe(top('pintura electrostática').code);
    expect(top('welding').code).toBe(top('soldadura').code);
  });

  it('does not read numbers or words under four letters as typos (6062 is not 6061, cmc is not cnc)', () => {
    expect(codes('6062')).toEqual([]);
    expect(codes('cmc')).toEqual([]);
    expect(top('weldnig').code).toBe('proc.welding');
  });

  it('filters by kind and limits the results', () => {
    expect(searchVocabulary('aluminio', { kinds: ['material'] }).every((result) => result.kind === 'material')).toBe(true);
    expect(codes('aluminio', { kinds: ['process'] })).not.toContain('mat.aluminum');
    expect(codes('a', { limit: 3 })).toHaveLength(3);
    expect(codes('a', { limit: 500 })).toHaveLength(SEARCH_MAX_LIMIT);
    expect(codes('a')).toHaveLength(10);
  });

  it('returns one result per entry and nothing for text without words', () => {
    const all = codes('machining', { limit: 50 });
    expect(new Set(all).size).toBe(all.length);
    expect(codes(' ,.- ')).toEqual([]);
  });
});

describe('createVocabularySearch ranking', () => {
  const search = createVocabularySearch(
    createVocabulary({
      version: 1,
      entries: [
        { code: 'proc.bending', kind: 'process-family', name: { en: 'Tube bending', es: 'Doblez de tubo' }, synonyms: { en: ['bending'], es: ['doblado'] } },
        { code: 'proc.bending.press', kind: 'process', parent: 'proc.bending', name: { en: 'Press brake bending', es: 'Doblez en prensa' }, synonyms: { en: ['brake'], es: ['plegado'] } },
        { code: 'mat.brass', kind: 'material', name: { en: 'Brass', es: 'Latón' }, synonyms: { en: ['brass bar'], es: ['barra de latón'] } },
        { code: 'mat.bronze', kind: 'material', name: { en: 'Bronze', es: 'Bronce' }, synonyms: { en: ['brake bronze'], es: ['bronce fosforado'] } },
      ],
    }),
  );
  const ranked = (query: string) => search(query).map((result) => [result.code, result.match.how, result.match.via]);

  it('exact name > exact synonym > name prefix > synonym prefix > word prefix > typo', () => {
    expect(ranked('bra')).toEqual([
      ['mat.brass', 'prefix', 'name'],
      ['proc.bending.press', 'prefix', 'synonym'],
      ['mat.bronze', 'prefix', 'synonym'],
    ]);
    expect(ranked('brake')).toEqual([
      ['proc.bending.press', 'exact', 'synonym'],
      ['mat.bronze', 'prefix', 'synonym'],
    ]);
    expect(ranked('bending')).toEqual([
      ['proc.bending', 'exact', 'synonym'],
      ['proc.bending.press', 'word', 'name'],
    ]);
    expect(ranked('bendign')).toEqual([
      ['proc.bending', 'typo', 'synonym'],
      ['proc.bending.press', 'typo', 'name'],
    ]);
  });

  it('reports the language of the term that matched', () => {
    expect(search('laton')[0].match).toEqual({ how: 'exact', term: 'Latón', via: 'name', language: 'es' });
    expect(search('doblez')[0].match).toEqual({ how: 'prefix', term: 'Doblez de tubo', via: 'name', language: 'es' });
  });
});
