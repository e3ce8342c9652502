import { createVocabulary, vocabulary } from '@puente/catalog';
import { buildIndexSettings, buildSynonyms, certificateFilterAttributes, MEILI_SETTINGS_VERSION, settingsFingerprint } from './meili-settings';

describe('Meilisearch index settings', () => {
  const synonyms = buildSynonyms(vocabulary());

  it('makes the English and Spanish names of an entry mutual synonyms (checked by hand in vocabulary.json)', () => {
    expect(synonyms['die casting']).toContain('fundición a presión');
    expect(synonyms['fundición a presión']).toContain('die casting');
    expect(synonyms['cnc machining']).toContain('maquinado cnc');
    expect(synonyms['maquinado cnc']).toContain('cnc machining');
    // A synonym reaches the names of the other language too: "mecanizado" is a Spanish synonym of machining.
    expect(synonyms['mecanizado']).toEqual(expect.arrayContaining(['machining', 'maquinado']));
    expect(synonyms['aluminum']).toContain('aluminio');
  });

  it('is bounded, lowercased, never lists a term as its own synonym, and lists names before synonyms', () => {
    for (const [term, list] of Object.entries(synonyms)) {
      expect(list.length).toBeLessThanOrEqual(24);
      expect(list).not.toContain(term);
      expect(term).toBe(term.toLowerCase());
    }
    // Names come first, so the bound never drops the other language's name.
    expect(synonyms['die castings'].slice(0, 2)).toEqual(['die casting', 'fundición a presión']);
  });

  it('joins the groups of a term two entries share, and cuts each list at the bound', () => {
    const small = createVocabulary({
      version: 1,
      notCapabilities: { en: [], es: [] },
      entries: [
        { code: 'mat.glass', kind: 'material', name: { en: 'Glass', es: 'Vidrio' }, synonyms: { en: ['glassware'], es: ['cristal'] } },
        { code: 'ind.glass', kind: 'industry', name: { en: 'Glass industry', es: 'Industria del vidrio' }, synonyms: { en: ['glass products'], es: ['vidrio'] } },
      ],
    });
    const built = buildSynonyms(small);
    expect(built['vidrio']).toEqual(['glass', 'glassware', 'cristal', 'glass industry', 'industria del vidrio', 'glass products']);
    expect(built['glass']).toEqual(['vidrio', 'glassware', 'cristal']);
    expect(buildSynonyms(small, { perTerm: 2, termMaxWords: 6 })['vidrio']).toEqual(['glass', 'glassware']);
    expect(buildSynonyms(small, { perTerm: 24, termMaxWords: 1 })['vidrio']).toEqual(['glass', 'glassware', 'cristal']);
  });

  it('searches names, concept names and descriptions in both languages; filters what SearchFilters needs', () => {
    const settings = buildIndexSettings(vocabulary());
    expect(settings.searchableAttributes).toEqual(['tradeName', 'legalName', 'conceptNamesEn', 'conceptNamesEs', 'descriptionEn', 'descriptionEs']);
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(['concepts', 'processCodes', 'materials', 'industries', 'scianCodes', 'stateCodes', 'verified', 'claimed', 'certificationCodes', 'verificationLevel', '_geo']),
    );
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['certValid_iatf_16949_0_from', 'certValid_iatf_16949_3_until']));
    expect(settings.sortableAttributes).toEqual(['completeness', 'supplierId', '_geo']);
    expect(settings.rankingRules).toEqual(['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort']);
    expect(settings.displayedAttributes).toEqual(['supplierId', 'document', 'concepts']);
    expect(settings.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
    expect(settings.faceting?.maxValuesPerFacet).toBeGreaterThanOrEqual(216);
    expect(Object.keys(settings.synonyms ?? {}).length).toBeGreaterThan(2000);
  });

  it('has a validity pair per certification and slot, and a fingerprint of its version and the vocabulary', () => {
    expect(certificateFilterAttributes(vocabulary())).toHaveLength(vocabulary().entriesOfKind('certification').length * 4 * 2);
    expect(settingsFingerprint(vocabulary())).toBe(`settings-${MEILI_SETTINGS_VERSION}.vocabulary-${vocabulary().version}`);
  });
});
