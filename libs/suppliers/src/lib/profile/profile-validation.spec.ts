import { normalizeProfileInput } from './profile-validation';

// What class-transformer hands the service: every declared field an own property, undefined when absent.
class ExportsInput {
  exportsToUs?: boolean = undefined;
  usmcaCertificateOfOrigin?: boolean = undefined;
  repseRegisteredOn?: string = undefined;
  repseValidUntil?: string = undefined;
}

describe('normalizeProfileInput', () => {
  it('keeps the empty profile’s values for fields a DTO instance leaves undefined', () => {
    const exports = Object.assign(new ExportsInput(), { usmcaCertificateOfOrigin: true });
    const data = normalizeProfileInput({ description: { es: 'Maquinado CNC' }, rfc: undefined, exports }, new Date('2026-12-07T00:00:00Z'));
    expect(data.rfc).toBeNull();
    expect(data.exports).toEqual({
      exportsToUs: false,
      usExportSharePercent: null,
      usmcaCertificateOfOrigin: true,
      immexProgramNumber: null,
      repseNumber: null,
      repseRegisteredOn: null,
      repseValidUntil: null,
    });
  });
});
