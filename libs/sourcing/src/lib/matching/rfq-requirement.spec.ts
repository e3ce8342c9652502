import { lineRequirement, rfqRequirement, type RfqRequirementInput } from './rfq-requirement';

const RFQ: RfqRequirementInput = {
  title: 'Aluminum housings',
  description: 'Die cast housings for robot joints, shipped to our Dallas plant. Please quote to ZIP 10001.',
  certifications: ['cert.iso-9001'],
  deliveryZip: '75201',
  asOf: '2027-03-01',
  lines: [
    { partName: 'Joint housing', processes: ['proc.casting.die-casting'], materials: ['mat.aluminum'], quantities: [500, 5000], unit: 'pcs' },
    { partName: 'Cover plate', processes: ['proc.machining.cnc-milling'], materials: ['mat.aluminum'], quantities: [20000], unit: 'pcs' },
  ],
};

describe('rfqRequirement', () => {
  it('asks for every line’s processes and materials once, the certifications as required, on the need-by date', () => {
    const requirement = rfqRequirement(RFQ);
    expect(requirement.processes).toEqual(expect.arrayContaining(['proc.casting.die-casting', 'proc.machining.cnc-milling']));
    expect(requirement.materials.filter((code) => code === 'mat.aluminum')).toHaveLength(1);
    expect(requirement.certifications).toEqual([{ code: 'cert.iso-9001', required: true }]);
    expect(requirement.asOf).toBe('2027-03-01');
  });

  it('takes the largest first break as the quantity and keeps the RFQ’s ZIP over one written in the text', () => {
    const requirement = rfqRequirement(RFQ);
    expect(requirement.quantity).toEqual({ value: 20000, unit: 'pcs' });
    expect(requirement.destinationZip).toBe('75201');
    expect(rfqRequirement({ ...RFQ, deliveryZip: null }).destinationZip).toBeNull();
  });
});

describe('lineRequirement', () => {
  it('asks only for that line’s processes and its first break', () => {
    const requirement = lineRequirement(RFQ, 0);
    expect(requirement.processes).toContain('proc.casting.die-casting');
    expect(requirement.processes).not.toContain('proc.machining.cnc-milling');
    expect(requirement.quantity).toEqual({ value: 500, unit: 'pcs' });
  });

  it('refuses a line the RFQ does not have', () => {
    expect(() => lineRequirement(RFQ, 2)).toThrow(RangeError);
  });
});
