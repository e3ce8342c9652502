import { ASSUMPTION_TEXTS, fillAssumptionText, type LandedCostAssumptionCode } from './landed-cost-assumption-texts';
import { dutyRateSource } from './landed-cost-settings-from';
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
  const add = (key: string, code: LandedCostAssumptionCode, params: Record<string, string | number> = {}) => {
    const text = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)]));
    const template = ASSUMPTION_TEXTS[code];
    list.push({ key, value: fillAssumptionText(template.value, text), source: fillAssumptionText(template.source, text), code, params: text });
  };

  if (b.unitPrice.fxRate) {
    const fx = b.unitPrice.fxRate;
    const params = { rate: fx.mxnPerUsd, date: fx.date, source: fx.source };
    if (fx.note) add('fxRate', 'fx_rate_note', { ...params, note: fx.note });
    else add('fxRate', 'fx_rate', params);
  } else {
    add('fxRate', 'fx_rate_none');
  }
  add('unitPrice', 'unit_price', { quoted: b.unitPrice.quoted, currency: b.unitPrice.currency, usd: b.unitPrice.usd });
  // `matched`: how a screen words the match in its language (the English `matchedBy` names what matched).
  add('namedPlace', 'named_place', { incoterm: input.incoterm, place: input.place, kind: place.kind, matchedBy: place.matchedBy, matched: place.assumed ? 'assumed' : place.kind });
  add('freightByPlace', 'freight_by_place', { legs: b.freight.legs.filter((l) => !l.includedInIncoterm).map((l) => l.kind).join(', ') || 'none' });
  if (route) {
    const port = { port: route.via.port.name, code: route.via.port.code };
    if (place.port) add('landPort', 'land_port_named', port);
    else if (settings.crossingPorts) add('landPort', 'land_port_allowed', {
        ...port,
        codes: settings.crossingPorts.codes.join(', '),
        portsSource: settings.crossingPorts.source,
        ...(settings.crossingPorts.sourceCode ? { portsSourceCode: settings.crossingPorts.sourceCode } : {}),
      });
    else add('landPort', 'land_port_any', port);
    add('roadDistance', 'road_distance', { kmMexico: route.via.kmMexico, kmUs: route.via.kmUs, roadFactor: route.assumptions.roadFactor });
  }
  add('mexicoCostPerKm', 'mexico_cost_per_km', { ...settings.mexicoCostPerKm });
  add('crossingPerTruck', 'crossing_per_truck', { ...settings.crossingPerTruck });
  add('usCostPerKm', 'us_cost_per_km', { ...settings.usCostPerKm });
  const dutySource = dutyRateSource(settings, b.duty.chapter);
  add('trucks', b.freight.truckBasis === 'units_per_truckload' ? 'trucks_per_truckload' : 'trucks_one_per_order', { trucks: b.freight.trucks, units: b.freight.unitsPerTruck });
  add('customsValue', 'customs_value', { value: b.duty.customsValue });
  if (b.duty.usmcaApplies) add('usmca', 'usmca_applies', { criterion: input.usmcaCriterion });
  else add('usmca', 'usmca_not_applies', { criterion: input.usmcaCriterion, canCertify: input.canCertify ? 'yes' : 'no' });
  add('dutyRate', 'duty_rate', {
    percent: b.duty.withoutUsmca.ratePercent,
    chapter: b.duty.chapter,
    label: settings.dutyRates.label,
    source: dutySource,
    ...(dutySource === settings.dutyRates.source && settings.dutyRates.sourceCode ? { sourceCode: settings.dutyRates.sourceCode } : {}),
  });
  add('additionalDuties', 'additional_duties');
  if (input.incoterm === 'DDP') add('dutyPaidBy', 'duty_paid_by_seller');
  add('mpf', 'mpf', { percent: settings.mpf.ratePercent, minimum: settings.mpf.minimum, maximum: settings.mpf.maximum, fiscalYear: settings.mpf.fiscalYear, source: settings.mpf.source, ...(settings.mpf.sourceCode ? { sourceCode: settings.mpf.sourceCode } : {}) });
  add('mpfEntries', 'mpf_entries');
  add('mpfUsmca', 'mpf_usmca');
  add('toolingSpread', b.tooling.spreadBasis === 'annual_volume' ? 'tooling_annual' : 'tooling_order', { usd: b.tooling.usd, units: b.tooling.spreadOver });
  add('leadTime', 'lead_time', { days: b.daysToDelivery.leadTimeDays });
  const band = {
    kmPerDay: route?.assumptions.kmPerDay ?? 'default',
    lowFactor: TRANSIT_BAND.low.roadFactor ?? '',
    lowCrossing: TRANSIT_BAND.low.crossingDays ?? '',
    highFactor: TRANSIT_BAND.high.roadFactor ?? '',
    highCrossing: TRANSIT_BAND.high.crossingDays ?? '',
  };
  if (route) add('transitBand', 'transit_band', { ...band, low: route.lowDays, high: route.highDays });
  else add('transitBand', 'transit_band_unknown', band);
  add('daysToDelivery', 'days_to_delivery');
  add('rounding', 'rounding');
  return list;
}
