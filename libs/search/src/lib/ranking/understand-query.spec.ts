import { candidateQueryFor, requirementFrom, understandQuery } from './index';

const codes = (list: Array<{ code: string }>) => list.map((entry) => entry.code);
const NO_FILTERS = { processes: [], materials: [], industries: [], certifications: [], states: [], verified: false };

describe('understandQuery', () => {
  it('reads processes, materials and certifications from a buyer line', () => {
    const understood = understandQuery('aluminum die casting housings IATF');
    expect(codes(understood.concepts)).toEqual(['mat.aluminum', 'proc.casting.die-casting']);
    expect(understood.concepts.find((c) => c.code === 'proc.casting.die-casting')?.matched).toBe('die casting');
    expect(codes(understood.certifications)).toEqual(['cert.iatf-16949']);
    expect(understood.language).toBe('en');
    expect(understood.freeText).toBe('housings');
  });

  it('bridges "dog food" to SCIAN 311110 through NAICS 311111', () => {
    const understood = understandQuery('dog food');
    expect(understood.scian[0]).toEqual({
      code: '311110',
      title: 'Elaboración de alimentos para animales',
      naics: { code: '311111', title: 'Dog and Cat Food Manufacturing' },
      matched: 'dog food',
      confidence: 1,
    });
    expect(understood.concepts).toEqual([]);
  });

  it('bridges corrugated boxes in English and in Spanish to the cardboard container class', () => {
    const english = understandQuery('corrugated boxes');
    const spanish = understandQuery('cajas de cartón corrugado');
    expect(codes(english.scian)).toEqual(['322210']);
    expect(english.scian[0].naics.code).toBe('322211');
    expect(codes(spanish.scian)).toEqual(['322210']);
    expect(spanish.language).toBe('es');
    expect(codes(english.concepts)).toEqual(codes(spanish.concepts));
  });

  it('takes the place and the ZIP out before anything else and bridges brake discs to brake systems', () => {
    const understood = understandQuery('brake discs near Monterrey 75201');
    expect(understood.place).toMatchObject({ name: 'Monterrey', stateCode: '19', matched: 'near Monterrey' });
    expect(understood.zip).toBe('75201');
    expect(codes(understood.scian)).toContain('336340');
    expect(understood.scian[0].code).toBe('336340');
    expect(understood.freeText).toBe('brake discs');
  });

  it('reads "ISO 13485" as a certification, not as a ZIP, and gives a weak bridge word a small confidence', () => {
    const medical = understandQuery('medical devices ISO 13485');
    expect(codes(medical.certifications)).toEqual(['cert.iso-13485']);
    expect(medical.zip).toBeNull();
    const trim = understandQuery('chrome plating services for automotive trim');
    expect(codes(trim.concepts)).toEqual(['proc.plating.chrome-plating', 'ind.automotive']);
    for (const entry of trim.scian) expect(entry.confidence).toBeLessThan(0.5);
    expect(understandQuery('industrial gases oxygen nitrogen').language).toBe('en');
  });

  it('bridges the product, not its use: "for"/"para" words and a process query\'s industry words only confirm', () => {
    expect(understandQuery('valves for oil and gas').scian.map((e) => e.code)).toEqual(['332910']);
    expect(understandQuery('stamped metal parts for cars').scian.map((e) => e.code)).toEqual(['336370']);
    const harness = understandQuery('arneses eléctricos automotrices');
    expect(harness.scian).toEqual([]);
    expect(harness.freeText).toBe('automotrices');
  });

  it('never bridges through generic words alone', () => {
    expect(understandQuery('manufacturing products parts').scian).toEqual([]);
    expect(understandQuery('fabricación de productos').scian).toEqual([]);
  });

  it('reads quantities in both languages and leaves alloys and ZIPs alone', () => {
    expect(understandQuery('10,000 pcs CNC machined 6061 brackets').quantity).toEqual({ value: 10000, unit: 'pcs', matched: '10,000 pcs' });
    expect(understandQuery('5k units stamping').quantity).toMatchObject({ value: 5000, unit: 'pcs' });
    expect(understandQuery('500 piezas de inyección de plástico').quantity).toMatchObject({ value: 500, unit: 'pcs' });
    expect(understandQuery('6061 aluminum to 75201').quantity).toBeNull();
  });

  it('reads Spanish places and keeps "fundición en arena" a process, not a place', () => {
    const saltillo = understandQuery('500 piezas de inyección de plástico cerca de Saltillo');
    expect(saltillo.place?.name).toBe('Saltillo');
    expect(saltillo.language).toBe('es');
    expect(codes(saltillo.concepts)).toEqual(['proc.plastics.injection-molding']);
    const sand = understandQuery('fundición en arena de hierro');
    expect(sand.place).toBeNull();
    expect(codes(sand.concepts)).toContain('proc.casting.sand-casting');
    expect(understandQuery('machined parts in Querétaro').place?.stateCode).toBe('22');
  });
});

describe('requirementFrom and candidateQueryFor', () => {
  it('merges filters with what the text said; filter certifications are required, text ones are not', () => {
    const requirement = requirementFrom(understandQuery('die casting IATF'), { materials: ['mat.aluminum'], certifications: ['cert.iso-9001'], zip: '78045' }, '2026-12-01');
    expect(requirement.processes).toEqual(['proc.casting.die-casting']);
    expect(requirement.materials).toEqual(['mat.aluminum']);
    expect(requirement.certifications).toEqual([
      { code: 'cert.iatf-16949', required: false },
      { code: 'cert.iso-9001', required: true },
    ]);
    expect(requirement.destinationZip).toBe('78045');
  });

  it('expands a process to its family and a family to its processes, and asks for the bridged classes', () => {
    const requirement = requirementFrom(understandQuery('die casting'), {}, '2026-12-01');
    const query = candidateQueryFor(requirement, NO_FILTERS, 400);
    expect(query.concepts).toEqual(['proc.casting.die-casting', 'proc.casting']);
    const family = candidateQueryFor(requirementFrom(understandQuery('castings'), {}, '2026-12-01'), NO_FILTERS, 400);
    expect(family.concepts).toContain('proc.casting.die-casting');
    expect(family.concepts).toContain('proc.casting.sand-casting');
    const boxes = candidateQueryFor(requirementFrom(understandQuery('dog food'), {}, '2026-12-01'), NO_FILTERS, 50);
    // English product words carry their Spanish words to the engine's text search.
    expect(boxes).toMatchObject({ text: 'dog food perro mascota alimento', scianCodes: ['311110'], limit: 50, asOf: '2026-12-01' });
  });
});
