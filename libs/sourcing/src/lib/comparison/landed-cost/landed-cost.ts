import { catalogGeography } from './catalog-geography';
import { customsCharges } from './customs-charges';
import { add, divide, exact, integer, multiply, perUnitString, totalString } from './exact-decimal';
import type { Exact } from './exact-decimal';
import { freightLegs } from './freight-legs';
import { describeAssumptions } from './landed-cost-assumptions';
import { checkLandedCostInput } from './landed-cost-input-check';
import { LandedCostError } from './landed-cost.error';
import type { LandedCostBreakdown, LandedCostGeography, LandedCostInput, LandedCostWarning } from './landed-cost.types';
import { classifyNamedPlace } from './named-place';
import { planRoute } from './route';

const SEA_TERMS: ReadonlySet<string> = new Set(['FAS', 'FOB', 'CFR', 'CIF']);

/**
 * What one quote x line x quantity break costs delivered to the RFQ's ZIP, in USD, with every input and
 * assumption in the result. Pure apart from the geography, which is injected (the catalog's by default).
 * Throws LandedCostError for an input it cannot compute from (an MXN quote without a rate, above all).
 */
export function landedCost(input: LandedCostInput, geography: LandedCostGeography = catalogGeography): LandedCostBreakdown {
  checkLandedCostInput(input);
  const { quantity, settings } = input;
  const units = integer(quantity);
  const warnings: LandedCostWarning[] = [];

  const toUsd = (amount: Exact): Exact =>
    input.currency === 'USD' || !input.fxRate ? amount : divide(amount, exact(input.fxRate.mxnPerUsd));
  const fxRate = input.currency === 'USD' ? null : input.fxRate;
  if (fxRate?.note) warnings.push({ code: 'fx_rate_earlier_date', message: fxRate.note });
  const unitUsd = toUsd(exact(input.unitPrice));

  // Where the place is decides the legs; the route goes through the port a border place names.
  const ports = geography.landPorts();
  const probe = geography.estimateTransit({ origin: input.plant, destinationZip: input.deliveryZip });
  const place = classifyNamedPlace(input.place, input.plant.name, probe?.destination ?? null, ports);
  const route = planRoute(geography, input.plant, input.deliveryZip, place.port?.code ?? null);
  if (SEA_TERMS.has(input.incoterm)) {
    warnings.push({
      code: 'sea_incoterm',
      message: `${input.incoterm} is a sea and inland waterway rule; for a truck it is read as FCA at the named place (${input.place})`,
    });
  }
  if (place.assumed) {
    warnings.push({ code: 'place_assumed_plant', message: `"${input.place}" is neither a border place nor the delivery city: read as the plant` });
  }
  if (!route) {
    if (place.kind !== 'buyer') {
      throw new LandedCostError('invalid_input', 'deliveryZip', `deliveryZip ${input.deliveryZip} is not a known US ZIP: no route to cost`);
    }
    warnings.push({ code: 'route_unknown', message: `no route to ZIP ${input.deliveryZip}: transit days unknown` });
  }

  const trucks = input.unitsPerTruckload ? Math.ceil(quantity / input.unitsPerTruckload) : 1;
  const freight = freightLegs(place.kind, route, input.plant.name, trucks, quantity, settings);

  const usmcaApplies = input.usmcaCriterion !== 'not_originating' && input.canCertify;
  const customs = customsCharges({ unitUsd, quantity, hsCode: input.hsCode, usmcaApplies, paidBySeller: input.incoterm === 'DDP', settings });
  if (!customs.chapterKnown) {
    warnings.push({
      code: 'unknown_hs_chapter',
      message: `chapter ${customs.duty.chapter} is not in the duty table: the default ${settings.dutyRates.defaultPercent} % is used`,
    });
  }

  const toolingUsd = toUsd(exact(input.toolingTotal));
  const spreadOver = input.annualVolume ?? quantity;
  const toolingPerUnit = divide(toolingUsd, integer(spreadOver));

  const perUnit = add(unitUsd, freight.perUnit, customs.appliedPerUnit, toolingPerUnit);
  const withoutUsmcaPerUnit = add(unitUsd, freight.perUnit, customs.withoutUsmcaPerUnit, toolingPerUnit);
  const leadTimeDays = (input.leadTime.firstArticlesDays ?? 0) + input.leadTime.productionDays;

  const breakdown: Omit<LandedCostBreakdown, 'assumptions'> = {
    quantity,
    unitPrice: { quoted: input.unitPrice, currency: input.currency, usd: perUnitString(unitUsd), fxRate },
    freight: {
      incoterm: input.incoterm,
      place: input.place,
      placeKind: place.kind,
      port: route ? { code: route.via.port.code, name: route.via.port.name, usState: route.via.port.usState } : null,
      destination: route ? { zip: route.destination.zip, city: route.destination.city, state: route.destination.state } : null,
      trucks,
      unitsPerTruck: input.unitsPerTruckload ?? quantity,
      truckBasis: input.unitsPerTruckload ? 'units_per_truckload' : 'one_truck_per_order',
      legs: freight.legs,
      perUnit: perUnitString(freight.perUnit),
      total: totalString(freight.total),
    },
    duty: customs.duty,
    mpf: customs.mpf,
    tooling: {
      quoted: input.toolingTotal,
      currency: input.currency,
      usd: totalString(toolingUsd),
      spreadOver,
      spreadBasis: input.annualVolume ? 'annual_volume' : 'order_quantity',
      perUnit: perUnitString(toolingPerUnit),
    },
    total: {
      perUnit: perUnitString(perUnit),
      forQuantity: totalString(multiply(perUnit, units)),
      withoutUsmcaPerUnit: perUnitString(withoutUsmcaPerUnit),
      withoutUsmcaForQuantity: totalString(multiply(withoutUsmcaPerUnit, units)),
    },
    transit: {
      low: route?.lowDays ?? null,
      high: route?.highDays ?? null,
      totalKm: route?.via.totalKm ?? null,
    },
    daysToDelivery: {
      leadTimeDays,
      low: route ? leadTimeDays + route.lowDays : null,
      high: route ? leadTimeDays + route.highDays : null,
    },
    warnings,
  };
  return { ...breakdown, assumptions: describeAssumptions(input, breakdown, place, route) };
}
