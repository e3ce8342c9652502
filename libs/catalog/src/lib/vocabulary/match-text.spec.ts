import { createVocabulary } from './load-vocabulary';
import { createTextMatcher, matchText } from './match-text';

const codes = (text: string) => matchText(text).map((match) => match.code);

describe('matchText on procurement titles and plant descriptions', () => {
  it('43--PUMP,HYDRAULIC finds pumps and hydraulics', () => {
    expect(codes('43--PUMP,HYDRAULIC')).toEqual(['ind.pumps-valves', 'ind.fluid-power']);
  });

  it('FITTING ASSY, FUEL finds assembly', () => {
    expect(matchText('FITTING ASSY, FUEL')).toEqual([
      { code: 'proc.assembly', kind: 'process-family', matched: 'ASSY', via: 'synonym', language: 'en' },
    ]);
  });

  it('CNC machining of 6061 aluminum housings finds CNC machining and the alloy', () => {
    expect(matchText('CNC machining of 6061 aluminum housings')).toEqual([
      { code: 'proc.machining.cnc-machining', kind: 'process', matched: 'CNC machining', via: 'name', language: 'en' },
      { code: 'mat.aluminum-6061', kind: 'material', matched: '6061 aluminum', via: 'synonym', language: 'en' },
    ]);
  });

  it('Maquinado CNC de piezas de aluminio finds the same process and aluminum', () => {
    expect(matchText('Maquinado CNC de piezas de aluminio')).toEqual([
      { code: 'proc.machining.cnc-machining', kind: 'process', matched: 'Maquinado CNC', via: 'name', language: 'es' },
      { code: 'mat.aluminum', kind: 'material', matched: 'aluminio', via: 'name', language: 'es' },
    ]);
  });

  it('gives English and Spanish descriptions of the same capability the same codes', () => {
    expect(codes('Maquinado CNC de piezas de aluminio 6061')).toEqual(codes('CNC machining of 6061 aluminum housings'));
    expect(codes('fundición a presión de aluminio')).toEqual(['proc.casting.die-casting', 'mat.aluminum']);
    expect(codes('aluminum die castings')).toEqual(['mat.aluminum', 'proc.casting.die-casting']);
  });

  it('inyección de plástico y moldes finds injection molding and mold making', () => {
    expect(matchText('inyección de plástico y moldes')).toEqual([
      { code: 'proc.plastics.injection-molding', kind: 'process', matched: 'inyección de plástico', via: 'name', language: 'es' },
      { code: 'proc.tooling.mold-making', kind: 'process', matched: 'moldes', via: 'synonym', language: 'es' },
    ]);
  });

  it('arneses eléctricos para la industria automotriz finds wire harness and automotive', () => {
    expect(codes('arneses eléctricos para la industria automotriz')).toEqual(['proc.wire-harness', 'ind.automotive']);
  });

  it('IATF 16949 certified stamping supplier finds the certificate and stamping', () => {
    expect(codes('IATF 16949 certified stamping supplier')).toEqual(['cert.iatf-16949', 'proc.stamping']);
    expect(codes('IATF16949')).toEqual(['cert.iatf-16949']);
  });

  it('pintura electrostática en polvo is powder coating', () => {
    expect(matchText('pintura electrostática en polvo')).toEqual([
      {
        code: 'proc.painting.powder-coating',
        kind: 'process',
        matched: 'pintura electrostática en polvo',
        via: 'synonym',
        language: 'es',
      },
    ]);
    expect(codes('POWDER COATED steel brackets')).toEqual(['proc.painting.powder-coating', 'mat.steel']);
  });

  it('reads Mexican plant vocabulary', () => {
    expect(codes('Troquelado, soldadura MIG/TIG y tratamiento térmico')).toEqual([
      'proc.stamping',
      'proc.welding.mig-welding',
      'proc.welding.tig-welding',
      'proc.heat-treatment',
    ]);
    expect(codes('Maquila de ensamble, galvanoplastia y costura')).toEqual([
      'proc.contract-manufacturing',
      'proc.assembly',
      'proc.plating',
      'proc.textiles',
    ]);
    expect(codes('FUNDICION A PRESION')).toEqual(['proc.casting.die-casting']);
  });

  it('reads procurement shorthand', () => {
    expect(codes('PCBA / box build, MACH & FAB')).toEqual([
      'proc.electronics.pcba',
      'proc.electronics.box-build',
      'proc.machining',
      'proc.fabrication',
    ]);
    expect(codes('wire EDM')).toEqual(['proc.machining.edm']);
  });
});

