import { createVocabulary, vocabulary } from './load-vocabulary';
import { vocabularyTree } from './vocabulary-tree';

describe('vocabularyTree', () => {
  it('nests processes under their family in file order and keeps the flat kinds beside them', () => {
    const tree = vocabularyTree(
      createVocabulary({
        version: 3,
        entries: [
          { code: 'proc.b', kind: 'process-family', name: { en: 'B', es: 'Be' }, synonyms: { en: ['b'], es: ['be'] } },
          { code: 'proc.a', kind: 'process-family', name: { en: 'A', es: 'A' }, synonyms: { en: ['a'], es: ['a'] } },
          { code: 'proc.a.two', kind: 'process', parent: 'proc.a', name: { en: 'Two', es: 'Dos' }, synonyms: { en: ['2'], es: ['dos'] } },
          { code: 'proc.a.one', kind: 'process', parent: 'proc.a', name: { en: 'One', es: 'Uno' }, synonyms: { en: ['1'], es: ['uno'] } },
          { code: 'mat.x', kind: 'material', name: { en: 'X', es: 'Equis' }, synonyms: { en: ['x'], es: ['equis'] } },
        ],
      }),
    );
    expect(tree.version).toBe(3);
    expect(tree.processFamilies.map((family) => [family.code, family.processes.map((process) => process.code)])).toEqual([
      ['proc.b', []],
      ['proc.a', ['proc.a.two', 'proc.a.one']],
    ]);
    expect(tree.processFamilies[1].processes[0]).toEqual({ code: 'proc.a.two', name: { en: 'Two', es: 'Dos' }, synonyms: { en: ['2'], es: ['dos'] } });
    expect(tree.materials.map((node) => node.code)).toEqual(['mat.x']);
    expect(tree.industries).toEqual([]);
    expect(tree.certifications).toEqual([]);
  });

  it('holds every entry of the bundled vocabulary exactly once', () => {
    const tree = vocabularyTree(vocabulary());
    const codes = [
      ...tree.processFamilies.flatMap((family) => [family.code, ...family.processes.map((process) => process.code)]),
      ...tree.materials.map((node) => node.code),
      ...tree.industries.map((node) => node.code),
      ...tree.certifications.map((node) => node.code),
    ];
    expect(codes.sort()).toEqual(vocabulary().entries.map((entry) => entry.code).sort());
  });
});
