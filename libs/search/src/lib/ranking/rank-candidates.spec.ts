import type { SearchDocument } from '../search-document';
import { rankCandidates, requirementFrom, SCORE_WEIGHTS, understandQuery } from './index';

const AS_OF = '2026-12-01';

function doc(id: string, over: Partial<SearchDocument> = {}): SearchDocument {
  return {
    supplierId: id, legalName: `${id} SA de CV`, tradeName: null, claimed: false, sources: [], verificationLevel: 'unverified',
    descriptionEs: null, descriptionEn: null, processes: [], materials: [], industries: [], scianCodes: [], certifications: [],
    plants: [{ plantId: `${id}-p1`, name: 'Planta', stateCode: '19', state: 'Nuevo León', municipality: 'Apodaca', lat: 25.7817, lon: -100.1886, precision: 'point', nearestPorts: [] }],
    employeeBand: null, capacity: { minimumOrderQuantity: null, monthlyCapacity: null, monthlyCapacityUnit: null, leadTimeDays: null },
    exportsToUs: false, completeness: 0.5, updatedAt: '2026-12-01T00:00:00.000Z', ...over,
  };
}
const requirement = (text: string, filters = {}) => requirementFrom(understandQuery(text), filters, AS_OF);
const rank = (docs: SearchDocument[], text: string, filters = {}) =>
  rankCandidates(docs.map((document) => ({ document, textScore: 0 })), requirement(text, filters));

