import { rfqInputProblems } from './rfq-input-check';
import type { RfqLineInput } from './rfq-input';

const line: RfqLineInput = { partName: 'Bracket', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [500, 1000], unit: 'pcs' };
const problems = (input: Parameters<typeof rfqInputProblems>[0]) => rfqInputProblems(input).map((problem) => `${problem.field}:${problem.issue}`);

describe('rfqInputProblems', () => {
  it('accepts codes of the right kinds (a process family is a process), a catalog HS code and ZIP, real dates and exact prices', () => {
    expect(
      problems({
        lines: [{ ...line, processes: ['proc.stamping', 'proc.machining.cnc-machining'] }],
        certifications: ['cert.iso-9001'],
        targetUnitPrice: '0.0125',
        hsCode: '841360',
        deliveryZip: '75201',
        needBy: '2028-02-29',
        quoteDeadline: '2026-12-20T17:00:00-06:00',
      }),
    ).toEqual([]);
  });

  it.each([
    [{ lines: [{ ...line, processes: ['mat.aluminum'] }] }, 'lines.0.processes:unknown_code'],
    [{ lines: [{ ...line, materials: ['proc.stamping'] }] }, 'lines.0.materials:unknown_code'],
    [{ certifications: ['cert.nope'] }, 'certifications:unknown_code'],
    [{ lines: [{ ...line, quantities: [1000, 1000] }] }, 'lines.0.quantities:not_ascending'],
    [{ lines: [{ ...line, quantities: [0] }] }, 'lines.0.quantities:out_of_range'],
    [{ lines: [{ ...line, quantities: [] }] }, 'lines.0.quantities:count'],
    [{ lines: [{ ...line, partName: '   ' }] }, 'lines.0.partName:blank'],
    [{ targetUnitPrice: '1.23456' }, 'targetUnitPrice:invalid_decimal'],
    [{ targetUnitPrice: '1e3' }, 'targetUnitPrice:invalid_decimal'],
    [{ targetUnitPrice: '0.0000' }, 'targetUnitPrice:not_positive'],
    [{ hsCode: '999999' }, 'hsCode:unknown_hs_code'],
    [{ hsCode: '8413.60' }, 'hsCode:unknown_hs_code'],
    [{ deliveryZip: '00000' }, 'deliveryZip:unknown_zip'],
    [{ needBy: '2027-02-29' }, 'needBy:invalid_date'],
    [{ quoteDeadline: '2026-12-20' }, 'quoteDeadline:invalid_datetime'],
    [{ title: ' ' }, 'title:blank'],
  ])('refuses %j naming %s', (input, expected) => {
    expect(problems(input)).toEqual([expected]);
  });
});
