import { requirementFrom, understandQuery, type SearchDocument } from '@puente/search';
import { EMPTY_EXPLANATION, rankFeed, type FeedCandidate } from './feed-ranking';

const AS_OF = '2026-12-01';
const CNC = 'proc.machining.cnc-machining';

const supplier = {
  supplierId: 's', legalName: 'S SA de CV', tradeName: null, claimed: true, sources: [], verificationLevel: 'unverified',
  descriptionEs: 'Maquinado CNC de aluminio', descriptionEn: null, processes: [CNC], materials: ['mat.aluminum'], industries: [], scianCodes: [],
  certifications: [], plants: [], employeeBand: null,
  capacity: { minimumOrderQuantity: null, monthlyCapacity: null, monthlyCapacityUnit: null, leadTimeDays: null },
  exportsToUs: false, completeness: 0.5, updatedAt: '2026-12-01T00:00:00.000Z',
} as SearchDocument;

function rfq(rfqId: string, processes: string[], days: number, over: Partial<FeedCandidate> = {}, certifications: Array<{ code: string; required: boolean }> = []): FeedCandidate {
  return {
    rfqId,
    requirement: requirementFrom(understandQuery('parts'), { processes, certifications }, AS_OF),
    invited: false,
    quoteDeadline: new Date(Date.UTC(2026, 11, 1 + days)),
    ...over,
  };
}

describe('rankFeed', () => {
  it('puts live invitations first, then the RFQs the profile fits best, each explained', () => {
    const ranked = rankFeed([rfq('boxes', ['proc.packaging.corrugated-boxes'], 1), rfq('cnc', [CNC], 5), rfq('invited', ['proc.packaging.corrugated-boxes'], 9, { invited: true })], supplier);
    expect(ranked.map((r) => r.rfqId)).toEqual(['invited', 'cnc', 'boxes']);
    expect(ranked[1].score).toBeGreaterThan(ranked[2].score);
    expect(ranked[1].explanation.matchedConcepts.map((c) => c.code)).toEqual([CNC]);
    // The text is never scored: one document alone has no relevance scale.
    expect(ranked[1].explanation.components.map((c) => c.name)).not.toContain('text');
  });

  it('lists an RFQ whose required certificate the supplier lacks after the ones it qualifies for, showing what is missing', () => {
    const ranked = rankFeed([rfq('needs-iatf', [CNC], 1, {}, [{ code: 'cert.iatf-16949', required: true }]), rfq('boxes', ['proc.packaging.corrugated-boxes'], 2)], supplier);
    expect(ranked.map((r) => r.rfqId)).toEqual(['boxes', 'needs-iatf']);
    expect(ranked[1].explanation.certifications).toEqual([expect.objectContaining({ code: 'cert.iatf-16949', status: 'missing' })]);
  });

  it('without a profile, orders by deadline with empty explanations', () => {
    const ranked = rankFeed([rfq('later', [CNC], 5), rfq('sooner', [CNC], 2)], null);
    expect(ranked.map((r) => [r.rfqId, r.score, r.explanation])).toEqual([
      ['sooner', 0, EMPTY_EXPLANATION],
      ['later', 0, EMPTY_EXPLANATION],
    ]);
  });
});
