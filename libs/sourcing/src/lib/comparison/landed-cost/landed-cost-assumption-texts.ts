// The English texts of the landed-cost assumptions, by stable code: `{{name}}` stands for a param. The API and
// the CSV carry the filled English text; a screen translates `code` with `params` (the web's locale files hold
// the same codes in English and Spanish). Source texts that come from configuration or data (a rate's source,
// a configured figure's source) are params: they are shown as written.

export const ASSUMPTION_TEXTS = {
  fx_rate: { value: '{{rate}} MXN per USD on {{date}}', source: '{{source}}' },
  fx_rate_note: { value: '{{rate}} MXN per USD on {{date}}', source: '{{source}}; {{note}}' },
  fx_rate_none: { value: 'none', source: 'the quote is in USD' },
  unit_price: { value: '{{quoted}} {{currency}} = {{usd}} USD per unit', source: 'the quote' },
  named_place: { value: '{{incoterm}} {{place}}: {{kind}}', source: 'matched by {{matchedBy}}' },
  freight_by_place: {
    value: '{{legs}}',
    source: "legs after the named place are the buyer's under every Incoterm; a US border place means the truck has crossed (the US entry is inside the crossing allowance, not split out)",
  },
  land_port_named: { value: '{{port}} ({{code}})', source: 'named by the place' },
  land_port_allowed: { value: '{{port}} ({{code}})', source: 'the shortest road from the plant to the ZIP among the allowed crossings ({{codes}}; {{portsSource}})' },
  land_port_any: { value: '{{port}} ({{code}})', source: "the shortest road from the plant to the ZIP among the catalog's truck ports" },
  road_distance: {
    value: '{{kmMexico}} km in Mexico + {{kmUs}} km in the US',
    source: 'great-circle distance x road factor {{roadFactor}} (catalog transit estimator, DOMAIN.md: verify 1.2-1.3)',
  },
  mexico_cost_per_km: { value: '{{value}} USD per truck-km', source: '{{source}}' },
  crossing_per_truck: { value: '{{value}} USD per truck', source: '{{source}}' },
  us_cost_per_km: { value: '{{value}} USD per truck-km', source: '{{source}}' },
  trucks_per_truckload: { value: '{{trucks}} truck(s) of {{units}} units', source: "the RFQ line's units per truckload, rounded up to whole trucks" },
  trucks_one_per_order: { value: '{{trucks}} truck(s) of {{units}} units', source: 'the RFQ line gives no units per truckload: one truck per order is assumed' },
  customs_value: {
    value: '{{value}} USD',
    source: 'unit price in USD x quantity; freight and tooling excluded (tooling the buyer pays for may be a dutiable assist: ask your broker)',
  },
  usmca_applies: { value: 'applies (criterion {{criterion}}, can certify)', source: 'the quote claims an origin criterion and can certify' },
  usmca_not_applies: { value: 'does not apply', source: 'the quote says criterion {{criterion}}, can certify: {{canCertify}}' },
  duty_rate: { value: '{{percent}} % general rate for HS chapter {{chapter}}', source: '{{label}}; {{source}}' },
  additional_duties: { value: 'not included', source: 'Section 232/301 and other additional duties depend on the 10-digit line and the day: not estimated' },
  duty_paid_by_seller: { value: 'the seller', source: 'DDP: the seller pays import duty and fees' },
  mpf: { value: '{{percent}} %, min {{minimum}}, max {{maximum}} USD per entry ({{fiscalYear}})', source: '{{source}}' },
  mpf_entries: { value: '1 formal entry per order', source: 'assumed: the order crosses as one entry (a split shipment pays per entry)' },
  mpf_usmca: { value: 'exempt under USMCA', source: '19 U.S.C. 58c(b)(10): originating goods of Mexico pay no MPF; verify with your broker' },
  tooling_annual: { value: '{{usd}} USD over {{units}} units', source: "the RFQ's annual volume" },
  tooling_order: { value: '{{usd}} USD over {{units}} units', source: "the RFQ has no annual volume: this break's order quantity" },
  lead_time: { value: '{{days}} days', source: "first articles (when any) + production, as quoted; the buyer's approval of first articles is not counted" },
  transit_band: {
    value: '{{low}}-{{high}} days',
    source:
      'catalog estimator at {{kmPerDay}} km per day, low: road factor {{lowFactor}} + {{lowCrossing}} crossing day, high: road factor {{highFactor}} + {{highCrossing}} crossing day, rounded up to whole days',
  },
  transit_band_unknown: {
    value: 'unknown',
    source:
      'catalog estimator at {{kmPerDay}} km per day, low: road factor {{lowFactor}} + {{lowCrossing}} crossing day, high: road factor {{highFactor}} + {{highCrossing}} crossing day, rounded up to whole days',
  },
  days_to_delivery: { value: 'lead time + transit days', source: "the first production shipment at the buyer's dock" },
  rounding: {
    value: '4 places per unit, 2 for totals, half up',
    source: 'exact arithmetic throughout; each figure rounded once, so shown parts may differ from the total by a rounding unit',
  },
} as const satisfies Record<string, { value: string; source: string }>;

export type LandedCostAssumptionCode = keyof typeof ASSUMPTION_TEXTS;

/** A template with its params filled in (a missing param stays visible rather than silently empty). */
export function fillAssumptionText(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => params[name] ?? whole);
}
