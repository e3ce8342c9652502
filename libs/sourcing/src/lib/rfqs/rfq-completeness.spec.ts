import { AppError } from '@puente/platform';
import type { RfqLine } from '../entities/rfq-line.entity';
import type { Rfq } from '../entities/rfq.entity';
import '../sourcing.errors';
import { assertComplete } from './rfq-completeness';

const now = new Date('2026-12-07T12:00:00.000Z');
const complete = {
  title: 'Brackets',
  description: 'CNC brackets',
  deliveryZip: '75201',
  quoteDeadline: new Date('2026-12-10T12:00:00.000Z'),
  needBy: '2027-01-15',
  ndaRequired: false,
  ndaText: null,
  visibility: 'public',
  buyerPicks: [],
} as unknown as Rfq;
const lines = [{ quantities: [500] }] as RfqLine[];

function issues(rfq: Partial<Rfq>, withLines = lines, deadlineMoved = true): string[] {
  try {
    assertComplete({ ...complete, ...rfq } as Rfq, withLines, now, deadlineMoved);
    return [];
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'RFQ_INCOMPLETE') throw error;
    return error.details.map((detail) => `${detail.field}:${detail.issue}`);
  }
}

describe('assertComplete', () => {
  it('passes a complete RFQ', () => {
    expect(issues({})).toEqual([]);
  });

  it('names every missing field at once', () => {
    expect(
      issues({ description: ' ', deliveryZip: null, quoteDeadline: null, ndaRequired: true, ndaText: '', visibility: 'invite_only', buyerPicks: [] }, []),
    ).toEqual(['description:missing', 'lines:missing', 'deliveryZip:missing', 'quoteDeadline:missing', 'ndaText:missing', 'invitedSupplierIds:missing']);
  });

  it('wants the deadline an hour ahead, unless an amendment kept it', () => {
    const soon = new Date(now.getTime() + 59 * 60_000);
    expect(issues({ quoteDeadline: soon })).toEqual(['quoteDeadline:too_soon']);
    expect(issues({ quoteDeadline: new Date(now.getTime() + 60 * 60_000) })).toEqual([]);
    expect(issues({ quoteDeadline: soon }, lines, false)).toEqual([]);
  });

  it('refuses a need-by date before the deadline', () => {
    expect(issues({ needBy: '2026-12-09' })).toEqual(['needBy:before_deadline']);
    expect(issues({ needBy: '2026-12-10' })).toEqual([]);
  });
});
