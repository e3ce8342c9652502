import { divide, exact, integer, multiply, oneDecimalNumber, perUnitString, totalString, ZERO, add } from './exact-decimal';
import type { Exact } from './exact-decimal';
import type { FreightLeg, FreightLegKind, LandedCostSettings, NamedPlaceKind } from './landed-cost.types';
import type { Route } from './route';

/**
 * Which legs the quoted price already covers, by where the named place is. Every Incoterm makes the seller
 * bear the cost of getting the goods to its named place (FCA/EXW by delivering there, C and D terms by
 * paying the carriage to it) and the buyer everything after, so freight depends on the place, not the
 * letters: a US border place means the truck has crossed, a Mexican border city that it has not.
 */
const INCLUDED: Readonly<Record<NamedPlaceKind, ReadonlySet<FreightLegKind>>> = {
  plant: new Set(),
  mexican_border: new Set(['mexico']),
  us_border: new Set(['mexico', 'crossing']),
  buyer: new Set(['mexico', 'crossing', 'us']),
};

export interface FreightResult {
  legs: FreightLeg[];
  /** Exact, for the quantity. */
  total: Exact;
  perUnit: Exact;
}

export function freightLegs(
  placeKind: NamedPlaceKind,
  route: Route | null,
  plantName: string,
  trucks: number,
  quantity: number,
  settings: LandedCostSettings,
): FreightResult {
  const included = INCLUDED[placeKind];
  const port = route ? `${route.via.port.name} (${route.via.port.code})` : 'the border';
  const destination = route ? `${route.destination.zip} ${route.destination.city}, ${route.destination.state}` : 'the delivery ZIP';
  const specs: { kind: FreightLegKind; description: string; km: number | null; rate: string | null; perTruck: Exact }[] = [
    legByKm('mexico', `${plantName} -> ${port}`, route?.via.kmMexico ?? null, settings.mexicoCostPerKm.value),
    { kind: 'crossing', description: `Crossing at ${port}`, km: null, rate: null, perTruck: exact(settings.crossingPerTruck.value) },
    legByKm('us', `${port} -> ${destination}`, route?.via.kmUs ?? null, settings.usCostPerKm.value),
  ];
  const legs = specs.map((spec) => {
    const includedInIncoterm = included.has(spec.kind);
    const perTruck = includedInIncoterm ? ZERO : spec.perTruck;
    const total = multiply(perTruck, integer(trucks));
    const leg: FreightLeg = {
      kind: spec.kind,
      description: spec.description,
      includedInIncoterm,
      km: spec.km,
      ratePerKm: spec.rate,
      perTruck: totalString(perTruck),
      perUnit: perUnitString(divide(total, integer(quantity))),
      total: totalString(total),
    };
    return { leg, total };
  });
  const total = add(...legs.map((l) => l.total));
  return { legs: legs.map((l) => l.leg), total, perUnit: divide(total, integer(quantity)) };
}

function legByKm(kind: FreightLegKind, description: string, km: number | null, rate: string) {
  return { kind, description, km, rate, perTruck: km === null ? ZERO : multiply(oneDecimalNumber(km), exact(rate)) };
}
