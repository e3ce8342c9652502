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

  it('geocodes a Mexican place and estimates transit to a ZIP through the best port', async () => {
    const place = await stack.http.call('GET', `/api/v1/catalog/mx-places?state=${encodeURIComponent('Nuevo León')}&locality=Monterrey`);
    expect(place.body.precision).toBe('locality');
    const transit = await stack.http.call('GET', `/api/v1/catalog/transit?lat=${place.body.lat}&lon=${place.body.lon}&zip=75201`);
    expect(transit.status).toBe(200);
    expect(transit.body.best.port.name).toBe('Laredo');
    expect(transit.body.assumptions).toEqual({ roadFactor: 1.25, kmPerDay: 800, crossingDays: 1 });
  });

  it.each([
    ['an unknown ZIP', '/api/v1/catalog/us-zips/00000', 404, 'NOT_FOUND', 'zip'],
    ['a transit to an unknown ZIP', '/api/v1/catalog/transit?lat=25.67&lon=-100.31&zip=00000', 404, 'NOT_FOUND', 'zip'],
    ['coordinates outside Mexico', '/api/v1/catalog/transit?lat=45.1&lon=-100.31&zip=75201', 400, 'VALIDATION_FAILED', 'lat'],
    ['a malformed ZIP', '/api/v1/catalog/transit?lat=25.67&lon=-100.31&zip=7520', 400, 'VALIDATION_FAILED', 'zip'],
    ['an unknown state', '/api/v1/catalog/mx-places?state=Atlantis', 404, 'NOT_FOUND', 'state'],
    ['an unknown SCIAN code', '/api/v1/catalog/scian/999999', 404, 'NOT_FOUND', 'code'],
    ['an empty text', '/api/v1/catalog/vocabulary/match?text=', 400, 'VALIDATION_FAILED', 'text'],
    ['an unknown kind', '/api/v1/catalog/vocabulary?kind=spaceship', 400, 'VALIDATION_FAILED', 'kind'],
  ])('answers %s (GET %s) with %s %s naming %s', async (_label, path, status, code, field) => {
    const result = await stack.http.call('GET', path);
    expect(result.status).toBe(status);
    expect(result.body.error.code).toBe(code);
    expect(result.body.error.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });
});
