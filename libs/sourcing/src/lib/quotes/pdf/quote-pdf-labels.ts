// Every word the quote summary prints, in English and Spanish (Mexico). Values come formatted by the caller.
import type { Currency, Language } from '@puente/platform';
import type { QuoteDeclineReason, QuoteState, RfqUnit, ToolingOwner, UsmcaOriginCriterion } from '../../rfq-vocabulary';

export interface QuotePdfLabels {
  /** The Intl locale numbers, money and dates are written in. */
  locale: 'en-US' | 'es-MX';
  documentTitle: string;
  rfq: string;
  buyer: string;
  supplier: string;
  quote: string;
  revision: string;
  revisionValue: (revision: number, when: string) => string;
  answers: string;
  answersValue: (answered: number, current: number) => string;
  currency: string;
  currencies: Record<Currency, string>;
  state: string;
  states: Record<QuoteState, string>;
  withdrawnBanner: (when: string) => string;
  lines: string;
  line: (position: number, partName: string | null) => string;
  lineDeclined: (reason: string) => string;
  minimumOrder: string;
  noMinimum: string;
  quantity: string;
  unitPrice: string;
  extendedPrice: string;
  remark: string;
  breakDeclined: (reason: string) => string;
  declineReasons: Record<QuoteDeclineReason, string>;
  units: Record<RfqUnit, string>;
  tooling: string;
  noTooling: string;
  description: string;
  forLines: string;
  owner: string;
  owners: Record<ToolingOwner, string>;
  cost: string;
  toolingTotal: string;
  terms: string;
  leadTime: string;
  leadTimeValue: (firstArticlesDays: number | null, productionDays: number) => string;
  validUntil: string;
  delivery: string;
  shipsFrom: string;
  noPlant: string;
  origin: string;
  hsCode: string;
  usmcaCriterion: string;
  usmcaCriteria: Record<UsmcaOriginCriterion, string>;
  canCertify: string;
  yes: string;
  no: string;
  notes: string;
  attachments: string;
  none: string;
  totals: string;
  totalsNote: (currency: string) => string;
  breakColumn: string;
  breakNumber: (index: number) => string;
  quantities: string;
  linesSubtotal: string;
  orderTotal: string;
  lineShort: (position: number) => string;
  notQuoted: string;
  footer: (shortId: string, revision: number) => string;
  pageOf: (page: number, pages: number) => string;
}

const en: QuotePdfLabels = {
  locale: 'en-US',
  documentTitle: 'Quote summary',
  rfq: 'Request for quote',
  buyer: 'Buyer',
  supplier: 'Supplier',
  quote: 'Quote',
  revision: 'Revision',
  revisionValue: (revision, when) => `${revision}, submitted ${when}`,
  answers: 'Answers',
  answersValue: (answered, current) =>
    answered < current ? `RFQ version ${answered} (the RFQ has since been amended: version ${current})` : `RFQ version ${answered}`,
  currency: 'Currency',
  currencies: { USD: 'US dollars (USD)', MXN: 'Mexican pesos (MXN)' },
  state: 'State',
  states: { active: 'Active', withdrawn: 'Withdrawn' },
  withdrawnBanner: (when) => `WITHDRAWN on ${when}: this quote no longer stands.`,
  lines: 'Prices by line',
  line: (position, partName) => (partName ? `Line ${position}: ${partName}` : `Line ${position}`),
  lineDeclined: (reason) => `Line not quoted: ${reason}`,
  minimumOrder: 'Minimum order',
  noMinimum: 'None',
  quantity: 'Quantity',
  unitPrice: 'Unit price',
  extendedPrice: 'Extended price',
  remark: 'Remark',
  breakDeclined: (reason) => `Declined: ${reason}`,
  declineReasons: {
    quantity_too_low: 'quantity too low',
    quantity_too_high: 'quantity too high',
    not_our_process: 'not our process',
    no_capacity: 'no capacity',
    other: 'other reason',
  },
  units: { pcs: 'pcs', sets: 'sets', kg: 'kg', lb: 'lb', m: 'm', ft: 'ft', m2: 'm²', l: 'L' },
  tooling: 'Tooling',
  noTooling: 'No tooling quoted.',
  description: 'Description',
  forLines: 'For lines',
  owner: 'Owner',
  owners: { buyer: 'Buyer', supplier: 'Supplier' },
  cost: 'Cost',
  toolingTotal: 'Tooling total',
  terms: 'Terms',
  leadTime: 'Lead time',
  leadTimeValue: (firstArticles, production) =>
    firstArticles === null ? `production ${production} days` : `first articles ${firstArticles} days; production ${production} days`,
  validUntil: 'Prices valid until',
  delivery: 'Delivery (Incoterms® 2020)',
  shipsFrom: 'Ships from',
  noPlant: 'Plant no longer listed',
  origin: 'Origin',
  hsCode: 'HS code',
  usmcaCriterion: 'USMCA origin criterion',
  usmcaCriteria: {
    A: 'A: wholly obtained or produced',
    B: 'B: meets the product-specific rule of origin',
    C: 'C: produced exclusively from originating materials',
    D: 'D: certain non-qualifying cases (Art. 4.2(d))',
    not_originating: 'Not originating (no preference claimed)',
  },
  canCertify: 'Can certify origin',
  yes: 'Yes',
  no: 'No',
  notes: 'Notes',
  attachments: 'Attached documents',
  none: 'None',
  totals: 'Order totals by quantity break',
  totalsNote: (currency) =>
    `For each quantity break (the first break of every line, then the second...), the extended prices of the lines quoted at that break plus the tooling total, in ${currency}. Lines not quoted at a break are left out of its total.`,
  breakColumn: 'Break',
  breakNumber: (index) => `#${index}`,
  quantities: 'Quantities',
  linesSubtotal: 'Lines',
  orderTotal: 'Order total',
  lineShort: (position) => `L${position}`,
  notQuoted: 'not quoted',
  footer: (shortId, revision) => `Puente · Quote summary · ${shortId} r${revision}`,
  pageOf: (page, pages) => `${page} / ${pages}`,
};