describe('rankCandidates', () => {
  it('weights sum to 1', () => {
    expect(Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('a plant with 2 of 3 asked concepts beats one with 1 of 3, and the explanation names the plant\'s own words', () => {
    const two = doc('b-two', { processes: ['proc.casting.die-casting'], materials: ['mat.aluminum'], descriptionEs: 'Fundición a presión de aluminio' });
    const one = doc('a-one', { processes: ['proc.casting.die-casting'], descriptionEs: 'Fundición a presión' });
    const hits = rank([one, two], 'aluminum die casting automotive');
    expect(hits.map((h) => h.document.supplierId)).toEqual(['b-two', 'a-one']);
    const concepts = hits[0].explanation.components.find((c) => c.name === 'concepts');
    // process 1 + material 0.7 of process 1 + material 0.7 + industry 0.5 = 1.7 / 2.2
    expect(concepts?.value).toBeCloseTo(1.7 / 2.2, 6);
    expect(hits[0].explanation.matchedConcepts).toContainEqual({ code: 'proc.casting.die-casting', name: { en: 'Die casting', es: expect.any(String) }, matchedBy: 'Fundición a presión' });
    expect(hits[0].explanation.missingConcepts.map((c) => c.code)).toEqual(['ind.automotive']);
  });

  it('every explanation\'s contributions add up to the score, each contribution is weight × value', () => {
    const hits = rank([doc('x', { scianCodes: ['336340'], verificationLevel: 'site_audited' })], 'brake discs IATF 5,000 pcs near Monterrey 75201');
    const { components } = hits[0].explanation;
    expect(components.map((c) => c.name)).toEqual(['industry_code', 'text', 'certifications', 'capacity', 'proximity', 'verification', 'completeness']);
    for (const c of components) expect(c.contribution).toBeCloseTo(c.weight * c.value, 6);
    expect(hits[0].score).toBeCloseTo(components.reduce((s, c) => s + c.contribution, 0), 6);
    expect(hits[0].explanation.industryCode).toEqual({ code: '336340', title: expect.stringContaining('frenos'), naics: { code: '336340', title: 'Motor Vehicle Brake System Manufacturing' } });
  });

  it('an expired IATF does not count, a valid one does, a registry-declared one is worth little', () => {
    const valid = doc('valid', { certifications: [{ code: 'cert.iatf-16949', validFrom: '2024-01-01', validUntil: '2027-03-31', verified: true, declared: false }] });
    const expired = doc('expired', { certifications: [{ code: 'cert.iatf-16949', validFrom: '2020-01-01', validUntil: '2026-11-30', verified: true, declared: false }] });
    const declared = doc('declared', { certifications: [{ code: 'cert.iatf-16949', validFrom: null, validUntil: null, verified: false, declared: true }] });
    const hits = rank([expired, declared, valid], 'IATF');
    expect(hits.map((h) => h.document.supplierId)).toEqual(['valid', 'declared', 'expired']);
    const status = (id: string) => hits.find((h) => h.document.supplierId === id)?.explanation.certifications[0];
    expect(status('valid')).toMatchObject({ status: 'valid', validUntil: '2027-03-31' });
    expect(status('expired')).toMatchObject({ status: 'expired', validUntil: '2026-11-30' });
    expect(status('declared')).toMatchObject({ status: 'declared' });
    expect(hits.find((h) => h.document.supplierId === 'expired')?.explanation.components.find((c) => c.name === 'certifications')?.value).toBe(0);
  });

  it('a required certification filters: expired and declared ones are dropped', () => {
    const valid = doc('valid', { certifications: [{ code: 'cert.iso-9001', validFrom: null, validUntil: '2027-01-01', verified: false, declared: false }] });
    const expired = doc('expired', { certifications: [{ code: 'cert.iso-9001', validFrom: null, validUntil: '2025-01-01', verified: false, declared: false }] });
    const declared = doc('declared', { certifications: [{ code: 'cert.iso-9001', validFrom: null, validUntil: null, verified: false, declared: true }] });
    const hits = rank([valid, expired, declared, doc('none')], 'machining', { certifications: ['cert.iso-9001'] });
    expect(hits.map((h) => h.document.supplierId)).toEqual(['valid']);
  });

  it('transit from Apodaca to Dallas 75201 goes through Laredo', () => {
    const hits = rank([doc('apodaca')], 'machining', { zip: '75201' });
    expect(hits[0].explanation.transit).toMatchObject({ zip: '75201', portName: expect.stringContaining('Laredo'), plantId: 'apodaca-p1' });
    expect(hits[0].explanation.transit?.days).toBeGreaterThan(2);
    expect(hits[0].explanation.transit?.days).toBeLessThan(3);
  });

  it('the nearer plant wins on proximity and ties fall to supplierId', () => {
    const far = doc('a-far', { plants: [{ ...doc('x').plants[0], plantId: 'far', lat: 19.43, lon: -99.13 }] });
    const hits = rank([far, doc('c-near'), doc('b-near')], 'near Monterrey');
    expect(hits.map((h) => h.document.supplierId)).toEqual(['b-near', 'c-near', 'a-far']);
    expect(hits[0].explanation.nearKm).toBeLessThan(30);
  });

  it('capacity: under the minimum order scores below a fitting plant; unknown is neutral', () => {
    const fits = doc('fits', { capacity: { minimumOrderQuantity: 1000, monthlyCapacity: 50000, monthlyCapacityUnit: 'pcs', leadTimeDays: 30 } });
    const big = doc('big', { capacity: { minimumOrderQuantity: 100000, monthlyCapacity: null, monthlyCapacityUnit: null, leadTimeDays: null } });
    const hits = rank([big, doc('unknown'), fits], '10,000 pcs stamping');
    const capacity = (id: string) => hits.find((h) => h.document.supplierId === id)?.explanation.components.find((c) => c.name === 'capacity')?.value;
    expect([capacity('fits'), capacity('unknown'), capacity('big')]).toEqual([1, 0.5, 0.2]);
  });

  it('responsiveness is left out without a hook and counted with one', () => {
    const document = doc('r');
    const without = rankCandidates([{ document, textScore: 0 }], requirement('machining'));
    expect(without[0].explanation.components.some((c) => c.name === 'responsiveness')).toBe(false);
    const withHook = rankCandidates([{ document, textScore: 0 }], requirement('machining'), { responsiveness: () => ({ value: 0.8, note: { en: 'answered 4 of 5 invitations', es: 'respondió 4 de 5 invitaciones' } }) });
    expect(withHook[0].explanation.components.find((c) => c.name === 'responsiveness')).toMatchObject({ value: 0.8, weight: SCORE_WEIGHTS.responsiveness });
  });

  it('ranks a responsive supplier above an identical unresponsive one, the figures in the note; no history is neutral', () => {
    // Ids chosen so the tie-break (supplierId ascending) would put the unresponsive one first.
    const candidates = ['a-slow', 'b-fast', 'c-new'].map((id) => ({ document: doc(id), textScore: 0 }));
    const rates: Record<string, { value: number; note: { en: string; es: string } }> = {
      'a-slow': { value: 0.25, note: { en: 'answered 1 of 6 invitations', es: 'respondió 1 de 6 invitaciones' } },
      'b-fast': { value: 0.9, note: { en: 'answered 8 of 8 invitations', es: 'respondió 8 de 8 invitaciones' } },
    };
    const hits = rankCandidates(candidates, requirement('machining'), { responsiveness: (id) => rates[id] ?? null });
    expect(hits.map((hit) => hit.document.supplierId)).toEqual(['b-fast', 'c-new', 'a-slow']);
    const responsiveness = (index: number) => hits[index].explanation.components.find((c) => c.name === 'responsiveness');
    expect(responsiveness(0)).toMatchObject({ value: 0.9, contribution: 0.027, note: { en: 'answered 8 of 8 invitations', es: 'respondió 8 de 8 invitaciones' } });
    expect(responsiveness(1)).toMatchObject({ value: 0.5, note: { en: 'no response history yet' } });
    expect(hits[0].score - hits[2].score).toBeCloseTo(SCORE_WEIGHTS.responsiveness * (0.9 - 0.25), 6);
  });
});
