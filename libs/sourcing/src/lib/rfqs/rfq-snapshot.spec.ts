import type { RfqSnapshot } from './rfq-snapshot';
import { gatedChanges, snapshotChanges } from './rfq-snapshot';

const line = { partName: 'Bracket', partNumber: 'BRK-1', notes: null, processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [500, 1000], unit: 'pcs', unitsPerTruckload: null };
const base: RfqSnapshot = {
  title: 'Brackets',
  description: 'CNC brackets',
  descriptionLanguage: 'en',
  lines: [line],
  annualVolume: 10000,
  targetUnitPrice: '4.2500',
  currency: 'USD',
  certifications: ['cert.iso-9001'],
  hsCode: '761699',
  deliveryZip: '75201',
  incoterm: 'DAP',
  incotermPlace: 'Dallas, TX',
  needBy: '2027-01-30',
  quoteDeadline: '2026-12-20T17:00:00.000Z',
  ndaRequired: true,
  ndaText: 'Confidential.',
  visibility: 'public',
  bidding: 'sealed',
  quoteCap: null,
  invitedSupplierIds: [],
  attachments: [],
};

describe('snapshotChanges', () => {
  it('finds nothing between equal versions', () => {
    expect(snapshotChanges(base, structuredClone(base))).toEqual([]);
  });

  it('names each moved field, line fields by position, and a line added as a whole', () => {
    const after: RfqSnapshot = {
      ...base,
      quoteDeadline: '2026-12-22T17:00:00.000Z',
      targetUnitPrice: '3.9000',
      lines: [{ ...line, quantities: [500, 2000] }, { ...line, partName: 'Cover' }],
      attachments: [{ id: 'a', fileName: 'b.step', kind: 'drawing', lineId: null }],
    };
    expect(snapshotChanges(base, after)).toEqual([
      { field: 'targetUnitPrice', before: '4.2500', after: '3.9000' },
      { field: 'quoteDeadline', before: '2026-12-20T17:00:00.000Z', after: '2026-12-22T17:00:00.000Z' },
      { field: 'attachments', before: [], after: [{ id: 'a', fileName: 'b.step', kind: 'drawing', lineId: null }] },
      { field: 'lines[0].quantities', before: [500, 1000], after: [500, 2000] },
      { field: 'lines[1]', before: null, after: { ...line, partName: 'Cover' } },
    ]);
  });
});

describe('gatedChanges', () => {
  it('keeps what a supplier behind the NDA may read and trims a whole line to its processes, quantities and unit', () => {
    const changes = snapshotChanges(base, {
      ...base,
      title: 'Brackets v2',
      description: 'secret',
      targetUnitPrice: '1.0000',
      lines: [{ ...line, partName: 'Secret part', quantities: [100] }, { ...line, materials: ['mat.steel'] }],
    });
    expect(gatedChanges(changes)).toEqual([
      { field: 'title', before: 'Brackets', after: 'Brackets v2' },
      { field: 'lines[0].quantities', before: [500, 1000], after: [100] },
      { field: 'lines[1]', before: null, after: { processes: line.processes, quantities: line.quantities, unit: 'pcs' } },
    ]);
  });
});