describe('matchText rules', () => {
  it('lets the longest phrase consume its words', () => {
    // "fundición" alone is the casting family; inside "fundición a presión" it is not matched again.
    expect(codes('fundición a presión')).toEqual(['proc.casting.die-casting']);
    expect(codes('fundición')).toEqual(['proc.casting']);
  });

  it('deduplicates by code in text order', () => {
    expect(codes('aluminum parts, more aluminum, aluminio')).toEqual(['mat.aluminum']);
  });

  it('is case, accent and plural insensitive', () => {
    expect(codes('ARNÉS')).toEqual(['proc.wire-harness']);
    expect(codes('arnes')).toEqual(['proc.wire-harness']);
    expect(codes('Wire Harnesses')).toEqual(['proc.wire-harness']);
  });

  it('filters by kind without letting other kinds consume words', () => {
    expect(matchText('stainless steel CNC turning for medical devices', { kinds: ['material'] }).map((match) => match.code)).toEqual([
      'mat.stainless-steel',
    ]);
    expect(matchText('stainless steel CNC turning for medical devices', { kinds: ['industry', 'process'] }).map((match) => match.code)).toEqual([
      'proc.machining.cnc-turning',
      'ind.medical-devices',
    ]);
  });

  it('does not match inside a negated or conditional clause, and the clause ends at its punctuation', () => {
    expect(codes('PRODUCCIÓN DE FARMACÉUTICOS Y MEDICAMENTOS ; NO INCLUYEN EMPACADO Y ETIQUETADO')).toEqual(['ind.pharmaceutical']);
    expect(codes('Otras autopartes (si incluye procesos térmicos o de fundición). Maquinado CNC')).toEqual(['ind.automotive', 'proc.machining.cnc-machining']);
    expect(codes('Ensamble de arneses, excepto pintura y cromado; troquelado')).toEqual(['proc.wire-harness', 'proc.stamping']);
    expect(codes('Metal stamping, excluding painting and plating')).toEqual(['proc.stamping']);
    expect(codes('Metal stamping and painting')).toEqual(['proc.stamping', 'proc.painting']);
  });

  it('keeps the words the precision sample showed to be ambiguous away from the wrong entries', () => {
    // "calibre grueso" is plate thickness, bare "cartón" is paperboard, "metalmecánica" is metalworking in general.
    expect(codes('Fabricación de tanques metálicos de calibre grueso')).toEqual(['proc.fabrication.heavy-fabrication']);
    expect(codes('Fabricación de otros productos de cartón y papel')).toEqual(['mat.corrugated-board']); // the material, not boxes
    expect(codes('autopartes metalmecánicas')).not.toContain('proc.sheet-metal');
    expect(codes('Fabricación de espumas y productos de poliestireno')).toEqual(['proc.plastics.foam-molding', 'mat.polystyrene']);
    expect(codes('cajas de cartón corrugado')).toEqual(['proc.packaging.corrugated-boxes']);
  });

  it('reports nothing for phrases that name a product made, not a process done', () => {
    expect(codes('PRODUCCIÓN DE TODO TIPO DE PINTURAS, RECUBRIMIENTOS E IMPERMEABILIZANTES')).toEqual([]);
    expect(codes('Fabricación y venta de pinturas y recubrimientos automotrices')).toEqual(['ind.automotive']);
    expect(codes('Fabricación de adhesivos')).toEqual([]);
    expect(codes('Fundición de chatarra de aluminio')).toEqual(['mat.aluminum']);
    // The processes themselves still match.
    expect(codes('Aplicación de pintura y recubrimientos')).toEqual(['proc.painting', 'proc.finishing']);
    expect(codes('Fundición de aluminio')).toEqual(['proc.casting.nonferrous-casting']);
  });

  it('lets a not-a-capability phrase consume its words in a small vocabulary too', () => {
    const vocab = createVocabulary({
      version: 1,
      notCapabilities: { en: ['paint manufacturing'], es: [] },
      entries: [{ code: 'proc.painting', kind: 'process-family', name: { en: 'Painting', es: 'Pintura' }, synonyms: { en: ['paint'], es: ['pintado'] } }],
    });
    const match = createTextMatcher(vocab);
    expect(match('paint manufacturing').map((found) => found.code)).toEqual([]);
    expect(match('paint shop').map((found) => found.code)).toEqual(['proc.painting']);
  });

  it('returns nothing for text without vocabulary and does not crash on empty or odd input', () => {
    expect(matchText('')).toEqual([]);
    expect(matchText('--,,//')).toEqual([]);
    expect(matchText('quarterly report')).toEqual([]);
  });

  it('reports every entry that shares a phrase across kinds', () => {
    const vocab = createVocabulary({
      version: 1,
      entries: [
        { code: 'mat.foam', kind: 'material', name: { en: 'Foam', es: 'Espuma' }, synonyms: { en: ['foams'], es: ['espumas'] } },
        { code: 'ind.foam', kind: 'industry', name: { en: 'Foam', es: 'Espuma' }, synonyms: { en: ['foam industry'], es: ['industria de espuma'] } },
      ],
    });
    expect(createTextMatcher(vocab)('Espumas').map((match) => [match.code, match.language])).toEqual([
      ['mat.foam', 'es'],
      ['ind.foam', 'es'],
    ]);
  });
});
