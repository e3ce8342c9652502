import { vocabulary } from '@puente/catalog';
import { certificateValidityFields, fromMeiliHit, toMeiliDocument } from './meili-document';
import { searchDocument } from './meili-test-documents.test-helper';

describe('SearchDocument → Meilisearch document', () => {
  it('flattens what is searched and filtered, adds process families, and keeps the whole document for read-back', () => {
    const document = searchDocument();
    const meili = toMeiliDocument(document, vocabulary());
    expect(meili).toMatchObject({
      supplierId: document.supplierId,
      tradeName: 'FunNorte',
      descriptionEs: 'Fundición a presión de aluminio para la industria automotriz',
      processes: ['proc.casting.die-casting'],
      processCodes: ['proc.casting.die-casting', 'proc.casting'],
      concepts: ['proc.casting.die-casting', 'proc.casting', 'mat.aluminum'],
      scianCodes: ['331310'],
      stateCodes: ['19'],
      certificationCodes: ['cert.iatf-16949'],
      verificationLevel: 'documents_verified',
      verified: true,
      claimed: true,
      _geo: { lat: 25.78, lng: -100.19 },
      certValid_iatf_16949_0_from: 20240301,
      certValid_iatf_16949_0_until: 20270331,
    });
    expect(meili.conceptNamesEn).toEqual(['Die casting', vocabulary().entry('proc.casting')?.name.en, 'Aluminum']);
    expect(meili.conceptNamesEs).toEqual(['Fundición a presión', vocabulary().entry('proc.casting')?.name.es, 'Aluminio']);
    expect(fromMeiliHit({ document: meili.document })).toBe(document);
    expect(JSON.parse(JSON.stringify(meili)).document).toEqual(document);
  });

  it('leaves out _geo without plants, and says unverified levels are not verified', () => {
    const meili = toMeiliDocument(searchDocument({ plants: [], verificationLevel: 'email_verified' }), vocabulary());
    expect(meili).not.toHaveProperty('_geo');
    expect(meili.stateCodes).toEqual([]);
    expect(meili.verified).toBe(false);
  });

  it('gives declared certifications no validity and no facet value; open dates get open ends', () => {
    const fields = certificateValidityFields([
      { code: 'cert.iso-9001', validFrom: null, validUntil: null, verified: false, declared: true },
      { code: 'cert.iso-14001', validFrom: null, validUntil: '2026-01-31', verified: false, declared: false },
    ]);
    expect(fields).toEqual({ certValid_iso_14001_0_from: 0, certValid_iso_14001_0_until: 20260131 });
    const meili = toMeiliDocument(searchDocument({ certifications: [{ code: 'cert.iso-9001', validFrom: null, validUntil: null, verified: false, declared: true }] }), vocabulary());
    expect(meili.certificationCodes).toEqual([]);
  });

  it('merges overlapping certificates of one code and keeps disjoint ones in separate slots, latest first', () => {
    const cert = (validFrom: string, validUntil: string) => ({ code: 'cert.iatf-16949', validFrom, validUntil, verified: true, declared: false });
    expect(certificateValidityFields([cert('2010-01-01', '2012-12-31'), cert('2020-01-01', '2022-12-31'), cert('2022-06-01', '2025-06-30')])).toEqual({
      certValid_iatf_16949_0_from: 20200101,
      certValid_iatf_16949_0_until: 20250630,
      certValid_iatf_16949_1_from: 20100101,
      certValid_iatf_16949_1_until: 20121231,
    });
  });
});
