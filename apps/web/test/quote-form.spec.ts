import { draftProblems, emptyQuoteDraft, quoteBodyFrom, quoteDraftFrom, type QuoteDraft } from '../src/components/quote-draft';
import { placeKey, placeOf, stillStands } from '../src/components/quote-fields';
import { extendedPrice, isAmount, isPositive, normalizeAmount, sumAmounts } from '../src/components/quote-money';
import type { QuoteRevision } from '../src/api/quote-types';

describe('quote money, exact from decimal strings', () => {
  it('multiplies a unit price by a break to the cent without floating point', () => {
    expect(extendedPrice('18.5', 500)).toBe('9250.00');
    // 0.1 + 0.2 territory: 0.0125 × 3 is 0.0375 → 0.04 (half up), and 1.005 × 1 stays 1.01, not 1.00.
    expect(extendedPrice('0.0125', 3)).toBe('0.04');
    expect(extendedPrice('1.005', 1)).toBe('1.01');
    expect(extendedPrice('0.0001', 49)).toBe('0.00');
    expect(extendedPrice('0.0001', 50)).toBe('0.01');
    // Beyond a double's 15-16 significant digits: still exact.
    expect(extendedPrice('123456789.1234', 1_000_000_000)).toBe('123456789123400000.00');
    expect(extendedPrice('7', 0)).toBe('0.00');
  });

  it('refuses what is not an amount of up to four places', () => {
    for (const typed of ['', '.5', '1.', '1.23456', '-1', '1e3', 'abc', '1.2.3', '007', '123456789012345']) expect([typed, extendedPrice(typed, 10)]).toEqual([typed, null]);
    expect([isAmount('0'), isPositive('0.0000'), isPositive('0.0001')]).toEqual([true, false, true]);
    expect([normalizeAmount(' 1,250.50 '), normalizeAmount('007.5'), normalizeAmount('0.5'), normalizeAmount('000')]).toEqual(['1250.50', '7.5', '0.5', '0']);
  });

  it('sums tooling to the cent, leaving out what is not an amount', () => {
    expect(sumAmounts(['185000.00', '0.005', 'x', '12.5'])).toBe('185012.51');
    expect(sumAmounts([])).toBe('0.00');
  });
});

const RFQ = {
  currency: 'USD' as const,
  hsCode: '7616.99',
  quoteDeadline: '2026-12-17T23:00:00.000Z',
  lines: [
    { id: 'line-a', quantities: [500, 2000] },
    { id: 'line-b', quantities: [100] },
  ],
};
const PLANTS = [{ id: 'plant-1', name: 'Planta Apodaca', municipality: 'Apodaca', state: 'Nuevo León' }];

