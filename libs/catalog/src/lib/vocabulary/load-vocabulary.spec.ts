import { createVocabulary, vocabulary } from './load-vocabulary';
import type { VocabularyEntry } from './vocabulary.types';

describe('vocabulary.json', () => {
  const vocab = vocabulary();

  it('loads version 6 and caches it', () => {
    expect(vocab.version).toBe(6);
    expect(vocabulary()).toBe(vocab);
  });

  it('meets the size targets per kind', () => {
    expect(vocab.entriesOfKind('process-family').length).toBeGreaterThanOrEqual(25);
    expect(vocab.entriesOfKind('process').length).toBeGreaterThanOrEqual(150);
    expect(vocab.entriesOfKind('material').length).toBeGreaterThanOrEqual(60);
    expect(vocab.entriesOfKind('industry').length).toBeGreaterThanOrEqual(25);
  });

  it('has every certification named in DOMAIN.md', () => {
    const codes = vocab.entriesOfKind('certification').map((entry) => entry.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'cert.iso-9001',
        'cert.iatf-16949',
        'cert.as9100',
        'cert.as9102',
        'cert.nadcap',
        'cert.iso-13485',
        'cert.iso-14001',
        'cert.iso-45001',
        'cert.itar',
        'cert.c-tpat',
        'cert.oea',
      ]),
    );
  });

  it('looks entries up by code', () => {
    expect(vocab.entry('proc.machining.cnc-milling')).toMatchObject({
      kind: 'process',
      parent: 'proc.machining',
      name: { en: 'CNC milling', es: 'Fresado CNC' },
    });
    expect(vocab.entry('proc.nope')).toBeUndefined();
  });

  it('gives every process a process-family parent and every entry both languages', () => {
    for (const entry of vocab.entries) {
      expect(entry.name.en.length > 0 && entry.name.es.length > 0).toBe(true);
      if (entry.kind === 'process') expect(vocab.entry(entry.parent ?? '')?.kind).toBe('process-family');
    }
  });
});

describe('createVocabulary validation', () => {
  const family: VocabularyEntry = {
    code: 'proc.machining',
    kind: 'process-family',
    name: { en: 'Machining', es: 'Maquinado' },
    synonyms: { en: ['mach'], es: ['mecanizado'] },
  };
  const process: VocabularyEntry = {
    code: 'proc.machining.cnc-milling',
    kind: 'process',
    parent: 'proc.machining',
    name: { en: 'CNC milling', es: 'Fresado CNC' },
    synonyms: { en: ['milling'], es: ['fresado'] },
  };
  const aluminum: VocabularyEntry = {
    code: 'mat.aluminum',
    kind: 'material',
    name: { en: 'Aluminum', es: 'Aluminio' },
    synonyms: { en: ['aluminium'], es: ['aleación de aluminio'] },
  };
  const build = (...entries: unknown[]) => () => createVocabulary({ version: 1, entries });

  it('accepts a consistent file', () => {
    expect(build(family, process, aluminum)().entriesOfKind('process')).toEqual([process]);
  });

  it('rejects duplicate codes', () => {
    expect(build(family, process, { ...aluminum, code: 'proc.machining.cnc-milling' })).toThrow(/duplicate code/);
  });

  it('rejects a process whose parent is missing or not a family', () => {
    expect(build(process)).toThrow(/parent proc.machining is not a process family/);
    expect(build(family, process, { ...process, code: 'proc.machining.cnc-milling.x', parent: 'proc.machining.cnc-milling', name: { en: 'X', es: 'X' }, synonyms: { en: ['x1'], es: ['x2'] } })).toThrow(/is not a process family/);
  });

  it('rejects a missing language', () => {
    expect(build(family, { ...aluminum, name: { en: 'Aluminum', es: ' ' } })).toThrow(/name.es is missing/);
    expect(build(family, { ...aluminum, synonyms: { en: ['aluminium'] } })).toThrow(/synonyms.es/);
  });

  it('rejects one phrase claimed by two entries of a kind, after normalization', () => {
    const copper = { ...aluminum, code: 'mat.copper', name: { en: 'Copper', es: 'Cobre' }, synonyms: { en: ['Aluminiums'], es: ['cobre'] } };
    expect(build(aluminum, copper)).toThrow(/"Aluminiums" is claimed by mat.aluminum and mat.copper/);
  });

  it('treats families and processes as one namespace but lets other kinds share a phrase', () => {
    expect(build(family, { ...process, synonyms: { en: ['machining'], es: ['fresado'] } })).toThrow(/claimed by proc.machining and/);
    const industry = { code: 'ind.aluminum', kind: 'industry', name: { en: 'Aluminum', es: 'Aluminio' }, synonyms: { en: ['aluminum industry'], es: ['industria del aluminio'] } };
    expect(build(aluminum, industry)).not.toThrow();
  });

  it('rejects a not-a-capability phrase that an entry also claims, or a malformed list', () => {
    const withPhrases = (notCapabilities: unknown) => () => createVocabulary({ version: 1, entries: [aluminum], notCapabilities });
    expect(withPhrases({ en: ['aluminium smelting'], es: ['fundición de chatarra'] })).not.toThrow();
    expect(withPhrases({ en: ['Aluminiums'], es: [] })).toThrow(/"Aluminiums" is both not a capability and claimed by mat.aluminum/);
    expect(withPhrases({ en: ['x'] })).toThrow(/notCapabilities.es must be a list of strings/);
  });
});
