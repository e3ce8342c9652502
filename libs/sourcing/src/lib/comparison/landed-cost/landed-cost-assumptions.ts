import type { LandedCostAssumption, LandedCostBreakdown, LandedCostInput } from './landed-cost.types';
import type { NamedPlace } from './named-place';
import { TRANSIT_BAND } from './route';
import type { Route } from './route';

/** Every number the breakdown rests on, with where it comes from: nothing hidden in a constant. */
export function describeAssumptions(
  input: LandedCostInput,
  b: Omit<LandedCostBreakdown, 'assumptions'>,
  place: NamedPlace,
  route: Route | null,
): LandedCostAssumption[] {
  const { settings } = input;
  const list: LandedCostAssumption[] = [];
  const add = (key: string, value: string, source: string) => list.push({ key, value, source });

  if (b.unitPrice.fxRate) {
    const fx = b.unitPrice.fxRate;
    add('fxRate', `${fx.mxnPerUsd} MXN per USD on ${fx.date}`, fx.note ? `${fx.source}; ${fx.note}` : fx.source);
  } else {
    add('fxRate', 'none', 'the quote is in USD');
  }
  add('unitPrice', `${b.unitPrice.quoted} ${b.unitPrice.currency} = ${b.unitPrice.usd} USD per unit`, 'the quote');
  add('namedPlace', `${input.incoterm} ${input.place}: ${place.kind}`, `matched by ${place.matchedBy}`);
  add(
    'freightByPlace',
    b.freight.legs.filter((l) => !l.includedInIncoterm).map((l) => l.kind).join(', ') || 'none',
    'legs after the named place are the buyer\'s under every Incoterm; a US border place means the truck has crossed (the US entry is inside the crossing allowance, not split out)',
  );
  if (route) {
    add('landPort', `${route.via.port.name} (${route.via.port.code})`, place.port ? 'named by the place' : 'the shortest road from the plant to the ZIP among the catalog\'s land ports');
    add(
      'roadDistance',
      `${route.via.kmMexico} km in Mexico + ${route.via.kmUs} km in the US`,
      `great-circle distance x road factor ${route.assumptions.roadFactor} (catalog transit estimator, DOMAIN.md: verify 1.2-1.3)`,
    );
  }
  add('mexicoCostPerKm', `${settings.mexicoCostPerKm.value} USD per truck-km`, settings.mexicoCostPerKm.source);
  add('crossingPerTruck', `${settings.crossingPerTruck.value} USD per truck`, settings.crossingPerTruck.source);
  add('usCostPerKm', `${settings.usCostPerKm.value} USD per truck-km`, settings.usCostPerKm.source);
  add(
    'trucks',
    `${b.freight.trucks} truck(s) of ${b.freight.unitsPerTruck} units`,
    b.freight.truckBasis === 'units_per_truckload'
      ? "the RFQ line's units per truckload, rounded up to whole trucks"
      : 'the RFQ line gives no units per truckload: one truck per order is assumed',
  );
  add('customsValue', `${b.duty.customsValue} USD`, 'unit price in USD x quantity; freight and tooling excluded (tooling the buyer pays for may be a dutiable assist: ask your broker)');
  add(
    'usmca',
    b.duty.usmcaApplies ? `applies (criterion ${input.usmcaCriterion}, can certify)` : 'does not apply',
    b.duty.usmcaApplies ? 'the quote claims an origin criterion and can certify' : `the quote says criterion ${input.usmcaCriterion}, can certify: ${input.canCertify ? 'yes' : 'no'}`,
  );
  add('dutyRate', `${b.duty.withoutUsmca.ratePercent} % general rate for HS chapter ${b.duty.chapter}`, `${settings.dutyRates.label}; ${settings.dutyRates.source}`);
  add('additionalDuties', 'not included', 'Section 232/301 and other additional duties depend on the 10-digit line and the day: not estimated');
  if (input.incoterm === 'DDP') add('dutyPaidBy', 'the seller', 'DDP: the seller pays import duty and fees');
  add(
    'mpf',
    `${settings.mpf.ratePercent} %, min ${settings.mpf.minimum}, max ${settings.mpf.maximum} USD per entry (${settings.mpf.fiscalYear})`,
    settings.mpf.source,
  );
  add('mpfEntries', '1 formal entry per order', 'assumed: the order crosses as one entry (a split shipment pays per entry)');
  add('mpfUsmca', 'exempt under USMCA', '19 U.S.C. 58c(b)(10): originating goods of Mexico pay no MPF; verify with your broker');
  add(
    'toolingSpread',
    `${b.tooling.usd} USD over ${b.tooling.spreadOver} units`,
    b.tooling.spreadBasis === 'annual_volume' ? "the RFQ's annual volume" : "the RFQ has no annual volume: this break's order quantity",
  );
  add('leadTime', `${b.daysToDelivery.leadTimeDays} days`, 'first articles (when any) + production, as quoted; the buyer\'s approval of first articles is not counted');
  add(
    'transitBand',
    route ? `${route.lowDays}-${route.highDays} days` : 'unknown',
    `catalog estimator at ${route?.assumptions.kmPerDay ?? 'default'} km per day, low: road factor ${TRANSIT_BAND.low.roadFactor} + ${TRANSIT_BAND.low.crossingDays} crossing day, high: road factor ${TRANSIT_BAND.high.roadFactor} + ${TRANSIT_BAND.high.crossingDays} crossing day, rounded up to whole days`,
  );
  add('daysToDelivery', 'lead time + transit days', 'the first production shipment at the buyer\'s dock');
  add('rounding', '4 places per unit, 2 for totals, half up', 'exact arithmetic throughout; each figure rounded once, so shown parts may differ from the total by a rounding unit');
  return list;
}
