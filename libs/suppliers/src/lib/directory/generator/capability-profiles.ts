/**
 * What a chamber directory lists for plants of a SCIAN group, as vocabulary codes (without their
 * `proc.`/`mat.`/`ind.` prefixes): the processes, materials and customer industries such plants typically
 * name, beyond what their class's title already maps to. The longest matching prefix wins. These are
 * assumptions for benchmark data, written from the vocabulary and the RETC activity texts, not measurements.
 *
 * `listRate` is the share of rows that fill the processes column: high for job shops and parts makers
 * (directories of metalworking and plastics clusters list processes), low for food and chemicals, whose
 * entries name products.
 */
export interface CapabilityProfile {
  processes: string[];
  materials: string[];
  industries: string[];
  listRate: number;
}

const METAL_FINISH = ['painting.powder-coating', 'plating.zinc-plating', 'finishing.shot-blasting'];

export const CAPABILITY_PROFILES: Record<string, CapabilityProfile> = {
  '311': { processes: ['packaging.contract-packaging', 'packaging.flexible-packaging', 'packaging.labeling', 'contract-manufacturing.private-label'], materials: [], industries: ['food-beverage', 'consumer-goods'], listRate: 0.25 },
  '312': { processes: ['packaging.contract-packaging', 'packaging.labeling', 'contract-manufacturing.private-label'], materials: ['pet', 'glass', 'aluminum'], industries: ['food-beverage'], listRate: 0.2 },
  '313': { processes: ['textiles.knitting-weaving', 'textiles.dyeing-finishing', 'textiles.technical-textiles', 'textiles.textile-printing'], materials: ['cotton', 'polyester-fabric'], industries: ['textile-mills', 'apparel', 'automotive'], listRate: 0.5 },
  '314': { processes: ['textiles.cut-and-sew', 'textiles.industrial-sewing', 'textiles.technical-textiles'], materials: ['cotton', 'polyester-fabric', 'foam'], industries: ['textile-mills', 'automotive', 'consumer-goods'], listRate: 0.5 },
  '315': { processes: ['textiles.cut-and-sew', 'textiles.industrial-sewing', 'textiles.embroidery', 'textiles.textile-printing'], materials: ['cotton', 'polyester-fabric'], industries: ['apparel'], listRate: 0.55 },
  '316': { processes: ['textiles.leather-goods', 'textiles.cut-and-sew', 'textiles.industrial-sewing'], materials: ['leather'], industries: ['apparel', 'automotive'], listRate: 0.5 },
  '321': { processes: ['packaging.wood-pallets-crates', 'woodworking.cnc-routing', 'woodworking.furniture'], materials: ['wood'], industries: ['building-products', 'packaging-industry'], listRate: 0.45 },
  '322': { processes: ['packaging.corrugated-boxes', 'packaging.folding-cartons', 'packaging.flexible-packaging', 'packaging.labeling'], materials: ['corrugated-board'], industries: ['packaging-industry', 'paper-printing', 'food-beverage'], listRate: 0.5 },
  '323': { processes: ['packaging.labeling', 'marking.screen-printing', 'packaging.folding-cartons', 'marking.nameplates'], materials: ['corrugated-board'], industries: ['paper-printing', 'packaging-industry'], listRate: 0.5 },
  '324': { processes: [], materials: [], industries: ['oil-gas', 'energy'], listRate: 0.05 },
  '325': { processes: ['packaging.contract-packaging', 'contract-manufacturing.private-label', 'packaging.labeling'], materials: ['epoxy', 'polyurethane'], industries: ['chemicals', 'consumer-goods', 'automotive'], listRate: 0.2 },
  '3254': { processes: ['contract-manufacturing.private-label', 'packaging.contract-packaging', 'packaging.blister-packaging'], materials: [], industries: ['pharmaceutical'], listRate: 0.25 },
  '326': {
    processes: ['plastics.injection-molding', 'plastics.blow-molding', 'plastics.plastic-extrusion', 'plastics.thermoforming', 'plastics.insert-molding', 'tooling.mold-making', 'assembly.sub-assembly', 'marking.pad-printing'],
    materials: ['polypropylene', 'polyethylene', 'abs', 'nylon', 'polycarbonate', 'pvc', 'pet', 'polystyrene', 'acetal'],
    industries: ['automotive', 'appliances', 'packaging-industry', 'medical-devices', 'consumer-goods', 'electronics'],
    listRate: 0.7,
  },
  '3262': {
    processes: ['rubber.rubber-compression-molding', 'rubber.rubber-injection-molding', 'rubber.rubber-extrusion', 'rubber.gaskets-seals', 'rubber.rubber-to-metal', 'rubber.hoses'],
    materials: ['rubber', 'epdm', 'silicone', 'nitrile', 'neoprene'],
    industries: ['automotive', 'industrial-machinery', 'appliances'],
    listRate: 0.65,
  },
  '327': { processes: ['glass-ceramics.glass-forming', 'glass-ceramics.technical-ceramics'], materials: ['glass', 'ceramic'], industries: ['building-products', 'mineral-products'], listRate: 0.25 },
  '331': {
    processes: ['casting.iron-casting', 'casting.steel-casting', 'casting.sand-casting', 'metal-forming.aluminum-extrusion', 'forging.hot-forging', 'heat-treatment.hardening', 'heat-treatment.annealing'],
    materials: ['steel', 'carbon-steel', 'cast-iron', 'ductile-iron', 'aluminum', 'copper', 'brass', 'bronze', 'zinc'],
    industries: ['primary-metals', 'automotive', 'construction-mining', 'building-products'],
    listRate: 0.6,
  },
  '3315': {
    processes: ['casting.die-casting', 'casting.sand-casting', 'casting.investment-casting', 'casting.permanent-mold', 'casting.iron-casting', 'machining.cnc-machining', 'finishing.shot-blasting'],
    materials: ['aluminum-a380', 'aluminum', 'cast-iron', 'ductile-iron', 'bronze', 'zinc'],
    industries: ['automotive', 'industrial-machinery', 'pumps-valves', 'heavy-truck'],
    listRate: 0.75,
  },
  '332': {
    processes: [
      'machining.cnc-machining', 'machining.cnc-milling', 'machining.cnc-turning', 'welding.mig-welding', 'welding.tig-welding', 'sheet-metal.laser-cutting',
      'sheet-metal.press-brake-bending', 'stamping.progressive-die', 'fabrication.structural-steel', 'fabrication.heavy-fabrication', 'fabrication.weldment-fabrication',
      'assembly.mechanical-assembly', 'metal-forming.cold-heading', 'metal-forming.springs', 'metal-forming.wire-forming', 'metal-forming.tube-bending', ...METAL_FINISH,
    ],
    materials: ['steel', 'carbon-steel', 'stainless-steel', 'stainless-304', 'aluminum', 'aluminum-6061', 'galvanized-steel', 'brass', 'tool-steel'],
    industries: ['automotive', 'industrial-machinery', 'construction-mining', 'oil-gas', 'building-products', 'appliances', 'aerospace'],
    listRate: 0.75,
  },
  '333': {
    processes: ['machining.cnc-machining', 'welding.mig-welding', 'assembly.mechanical-assembly', 'assembly.electromechanical-assembly', 'fabrication.special-machines', 'fabrication.conveyors', 'assembly.final-assembly', 'electrical.control-panels', 'painting.powder-coating'],
    materials: ['steel', 'stainless-steel', 'aluminum', 'cast-iron'],
    industries: ['industrial-machinery', 'agriculture', 'construction-mining', 'hvac', 'food-beverage', 'robotics-automation'],
    listRate: 0.65,
  },
  '334': {
    processes: ['electronics.pcba', 'electronics.smt', 'electronics.through-hole', 'electronics.box-build', 'electronics.electronic-testing', 'electronics.conformal-coating', 'wire-harness.cable-assembly', 'assembly.electromechanical-assembly'],
    materials: ['copper', 'copper-wire', 'plastics', 'polycarbonate'],
    industries: ['electronics', 'automotive', 'telecom', 'medical-devices', 'aerospace', 'semiconductors'],
    listRate: 0.7,
  },
  '335': {
    processes: ['electrical.coil-winding', 'electrical.control-panels', 'wire-harness.cable-assembly', 'wire-harness.crimping', 'electrical.motor-rewinding', 'electrical.lighting-assembly', 'electrical.battery-assembly', 'assembly.electromechanical-assembly', 'stamping.progressive-die', 'painting.powder-coating'],
    materials: ['copper-wire', 'copper', 'electrical-steel', 'steel', 'aluminum', 'plastics'],
    industries: ['electronics', 'appliances', 'energy', 'lighting', 'hvac', 'automotive'],
    listRate: 0.65,
  },
  '336': {
    processes: [
      'stamping.progressive-die', 'stamping.transfer-die', 'welding.robotic-welding', 'welding.spot-welding', 'machining.cnc-machining', 'plastics.injection-molding',
      'wire-harness.automotive-harness', 'textiles.seat-covers', 'painting.e-coating', 'assembly.final-assembly', 'assembly.sub-assembly', 'inspection.ppap', 'casting.die-casting', 'assembly.mechanical-assembly',
    ],
    materials: ['steel', 'aluminum', 'galvanized-steel', 'polypropylene', 'nylon', 'abs', 'copper-wire', 'rubber', 'foam', 'polyester-fabric'],
    industries: ['automotive', 'heavy-truck', 'electric-vehicles'],
    listRate: 0.75,
  },
  '3364': {
    processes: ['machining.cnc-machining', 'machining.cnc-milling', 'sheet-metal.press-brake-bending', 'finishing.anodizing', 'finishing.passivation', 'inspection.ndt', 'inspection.first-article', 'wire-harness.cable-assembly', 'composites.carbon-fiber-layup'],
    materials: ['aluminum-7075', 'aluminum-2024', 'titanium', 'nickel-alloys', 'stainless-17-4', 'carbon-fiber'],
    industries: ['aerospace', 'defense'],
    listRate: 0.8,
  },
  '3365': { processes: ['welding.mig-welding', 'fabrication.weldment-fabrication', 'assembly.final-assembly'], materials: ['steel'], industries: ['rail'], listRate: 0.6 },
  '3366': { processes: ['welding.mig-welding', 'composites.fiberglass-layup', 'assembly.final-assembly'], materials: ['steel', 'fiberglass', 'aluminum'], industries: ['marine'], listRate: 0.6 },
  '337': { processes: ['woodworking.furniture', 'woodworking.upholstery', 'woodworking.cnc-routing', 'painting.powder-coating', 'welding.mig-welding'], materials: ['wood', 'steel', 'foam', 'polyester-fabric'], industries: ['furniture-fixtures', 'consumer-goods'], listRate: 0.55 },
  '339': { processes: ['plastics.injection-molding', 'marking.screen-printing', 'marking.pad-printing', 'assembly.final-assembly'], materials: ['plastics', 'steel'], industries: ['consumer-goods', 'toys', 'sporting-goods'], listRate: 0.5 },
  '3391': {
    processes: ['plastics.injection-molding', 'machining.cnc-machining', 'packaging.contract-packaging', 'marking.laser-marking', 'assembly.final-assembly', 'plastics.plastic-extrusion'],
    materials: ['stainless-316', 'titanium', 'polycarbonate', 'silicone', 'pvc'],
    industries: ['medical-devices'],
    listRate: 0.7,
  },
};

const FALLBACK: CapabilityProfile = { processes: [], materials: [], industries: [], listRate: 0.3 };

export function capabilityProfile(scianCode: string): CapabilityProfile {
  for (let length = 4; length >= 3; length--) {
    const found = CAPABILITY_PROFILES[scianCode.slice(0, length)];
    if (found) return found;
  }
  return FALLBACK;
}
