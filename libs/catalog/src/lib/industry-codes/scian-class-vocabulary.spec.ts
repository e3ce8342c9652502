import { scianClassVocabulary, scianClassVocabularyMap } from './scian-class-vocabulary';

const codesOf = (scian: string) => scianClassVocabulary(scian).map((match) => match.code);

describe('scianClassVocabulary', () => {
  it('maps every manufacturing clase, and most of them to at least one entry', () => {
    const map = scianClassVocabularyMap();
    expect(map.size).toBe(292);
    const mapped = [...map.values()].filter((matches) => matches.length > 0).length;
    // Measured: 178 of 292 (61%). Food, chemicals and electronics titles name products the vocabulary lacks.
    expect(mapped / map.size).toBeGreaterThanOrEqual(0.6);
  });

  it('maps plastic auto parts to automotive and plastics', () => {
    expect(codesOf('326192')).toEqual(expect.arrayContaining(['ind.automotive', 'mat.plastics']));
  });

  it('maps vehicle electrical equipment (harnesses) to automotive and electronics', () => {
    expect(codesOf('336320')).toEqual(expect.arrayContaining(['ind.automotive', 'ind.electronics']));
  });

  it('maps automotive metal stamping through the NAICS title, with the words that matched', () => {
    expect(codesOf('336370')).toEqual(expect.arrayContaining(['ind.automotive', 'proc.stamping']));
    expect(scianClassVocabulary('336370').find((m) => m.code === 'proc.stamping')?.matched).toEqual(['Metal Stamping']);
    expect(codesOf('332110')).toEqual(expect.arrayContaining(['proc.forging', 'proc.stamping']));
  });

  it('returns [] for codes that are not manufacturing clases', () => {
    expect(scianClassVocabulary('326')).toEqual([]);
    expect(scianClassVocabulary('541330')).toEqual([]);
  });
});
