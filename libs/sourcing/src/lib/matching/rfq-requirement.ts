// From an RFQ to what the search context's ranking scores against: the whole RFQ (fan-out and the supplier
// feed), and each line on its own (fan-out matches per line too, so a supplier that fits one line well is
// not lost behind suppliers that fit the union of all lines a little).
import { requirementFrom, understandQuery, type Requirement } from '@puente/search';

export interface RfqRequirementInput {
  title: string;
  description: string;
  certifications: readonly string[];
  deliveryZip: string | null;
  /** The day certificates must still be valid: the need-by date, else today (Mexico City). */
  asOf: string;
  lines: ReadonlyArray<{ partName: string; processes: readonly string[]; materials: readonly string[]; quantities: readonly number[]; unit: string }>;
}

/** The RFQ as one requirement: every line's processes and materials, the largest first break, required certifications. */
export function rfqRequirement(rfq: RfqRequirementInput): Requirement {
  const text = [rfq.title, ...rfq.lines.map((line) => line.partName), rfq.description].join(' ');
  const largest = [...rfq.lines].sort((a, b) => (b.quantities[0] ?? 0) - (a.quantities[0] ?? 0))[0];
  return build(text, rfq, rfq.lines.flatMap((line) => line.processes), rfq.lines.flatMap((line) => line.materials), largest);
}

/** One line as a requirement: its own processes, materials and first quantity break, the RFQ's certifications and ZIP. */
export function lineRequirement(rfq: RfqRequirementInput, position: number): Requirement {
  const line = rfq.lines[position];
  if (!line) throw new RangeError(`the RFQ has no line ${position}`);
  return build(`${rfq.title} ${line.partName}`, rfq, line.processes, line.materials, line);
}

function build(
  text: string,
  rfq: RfqRequirementInput,
  processes: readonly string[],
  materials: readonly string[],
  line: RfqRequirementInput['lines'][number] | undefined,
): Requirement {
  // Only the first 400 characters: understanding is for a search box, and a long description adds noise.
  const understanding = understandQuery(text.slice(0, 400));
  const requirement = requirementFrom(
    understanding,
    {
      processes: [...new Set(processes)],
      materials: [...new Set(materials)],
      certifications: rfq.certifications.map((code) => ({ code, required: true })),
      zip: rfq.deliveryZip,
    },
    rfq.asOf,
  );
  requirement.quantity = line?.quantities[0] ? { value: line.quantities[0], unit: line.unit } : null;
  // A ZIP the text happened to contain never replaces the RFQ's delivery ZIP, and no ZIP means no transit.
  requirement.destinationZip = rfq.deliveryZip;
  return requirement;
}
