import { PuenteStack } from './support/puente-stack';

describe('reference data over HTTP', () => {
  let stack: PuenteStack;

  beforeAll(async () => {
    stack = await PuenteStack.start();
  });
  afterAll(() => stack.stop());

  it('maps Spanish and English text to the same vocabulary entries', async () => {
    const es = await stack.http.call('GET', `/api/v1/catalog/vocabulary/match?text=${encodeURIComponent('Maquinado CNC de piezas de aluminio 6061')}`);
    const en = await stack.http.call('GET', `/api/v1/catalog/vocabulary/match?text=${encodeURIComponent('CNC machining of 6061 aluminum')}`);
    const codes = (result: { body: { data: Array<{ code: string }> } }) => result.body.data.map((match) => match.code).sort();
    expect(codes(es)).toEqual(codes(en));
    expect(codes(es)).toContain('proc.machining.cnc-machining');
  });

  it('lists vocabulary entries by kind, in both languages', async () => {
    const result = await stack.http.call('GET', '/api/v1/catalog/vocabulary?kind=certification');
    const iatf = result.body.data.find((entry: { code: string }) => entry.code === 'cert.iatf-16949');
    expect(iatf.name).toEqual({ en: expect.any(String), es: expect.any(String) });
    expect(result.body.data.every((entry: { kind: string }) => entry.kind === 'certification')).toBe(true);
  });

  it('looks up a SCIAN class with its NAICS codes and vocabulary entries, saying where each comes from', async () => {
    const stamping = await stack.http.call('GET', '/api/v1/catalog/scian/336370');
    expect(stamping.status).toBe(200);
    expect(stamping.body.naics).toContain('336370');
    expect(stamping.body.vocabulary).toContainEqual({ code: 'proc.stamping', kind: 'process-family', basis: 'title', matched: ['troqueladas', 'Metal Stamping'] });
    // A title that names only a product still maps, through its SCIAN group.
    const milk = await stack.http.call('GET', '/api/v1/catalog/scian/311511');
    expect(milk.body.vocabulary).toEqual([{ code: 'ind.food-beverage', kind: 'industry', basis: 'group', matched: ['311'] }]);
  });

  it('looks up an HS 2022 subheading or chapter with its chapter and section', async () => {
    const pump = await stack.http.call('GET', '/api/v1/catalog/hs/8413.60');
    expect(pump.status).toBe(200);
    expect(pump.body).toMatchObject({ code: '841360', level: 'subheading', chapter: { code: '84', section: { code: 'XVI' } } });
    expect(pump.body.description).toMatch(/pumps/i);
    const chapter = await stack.http.call('GET', '/api/v1/catalog/hs/87');
    expect(chapter.body).toMatchObject({ code: '87', level: 'chapter', chapter: { code: '87', section: { code: 'XVII' } } });
  });

  it('geocodes a Mexican place and estimates transit to a ZIP through the best port', async () => {
    const place = await stack.http.call('GET', `/api/v1/catalog/mx-places?state=${encodeURIComponent('Nuevo León')}&locality=Monterrey`);
    expect(place.body.precision).toBe('locality');
    const transit = await stack.http.call('GET', `/api/v1/catalog/transit?lat=${place.body.lat}&lon=${place.body.lon}&zip=75201`);
    expect(transit.status).toBe(200);
    expect(transit.body.best.port.name).toBe('Laredo');
    expect(transit.body.assumptions).toEqual({ roadFactor: 1.25, kmPerDay: 800, crossingDays: 1 });
    // A buyer's own carrier: 400 km a day, half a day at the border; the road factor stays the default.
    const slower = await stack.http.call('GET', `/api/v1/catalog/transit?lat=${place.body.lat}&lon=${place.body.lon}&zip=75201&kmPerDay=400&crossingDays=0.5`);
    expect(slower.body.assumptions).toEqual({ roadFactor: 1.25, kmPerDay: 400, crossingDays: 0.5 });
    expect(slower.body.best.totalKm).toBe(transit.body.best.totalKm);
    expect(slower.body.best.transitDays).toBeCloseTo(transit.body.best.totalKm / 400 + 0.5, 1);
  });

  it('serves the vocabulary as a tree: processes under their family, in both languages', async () => {
    const result = await stack.http.call('GET', '/api/v1/catalog/vocabulary/tree');
    expect(result.status).toBe(200);
    expect(result.body.version).toEqual(expect.any(Number));
    const machining = result.body.processFamilies.find((family: { code: string }) => family.code === 'proc.machining');
    expect(machining.name).toEqual({ en: 'Machining', es: 'Maquinado' });
    expect(machining.processes[0]).toEqual({
      code: 'proc.machining.cnc-machining',
      name: { en: 'CNC machining', es: 'Maquinado CNC' },
      synonyms: { en: expect.arrayContaining(['cnc']), es: expect.arrayContaining(['mecanizado cnc']) },
    });
    expect(result.body.certifications.map((node: { code: string }) => node.code)).toContain('cert.iatf-16949');
    expect(result.body.materials.length).toBeGreaterThan(0);
    expect(result.body.industries.length).toBeGreaterThan(0);
  });

  it('suggests entries while a buyer types, in Spanish without accents and in English with a typo, saying why', async () => {
    const es = await stack.http.call('GET', '/api/v1/catalog/vocabulary/search?q=inyeccion');
    expect(es.status).toBe(200);
    expect(es.body.data[0]).toMatchObject({
      code: 'proc.plastics.injection-molding',
      name: { en: 'Plastic injection molding', es: 'Inyección de plástico' },
      match: { how: 'prefix', term: 'Inyección de plástico', via: 'name', language: 'es' },
    });
    const en = await stack.http.call('GET', '/api/v1/catalog/vocabulary/search?q=machinng&limit=3');
    expect(en.body.data).toHaveLength(3);
    expect(en.body.data.map((result: { code: string }) => result.code)).toContain('proc.machining.cnc-machining');
    expect(en.body.data[0].match.how).toBe('typo');
    const text = await stack.http.call('GET', `/api/v1/catalog/vocabulary/search?q=${encodeURIComponent('Maquinado CNC de piezas de aluminio')}&kind=material`);
    expect(text.body.data.map((result: { code: string; match: { how: string } }) => [result.code, result.match.how])).toEqual([['mat.aluminum', 'phrase']]);
  });

  it('searches Mexican places as the user types, the best match and most populous first', async () => {
    const result = await stack.http.call('GET', `/api/v1/catalog/mx-places/search?q=${encodeURIComponent('san pedro garza')}`);
    expect(result.status).toBe(200);
    expect(result.body.data[0]).toMatchObject({
      kind: 'locality',
      municipality: { name: 'San Pedro Garza García' },
      state: { code: '19', name: 'Nuevo León' },
      precision: 'locality',
      match: 'prefix',
    });
    expect(result.body.data[0].lat).toBeCloseTo(25.67, 1);
    const inState = await stack.http.call('GET', '/api/v1/catalog/mx-places/search?q=juarez&state=NL&limit=5');
    expect(inState.body.data.length).toBeGreaterThan(0);
    expect(inState.body.data.every((place: { state: { code: string } }) => place.state.code === '19')).toBe(true);
  });

  it.each([
    ['an unknown ZIP', '/api/v1/catalog/us-zips/00000', 404, 'NOT_FOUND', 'zip'],
    ['a transit to an unknown ZIP', '/api/v1/catalog/transit?lat=25.67&lon=-100.31&zip=00000', 404, 'NOT_FOUND', 'zip'],
    ['coordinates outside Mexico', '/api/v1/catalog/transit?lat=45.1&lon=-100.31&zip=75201', 400, 'VALIDATION_FAILED', 'lat'],
    ['a malformed ZIP', '/api/v1/catalog/transit?lat=25.67&lon=-100.31&zip=7520', 400, 'VALIDATION_FAILED', 'zip'],
    ['a truck doing 5,000 km a day', '/api/v1/catalog/transit?lat=25.67&lon=-100.31&zip=75201&kmPerDay=5000', 400, 'VALIDATION_FAILED', 'kmPerDay'],
    ['roads shorter than the great circle', '/api/v1/catalog/transit?lat=25.67&lon=-100.31&zip=75201&roadFactor=0.8', 400, 'VALIDATION_FAILED', 'roadFactor'],
    ['a negative crossing allowance', '/api/v1/catalog/transit?lat=25.67&lon=-100.31&zip=75201&crossingDays=-1', 400, 'VALIDATION_FAILED', 'crossingDays'],
    ['an unknown state', '/api/v1/catalog/mx-places?state=Atlantis', 404, 'NOT_FOUND', 'state'],
    ['an unknown SCIAN code', '/api/v1/catalog/scian/999999', 404, 'NOT_FOUND', 'code'],
    ['an unknown HS subheading', '/api/v1/catalog/hs/999999', 404, 'NOT_FOUND', 'code'],
    ['an HS heading (4 digits are not kept)', '/api/v1/catalog/hs/8413', 404, 'NOT_FOUND', 'code'],
    ['an empty text', '/api/v1/catalog/vocabulary/match?text=', 400, 'VALIDATION_FAILED', 'text'],
    ['an unknown kind', '/api/v1/catalog/vocabulary?kind=spaceship', 400, 'VALIDATION_FAILED', 'kind'],
    ['an empty search', '/api/v1/catalog/vocabulary/search?q=', 400, 'VALIDATION_FAILED', 'q'],
    ['a search without letters', '/api/v1/catalog/vocabulary/search?q=%20-%20', 400, 'VALIDATION_FAILED', 'q'],
    ['a search over 200 characters', `/api/v1/catalog/vocabulary/search?q=${'a'.repeat(201)}`, 400, 'VALIDATION_FAILED', 'q'],
    ['a search of an unknown kind', '/api/v1/catalog/vocabulary/search?q=steel&kind=spaceship', 400, 'VALIDATION_FAILED', 'kind'],
    ['a search limit of 0', '/api/v1/catalog/vocabulary/search?q=steel&limit=0', 400, 'VALIDATION_FAILED', 'limit'],
    ['a search limit over 50', '/api/v1/catalog/vocabulary/search?q=steel&limit=51', 400, 'VALIDATION_FAILED', 'limit'],
    ['a place search without q', '/api/v1/catalog/mx-places/search', 400, 'VALIDATION_FAILED', 'q'],
    ['a place search limit that is no number', '/api/v1/catalog/mx-places/search?q=leon&limit=many', 400, 'VALIDATION_FAILED', 'limit'],
    ['a place search in an unknown state', '/api/v1/catalog/mx-places/search?q=leon&state=Atlantis', 404, 'NOT_FOUND', 'state'],
  ])('answers %s (GET %s) with %s %s naming %s', async (_label, path, status, code, field) => {
    const result = await stack.http.call('GET', path);
    expect(result.status).toBe(status);
    expect(result.body.error.code).toBe(code);
    expect(result.body.error.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });
});
