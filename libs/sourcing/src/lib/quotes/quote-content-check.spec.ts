import { AppError } from '@puente/platform';
import { assertValidQuote, type QuoteCheckContext } from './quote-content-check';
import type { QuoteInput } from './quote-input';

const LINE_A = '11111111-1111-4111-8111-111111111111';
const LINE_B = '22222222-2222-4222-8222-222222222222';
const PLANT = '33333333-3333-4333-8333-333333333333';
const FILE = '44444444-4444-4444-8444-444444444444';

const context: QuoteCheckContext = {
  rfqLines: [
    { id: LINE_A, quantities: [500, 1000, 5000] },
    { id: LINE_B, quantities: [100] },
  ],
  plantIds: new Set([PLANT]),
  attachmentIds: new Set([FILE]),
  today: '2026-12-07',
};

function input(overrides: Partial<QuoteInput> = {}): QuoteInput {
  return {
    revises: 0,
    currency: 'MXN',
    lines: [
      {
        rfqLineId: LINE_A,
        minimumOrder: 500,
        breaks: [
          { quantity: 500, unitPrice: '84.5000' },
          { quantity: 1000, unitPrice: '79.25' },
          { quantity: 5000, unitPrice: null, declineReason: 'quantity_too_high' },
        ],
      },
      { rfqLineId: LINE_B, declineReason: 'not_our_process', breaks: [{ quantity: 100 }] },
    ],
    tooling: [{ description: ' Progressive die ', cost: '185000', rfqLineIds: [LINE_A], owner: 'buyer' }],
    leadTime: { firstArticlesDays: 21, productionDays: 35 },
    validUntil: '2027-01-31',
    delivery: { incoterm: 'FCA', place: ' Apodaca, NL ', plantId: PLANT },
    origin: { hsCode: '761699', usmcaCriterion: 'B', canCertify: true },
    notes: '  ',
    attachmentIds: [FILE],
    ...overrides,
  };
}

function problemsOf(value: QuoteInput): string[] {
  try {
    assertValidQuote(value, context);
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.code).toBe('VALIDATION_FAILED');
    return error.details.map((detail) => `${detail.field}:${detail.issue}`).sort();
  }
}

describe('assertValidQuote', () => {
  it('answers the content to store: nulls filled in, text trimmed, lines in the RFQ’s order', () => {
    const content = assertValidQuote(input({ lines: [...input().lines].reverse() }), context);
    expect(content.lines.map((line) => line.rfqLineId)).toEqual([LINE_A, LINE_B]);
    expect(content.lines[0].breaks[0]).toEqual({ quantity: 500, unitPrice: '84.5000', declineReason: null });
    expect(content.lines[1]).toEqual({ rfqLineId: LINE_B, declineReason: 'not_our_process', minimumOrder: null, breaks: [{ quantity: 100, unitPrice: null, declineReason: null }] });
    expect(content.tooling[0].description).toBe('Progressive die');
    expect(content.delivery.place).toBe('Apodaca, NL');
    expect(content.notes).toBeNull();
    expect(content.leadTime).toEqual({ firstArticlesDays: 21, productionDays: 35 });
  });

  it('names every field at fault at once', () => {
    const problems = problemsOf(
      input({
        lines: [
          {
            rfqLineId: LINE_A,
            minimumOrder: 0,
            breaks: [
              { quantity: 500, unitPrice: '-1' },
              { quantity: 1000, unitPrice: '1.23456' },
              { quantity: 4000, unitPrice: '0', declineReason: 'other' },
            ],
          },
          { rfqLineId: LINE_A, breaks: [{ quantity: 100, unitPrice: '1' }] },
          { rfqLineId: '55555555-5555-4555-8555-555555555555', breaks: [] },
        ],
        tooling: [{ description: ' ', cost: '1.5.0', rfqLineIds: [], owner: 'buyer' }],
        leadTime: { firstArticlesDays: 0, productionDays: 731 },
        validUntil: '2026-12-06',
        delivery: { incoterm: 'FCA', place: '', plantId: '66666666-6666-4666-8666-666666666666' },
        origin: { hsCode: '999999', usmcaCriterion: 'not_originating', canCertify: true },
        attachmentIds: ['77777777-7777-4777-8777-777777777777'],
      }),
    );
    expect(problems).toEqual(
      [
        'lines:missing_lines',
        'lines.0.minimumOrder:out_of_range',
        'lines.0.breaks:quantities_mismatch',
        'lines.0.breaks.0.unitPrice:invalid_decimal',
        'lines.0.breaks.1.unitPrice:invalid_decimal',
        'lines.0.breaks.2.unitPrice:priced_and_declined',
        'lines.0.breaks.2.unitPrice:not_positive',
        'lines.1.rfqLineId:duplicate_line',
        'lines.2.rfqLineId:unknown_line',
        'tooling.0.description:blank',
        'tooling.0.cost:invalid_decimal',
        'tooling.0.rfqLineIds:empty',
        'leadTime.firstArticlesDays:out_of_range',
        'leadTime.productionDays:out_of_range',
        'validUntil:past',
        'delivery.place:length',
        'delivery.plantId:unknown_plant',
        'origin.hsCode:unknown_hs_code',
        'origin.canCertify:not_originating',
        'attachmentIds.0:unknown_attachment',
      ].sort(),
    );
  });

  it('wants every break priced or declined, and nothing priced in a declined line', () => {
    const lines = input().lines;
    expect(problemsOf(input({ lines: [{ ...lines[0], breaks: [{ quantity: 500 }, ...lines[0].breaks.slice(1)] }, lines[1]] }))).toEqual(['lines.0.breaks.0.unitPrice:missing']);
    expect(problemsOf(input({ lines: [lines[0], { ...lines[1], breaks: [{ quantity: 100, unitPrice: '2' }] }] }))).toEqual(['lines.1.breaks.0.unitPrice:priced_in_declined_line']);
    expect(problemsOf(input({ lines: [{ ...lines[0], breaks: [{ quantity: 500, unitPrice: '1000000000.0001' }, ...lines[0].breaks.slice(1)] }, lines[1]] }))).toEqual([
      'lines.0.breaks.0.unitPrice:too_large',
    ]);
  });

  it('takes today as a validity date and refuses dates that do not exist or lie years ahead', () => {
    expect(problemsOf(input({ validUntil: '2026-12-07' }))).toEqual([]);
    expect(problemsOf(input({ validUntil: '2027-02-30' }))).toEqual(['validUntil:invalid_date']);
    expect(problemsOf(input({ validUntil: '2032-01-01' }))).toEqual(['validUntil:too_far']);
  });

  it('accepts tooling that costs nothing and a criterion that cannot be certified when not certifying', () => {
    expect(problemsOf(input({ tooling: [{ description: 'Fixture', cost: '0', rfqLineIds: [LINE_A, LINE_B], owner: 'supplier' }] }))).toEqual([]);
    expect(problemsOf(input({ origin: { hsCode: '761699', usmcaCriterion: 'not_originating', canCertify: false } }))).toEqual([]);
  });
});
