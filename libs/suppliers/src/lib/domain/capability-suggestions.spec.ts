import { suggestCapabilities, unknownVocabularyCodes } from './capability-suggestions';

describe('suggestCapabilities', () => {
  it('proposes CNC machining and stamping for "maquinado CNC y troquelado de lámina", with the words as evidence', () => {
    expect(suggestCapabilities('maquinado CNC y troquelado de lámina')).toEqual([
      { code: 'proc.machining.cnc-machining', kind: 'process', name: { en: 'CNC machining', es: 'Maquinado CNC' }, evidence: 'maquinado CNC' },
      { code: 'proc.stamping', kind: 'process', name: expect.objectContaining({ en: expect.any(String), es: expect.any(String) }), evidence: 'troquelado de lámina' },
    ]);
  });

  it('finds processes, materials and industries in a Spanish description, in text order, without certifications', () => {
    const text =
      'Somos una empresa de maquinados de precisión en aluminio 6061 y acero inoxidable para la industria automotriz ' +
      'y aeroespacial, con certificación IATF 16949. Fundición a presión, pintura electrostática.';
    const suggestions = suggestCapabilities(text);
    expect(suggestions.map((s) => [s.code, s.kind])).toEqual([
      ['proc.machining', 'process'],
      ['mat.aluminum-6061', 'material'],
      ['mat.stainless-steel', 'material'],
      ['ind.automotive', 'industry'],
      ['ind.aerospace', 'industry'],
      ['proc.casting.die-casting', 'process'],
      ['proc.painting.powder-coating', 'process'],
    ]);
    expect(suggestions.find((s) => s.code === 'ind.automotive')?.evidence).toBe('industria automotriz');
    expect(suggestions.some((s) => s.code.startsWith('cert.'))).toBe(false);
  });

  it('finds the same capabilities in English, accent- and case-insensitively, once each', () => {
    const suggestions = suggestCapabilities(
      'We do CNC MACHINING, stamping and powder coating for the automotive and medical device industries. CNC machining again.',
    );
    expect(suggestions.map((s) => s.code)).toEqual([
      'proc.machining.cnc-machining',
      'proc.stamping',
      'proc.painting.powder-coating',
      'ind.automotive',
      'ind.medical-devices',
    ]);
    expect(suggestions[0].evidence).toBe('CNC MACHINING');
  });

  it('understands the wire-harness and plastic-injection phrasing of Spanish suppliers', () => {
    expect(suggestCapabilities('Arneses eléctricos e inyeccion de plastico').map((s) => s.code)).toEqual([
      'proc.wire-harness',
      'proc.plastics.injection-molding',
    ]);
  });

  it('does not propose what a clause excludes', () => {
    expect(suggestCapabilities('Maquinado CNC y soldadura, excepto forja.').map((s) => s.code)).not.toContain('proc.forging');
  });

  it('proposes nothing for an empty or unrelated text', () => {
    expect(suggestCapabilities('')).toEqual([]);
    expect(suggestCapabilities('Empresa familiar fundada en Celaya, con gran compromiso.')).toEqual([]);
  });
});

describe('unknownVocabularyCodes', () => {
  it('accepts processes and process families as processes', () => {
    expect(unknownVocabularyCodes(['proc.machining.cnc-machining', 'proc.stamping'], 'process')).toEqual([]);
  });

  it('reports codes of another kind and codes not in the vocabulary, once each, in the order given', () => {
    expect(unknownVocabularyCodes(['mat.steel', 'proc.nope', 'proc.stamping', 'mat.steel', 'cert.iso-9001'], 'process')).toEqual([
      'mat.steel',
      'proc.nope',
      'cert.iso-9001',
    ]);
    expect(unknownVocabularyCodes(['mat.aluminum', 'mat.unobtainium', 'ind.automotive'], 'material')).toEqual(['mat.unobtainium', 'ind.automotive']);
    expect(unknownVocabularyCodes(['ind.aerospace', 'proc.stamping'], 'industry')).toEqual(['proc.stamping']);
  });

  it('checks certifications against cert.* entries', () => {
    expect(unknownVocabularyCodes(['cert.iso-9001', 'cert.iatf-16949', 'cert.iso-9999', 'proc.stamping'], 'certification')).toEqual([
      'cert.iso-9999',
      'proc.stamping',
    ]);
  });

  it('is case-sensitive: codes are stored lowercase and never rewritten', () => {
    expect(unknownVocabularyCodes(['CERT.ISO-9001', ''], 'certification')).toEqual(['CERT.ISO-9001', '']);
  });
});