describe('the quote draft', () => {
  it('starts blank from the RFQ: its breaks, currency and HS code, FCA from the first plant, valid 30 days past the deadline', () => {
    const draft = emptyQuoteDraft(RFQ, PLANTS, Date.parse('2026-12-07T00:00:00.000Z'));
    expect(draft).toMatchObject({
      currency: 'USD',
      incoterm: 'FCA',
      place: 'Apodaca, Nuevo León',
      plantId: 'plant-1',
      hsCode: '761699',
      validUntil: '2027-01-16',
      lines: [
        { rfqLineId: 'line-a', breaks: [{ quantity: 500, unitPrice: '' }, { quantity: 2000, unitPrice: '' }] },
        { rfqLineId: 'line-b', breaks: [{ quantity: 100, unitPrice: '' }] },
      ],
    });
  });

  it('names every gap under its field before sending', () => {
    const draft = emptyQuoteDraft(RFQ, [], Date.parse('2026-12-07T00:00:00.000Z'));
    draft.lines[0].breaks[0].unitPrice = '12,5';
    draft.lines[0].breaks[1].unitPrice = '0.00';
    draft.lines[1].declined = true;
    draft.tooling = [{ key: 't', description: ' ', cost: '', rfqLineIds: [], owner: 'buyer' }];
    expect(draftProblems({ ...draft, hsCode: '7616' })).toEqual([
      // "12,5": a comma is a thousands separator here, so "125" would pass; the check is on what is sent.
      { field: 'lines[0].breaks[1].unitPrice', issue: 'not_positive' },
      { field: 'lines[1].declineReason', issue: 'required' },
      { field: 'tooling[0].description', issue: 'required' },
      { field: 'tooling[0].cost', issue: 'required' },
      { field: 'tooling[0].rfqLineIds', issue: 'required' },
      { field: 'leadTime.productionDays', issue: 'required' },
      { field: 'delivery.plantId', issue: 'required' },
      { field: 'delivery.place', issue: 'required' },
      { field: 'origin.hsCode', issue: 'format' },
      { field: 'origin.usmcaCriterion', issue: 'required' },
    ]);
  });

  it('sends declined breaks and lines without prices, and no certification claim when not originating', () => {
    const draft: QuoteDraft = {
      ...emptyQuoteDraft(RFQ, PLANTS),
      currency: 'MXN',
      productionDays: 35,
      usmcaCriterion: 'not_originating',
      canCertify: true,
    };
    draft.lines[0].breaks[0] = { quantity: 500, unitPrice: '185.50', declined: true, declineReason: 'quantity_too_low' };
    draft.lines[0].breaks[1].unitPrice = '1,120.25';
    draft.lines[1] = { ...draft.lines[1], declined: true, declineReason: 'not_our_process', minimumOrder: 50 };
    draft.lines[1].breaks[0].unitPrice = '99';
    const body = quoteBodyFrom(draft, 2);
    expect(body).toMatchObject({
      revises: 2,
      currency: 'MXN',
      lines: [
        { rfqLineId: 'line-a', declineReason: null, minimumOrder: null, breaks: [{ quantity: 500, unitPrice: null, declineReason: 'quantity_too_low' }, { quantity: 2000, unitPrice: '1120.25', declineReason: null }] },
        { rfqLineId: 'line-b', declineReason: 'not_our_process', minimumOrder: null, breaks: [{ quantity: 100, unitPrice: null, declineReason: null }] },
      ],
      leadTime: { firstArticlesDays: null, productionDays: 35 },
      origin: { hsCode: '761699', usmcaCriterion: 'not_originating', canCertify: false },
      notes: null,
      attachmentIds: [],
    });
  });

  it('revises from the last revision laid over the RFQ as it reads now (a new break blank, a removed one gone)', () => {
    const revision = {
      currency: 'MXN',
      lines: [
        {
          rfqLineId: 'line-a',
          declineReason: null,
          minimumOrder: 250,
          breaks: [
            { quantity: 500, unitPrice: '190.00', extendedPrice: '95000.00', declineReason: null },
            { quantity: 1000, unitPrice: '180.00', extendedPrice: '180000.00', declineReason: null },
          ],
        },
      ],
      tooling: [{ description: 'Molde', cost: '185000.00', rfqLineIds: ['line-a'], owner: 'buyer' }],
      leadTime: { firstArticlesDays: 20, productionDays: 35 },
      validUntil: '2027-02-01',
      delivery: { incoterm: 'FCA', place: 'Apodaca, NL', plant: { id: 'plant-1', name: 'Planta Apodaca', state: 'Nuevo León', stateCode: '19', municipality: 'Apodaca' } },
      origin: { hsCode: '761699', usmcaCriterion: 'B', canCertify: true },
      notes: 'Incluye pintura.',
      attachments: [{ id: 'doc-1', fileName: 'cotizacion.pdf', fileType: 'pdf', sizeBytes: 1200, createdAt: '2026-12-07T00:00:00.000Z' }],
    } as unknown as QuoteRevision;
    const draft = quoteDraftFrom(RFQ, PLANTS, revision);
    expect(draft.lines[0]).toMatchObject({ minimumOrder: 250, breaks: [{ quantity: 500, unitPrice: '190.00' }, { quantity: 2000, unitPrice: '' }] });
    expect(draft.lines[1].breaks).toEqual([{ quantity: 100, unitPrice: '', declined: false, declineReason: null }]);
    expect(draft).toMatchObject({ currency: 'MXN', place: 'Apodaca, NL', plantId: 'plant-1', usmcaCriterion: 'B', canCertify: true, firstArticlesDays: 20, documents: [{ id: 'doc-1', fileName: 'cotizacion.pdf', sizeBytes: 1200 }] });
    expect(draft.tooling).toMatchObject([{ description: 'Molde', cost: '185000.00', rfqLineIds: ['line-a'], owner: 'buyer' }]);
  });
});

describe('where an API field path lands in the quote form', () => {
  it('places grid cells, lines, tooling and named fields, in either spelling', () => {
    const keyOf = (field: string) => placeKey(placeOf(field));
    expect(keyOf('lines[0].breaks[2].unitPrice')).toBe('lines.0.breaks.2.unitPrice');
    expect(keyOf('lines.0.breaks.2')).toBe('lines.0.breaks.2.unitPrice');
    expect(keyOf('lines[1].breaks[0].declineReason')).toBe('lines.1.breaks.0.declineReason');
    expect(keyOf('lines[1].minimumOrder')).toBe('lines.1.minimumOrder');
    expect(keyOf('lines[1]')).toBe('lines.1');
    expect(keyOf('tooling[0].rfqLineIds[0]')).toBe('tooling.0.rfqLineIds');
    expect(keyOf('delivery.plantId')).toBe('delivery.plantId');
    expect(keyOf('delivery')).toBe('delivery.plantId');
    expect(keyOf('attachmentIds[1]')).toBe('attachmentIds');
    expect(keyOf('lines')).toBe('lines');
    expect(keyOf('somethingElse.deep')).toBe('other');
  });
});

describe('an error beside its field', () => {
  const sent = { lines: [{ breaks: [{ unitPrice: null }, { unitPrice: '9.10' }] }], origin: { hsCode: '999999' } };

  it('stands while the field still says what was sent, and goes once it is edited', () => {
    expect(stillStands('lines.0.breaks.0.unitPrice', sent, sent)).toBe(true);
    const edited = { lines: [{ breaks: [{ unitPrice: '9.60' }, { unitPrice: '9.10' }] }], origin: { hsCode: '999999' } };
    expect(stillStands('lines.0.breaks.0.unitPrice', sent, edited)).toBe(false);
    expect(stillStands('lines.0.breaks.1.unitPrice', sent, edited)).toBe(true);
    expect(stillStands('origin.hsCode', sent, edited)).toBe(true);
    // A whole line's error goes with any change on the line; one the form cannot place always stands.
    expect(stillStands('lines.0', sent, edited)).toBe(false);
    expect(stillStands('other', sent, edited)).toBe(true);
  });
});