const es: QuotePdfLabels = {
  locale: 'es-MX',
  documentTitle: 'Resumen de cotización',
  rfq: 'Solicitud de cotización',
  buyer: 'Comprador',
  supplier: 'Proveedor',
  quote: 'Cotización',
  revision: 'Revisión',
  revisionValue: (revision, when) => `${revision}, enviada el ${when}`,
  answers: 'Responde a',
  answersValue: (answered, current) =>
    answered < current
      ? `la versión ${answered} de la solicitud (la solicitud cambió después: versión ${current})`
      : `la versión ${answered} de la solicitud`,
  currency: 'Moneda',
  currencies: { USD: 'Dólares estadounidenses (USD)', MXN: 'Pesos mexicanos (MXN)' },
  state: 'Estado',
  states: { active: 'Vigente', withdrawn: 'Retirada' },
  withdrawnBanner: (when) => `RETIRADA el ${when}: esta cotización ya no está vigente.`,
  lines: 'Precios por partida',
  line: (position, partName) => (partName ? `Partida ${position}: ${partName}` : `Partida ${position}`),
  lineDeclined: (reason) => `Partida no cotizada: ${reason}`,
  minimumOrder: 'Pedido mínimo',
  noMinimum: 'Sin mínimo',
  quantity: 'Cantidad',
  unitPrice: 'Precio unitario',
  extendedPrice: 'Importe',
  remark: 'Observación',
  breakDeclined: (reason) => `No cotizado: ${reason}`,
  declineReasons: {
    quantity_too_low: 'cantidad demasiado baja',
    quantity_too_high: 'cantidad demasiado alta',
    not_our_process: 'no es nuestro proceso',
    no_capacity: 'sin capacidad',
    other: 'otro motivo',
  },
  units: { pcs: 'pzas', sets: 'juegos', kg: 'kg', lb: 'lb', m: 'm', ft: 'pies', m2: 'm²', l: 'L' },
  tooling: 'Herramentales',
  noTooling: 'Sin herramentales cotizados.',
  description: 'Descripción',
  forLines: 'Para partidas',
  owner: 'Propietario',
  owners: { buyer: 'Comprador', supplier: 'Proveedor' },
  cost: 'Costo',
  toolingTotal: 'Total de herramentales',
  terms: 'Condiciones',
  leadTime: 'Tiempo de entrega',
  leadTimeValue: (firstArticles, production) =>
    firstArticles === null
      ? `producción ${production} días`
      : `primeras piezas ${firstArticles} días; producción ${production} días`,
  validUntil: 'Precios válidos hasta',
  delivery: 'Entrega (Incoterms® 2020)',
  shipsFrom: 'Embarca desde',
  noPlant: 'Planta ya no registrada',
  origin: 'Origen',
  hsCode: 'Fracción arancelaria (SA)',
  usmcaCriterion: 'Criterio de origen T-MEC',
  usmcaCriteria: {
    A: 'A: obtenido en su totalidad o producido enteramente',
    B: 'B: cumple la regla de origen específica',
    C: 'C: producido exclusivamente a partir de materiales originarios',
    D: 'D: casos especiales no calificados (art. 4.2(d))',
    not_originating: 'No originario (sin trato preferencial)',
  },
  canCertify: 'Puede certificar el origen',
  yes: 'Sí',
  no: 'No',
  notes: 'Notas',
  attachments: 'Documentos adjuntos',
  none: 'Ninguno',
  totals: 'Totales del pedido por volumen',
  totalsNote: (currency) =>
    `Para cada volumen (el primero de cada partida, luego el segundo...), los importes de las partidas cotizadas en ese volumen más el total de herramentales, en ${currency}. Las partidas no cotizadas en un volumen quedan fuera de su total.`,
  breakColumn: 'Volumen',
  breakNumber: (index) => `#${index}`,
  quantities: 'Cantidades',
  linesSubtotal: 'Partidas',
  orderTotal: 'Total del pedido',
  lineShort: (position) => `P${position}`,
  notQuoted: 'no cotizada',
  footer: (shortId, revision) => `Puente · Resumen de cotización · ${shortId} r${revision}`,
  pageOf: (page, pages) => `${page} / ${pages}`,
};

export const QUOTE_PDF_LABELS: Record<Language, QuotePdfLabels> = { en, es };
