import { scianClassVocabulary, scianClassVocabularyMap } from './scian-class-vocabulary';
import { buildScianGroupTable } from './scian-group-vocabulary';

const codesOf = (scian: string) => scianClassVocabulary(scian).map((match) => match.code);

describe('scianClassVocabulary', () => {
  it('maps every manufacturing clase to at least one entry, most of them through their titles', () => {
    const map = scianClassVocabularyMap();
    expect(map.size).toBe(292);
    expect([...map].filter(([, matches]) => matches.length === 0).map(([code]) => code)).toEqual([]);
    const byTitle = [...map.values()].filter((matches) => matches.some((match) => match.basis === 'title')).length;
    // Measured: 186 of 292 (64%). Food and chemical titles name products the vocabulary has no entries for.
    expect(byTitle / map.size).toBeGreaterThanOrEqual(0.6);
  });

  it('gives a clase whose title names only a product the entries of its SCIAN group', () => {
    expect(scianClassVocabulary('311511')).toEqual([{ code: 'ind.food-beverage', kind: 'industry', basis: 'group', matched: ['311'] }]);
    expect(scianClassVocabulary('325510')).toEqual([{ code: 'ind.chemicals', kind: 'industry', basis: 'group', matched: ['325'] }]);
    // The rama (4 digits) wins over its subsector: pharmaceuticals are not just chemicals.
    expect(codesOf('325412')).toContain('ind.pharmaceutical');
    expect(codesOf('325412')).not.toContain('ind.chemicals');
  });

  it('refuses a group table with a code outside manufacturing or an unknown vocabulary code', () => {
    expect(() => buildScianGroupTable({ '3363': ['ind.automotive'] })).not.toThrow();
    expect(() => buildScianGroupTable({ '541': ['ind.automotive'] })).toThrow(/541 is not a manufacturing subsector or rama/);
    expect(() => buildScianGroupTable({ '3363': ['ind.cars'] })).toThrow(/3363: ind.cars is not in the vocabulary/);
  });

  it('maps plastic auto parts to automotive and plastics', () => {
    expect(codesOf('326192')).toEqual(expect.arrayContaining(['ind.automotive', 'mat.plastics']));
  });

  it('maps vehicle electrical equipment (harnesses) to automotive and electronics', () => {
    expect(codesOf('336320')).toEqual(expect.arrayContaining(['ind.automotive', 'ind.electronics']));
  });

  it('maps automotive metal stamping through its Spanish and NAICS titles, with the words that matched', () => {
    expect(codesOf('336370')).toEqual(expect.arrayContaining(['ind.automotive', 'proc.stamping']));
    expect(scianClassVocabulary('336370').find((m) => m.code === 'proc.stamping')).toEqual({ code: 'proc.stamping', kind: 'process-family', basis: 'title', matched: ['troqueladas', 'Metal Stamping'] });
    expect(codesOf('332110')).toEqual(expect.arrayContaining(['proc.forging', 'proc.stamping']));
  });

  it('returns [] for codes that are not manufacturing clases', () => {
    expect(scianClassVocabulary('326')).toEqual([]);
    expect(scianClassVocabulary('541330')).toEqual([]);
  });
});
