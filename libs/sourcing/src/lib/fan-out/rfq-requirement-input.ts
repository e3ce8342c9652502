import type { RfqLine } from '../entities/rfq-line.entity';
import type { Rfq } from '../entities/rfq.entity';
import type { RfqRequirementInput } from '../matching/rfq-requirement';

/** The stored RFQ and its lines as `rfqRequirement`/`lineRequirement` read them; `today` is Mexico City's date. */
export function requirementInputOf(rfq: Rfq, lines: RfqLine[], today: string): RfqRequirementInput {
  return {
    title: rfq.title,
    description: rfq.description,
    certifications: rfq.certifications,
    deliveryZip: rfq.deliveryZip,
    // Certificates must still be valid when the parts are needed; without a date, today.
    asOf: rfq.needBy && rfq.needBy > today ? rfq.needBy : today,
    lines: [...lines]
      .sort((a, b) => a.position - b.position)
      .map((line) => ({ partName: line.partName, processes: line.processes, materials: line.materials, quantities: line.quantities, unit: line.unit })),
  };
}
