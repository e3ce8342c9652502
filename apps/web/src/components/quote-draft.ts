import type { Currency, Incoterm, QuoteBody, QuoteDeclineReason, QuoteRevision, ToolingOwner, UsmcaOriginCriterion } from '../api/quote-types';
import { isAmount, isPositive, normalizeAmount } from './quote-money';

// The quote form's state, how it starts (blank from the RFQ, or from the revision being revised), what it sends
// (PUT /rfqs/{rfqId}/quote), and the checks made before sending so an empty price is named under its cell at once.

export type NumberField = number | '';

export interface BreakDraft {
  quantity: number;
  /** As typed; sent normalized ("1,250.5" → "1250.5"). */
  unitPrice: string;
  declined: boolean;
  declineReason: QuoteDeclineReason | null;
}

export interface LineDraft {
  rfqLineId: string;
  /** The whole line not quoted: its breaks' prices are not sent. */
  declined: boolean;
  declineReason: QuoteDeclineReason | null;
  minimumOrder: NumberField;
  breaks: BreakDraft[];
}

export interface ToolingDraft {
  /** React's key. */
  key: string;
  description: string;
  cost: string;
  rfqLineIds: string[];
  owner: ToolingOwner;
}

export interface QuoteDocument {
  id: string;
  fileName: string;
  sizeBytes: number;
}

export interface QuoteDraft {
  currency: Currency;
  lines: LineDraft[];
  tooling: ToolingDraft[];
  firstArticlesDays: NumberField;
  productionDays: NumberField;
  /** YYYY-MM-DD */
  validUntil: string;
  incoterm: Incoterm;
  place: string;
  plantId: string | null;
  hsCode: string;
  usmcaCriterion: UsmcaOriginCriterion | null;
  canCertify: boolean;
  notes: string;
  /** The quote documents this revision carries (uploaded now or carried over from the revision revised). */
  documents: QuoteDocument[];
}

export type QuoteDraftChange = (patch: Partial<QuoteDraft>) => void;

/** What the form needs of the RFQ: its lines and breaks, its currency, HS code and deadline. */
export interface RfqForQuote {
  currency: Currency;
  hsCode: string | null;
  quoteDeadline: string | null;
  lines: ReadonlyArray<{ id: string; quantities: number[] }>;
}

/** What the form needs of one of the supplier's plants. */
export interface PlantChoice {
  id: string;
  name: string;
  municipality: string | null;
  /** The state's name ("Nuevo León"). */
  state: string;
}

let toolingKeys = 0;
export const emptyTooling = (rfqLineIds: string[]): ToolingDraft => ({ key: `tooling-${++toolingKeys}`, description: '', cost: '', rfqLineIds, owner: 'buyer' });

/** "Apodaca, Nuevo León": the named place a plant ships from, for FCA. */
export const plantPlace = (plant: PlantChoice): string => [plant.municipality, plant.state].filter(Boolean).join(', ');

/** The day `days` after an instant, YYYY-MM-DD (UTC calendar: a validity date, not a moment). */
const dayAfter = (from: number, days: number) => new Date(from + days * 86_400_000).toISOString().slice(0, 10);

/** Prices held 30 days past the deadline, unless the supplier says otherwise. */
export const DEFAULT_VALIDITY_DAYS = 30;

/** A first quote: every line and break of the RFQ blank, the RFQ's currency and HS code, FCA from the first plant. */
export function emptyQuoteDraft(rfq: RfqForQuote, plants: readonly PlantChoice[], now = Date.now()): QuoteDraft {
  const plant = plants[0] ?? null;
  const deadline = rfq.quoteDeadline ? Date.parse(rfq.quoteDeadline) : now;
  return {
    currency: rfq.currency,
    lines: rfq.lines.map((line) => ({
      rfqLineId: line.id,
      declined: false,
      declineReason: null,
      minimumOrder: '',
      breaks: line.quantities.map((quantity) => ({ quantity, unitPrice: '', declined: false, declineReason: null })),
    })),
    tooling: [],
    firstArticlesDays: '',
    productionDays: '',
    validUntil: dayAfter(Math.max(deadline, now), DEFAULT_VALIDITY_DAYS),
    incoterm: 'FCA',
    place: plant ? plantPlace(plant) : '',
    plantId: plant?.id ?? null,
    hsCode: (rfq.hsCode ?? '').replace(/\D/g, '').slice(0, 6),
    usmcaCriterion: null,
    canCertify: false,
    notes: '',
    documents: [],
  };
}

/**
 * A revision: the revision revised, laid over the RFQ as it reads now. Lines and breaks are matched by the RFQ
 * line and the quantity, so a break the buyer added since starts blank and one it removed is dropped.
 */
export function quoteDraftFrom(rfq: RfqForQuote, plants: readonly PlantChoice[], revision: QuoteRevision): QuoteDraft {
  const blank = emptyQuoteDraft(rfq, plants);
  const plantId = revision.delivery.plant?.id ?? null;
  return {
    ...blank,
    currency: revision.currency,
    lines: blank.lines.map((line) => {
      const quoted = revision.lines.find((candidate) => candidate.rfqLineId === line.rfqLineId);
      if (!quoted) return line;
      return {
        ...line,
        declined: quoted.declineReason !== null,
        declineReason: quoted.declineReason,
        minimumOrder: quoted.minimumOrder ?? '',
        breaks: line.breaks.map((step) => {
          const was = quoted.breaks.find((candidate) => candidate.quantity === step.quantity);
          if (!was || quoted.declineReason !== null) return step;
          return { ...step, unitPrice: was.unitPrice ?? '', declined: was.declineReason !== null, declineReason: was.declineReason };
        }),
      };
    }),
    tooling: revision.tooling.map((tool) => ({ ...emptyTooling(tool.rfqLineIds), description: tool.description, cost: tool.cost, owner: tool.owner })),
    firstArticlesDays: revision.leadTime.firstArticlesDays ?? '',
    productionDays: revision.leadTime.productionDays,
    validUntil: revision.validUntil,
    incoterm: revision.delivery.incoterm,
    place: revision.delivery.place,
    plantId: plantId && plants.some((plant) => plant.id === plantId) ? plantId : blank.plantId,
    hsCode: revision.origin.hsCode,
    usmcaCriterion: revision.origin.usmcaCriterion,
    canCertify: revision.origin.canCertify,
    notes: revision.notes ?? '',
    documents: revision.attachments.map(({ id, fileName, sizeBytes }) => ({ id, fileName, sizeBytes })),
  };
}

/** The PUT body: the draft as `QuoteContent` plus the revision it revises (0 for a first quote). */
export function quoteBodyFrom(draft: QuoteDraft, revises: number): QuoteBody {
  const numberOrNull = (value: NumberField) => (value === '' ? null : value);
  return {
    revises,
    currency: draft.currency,
    lines: draft.lines.map((line) => ({
      rfqLineId: line.rfqLineId,
      declineReason: line.declined ? line.declineReason : null,
      minimumOrder: line.declined ? null : numberOrNull(line.minimumOrder),
      breaks: line.breaks.map((step) => {
        const declined = line.declined || step.declined;
        return { quantity: step.quantity, unitPrice: declined ? null : normalizeAmount(step.unitPrice), declineReason: !line.declined && step.declined ? step.declineReason : null };
      }),
    })),
    tooling: draft.tooling.map((tool) => ({ description: tool.description.trim(), cost: normalizeAmount(tool.cost), rfqLineIds: tool.rfqLineIds, owner: tool.owner })),
    leadTime: { firstArticlesDays: numberOrNull(draft.firstArticlesDays), productionDays: draft.productionDays === '' ? 0 : draft.productionDays },
    validUntil: draft.validUntil,
    delivery: { incoterm: draft.incoterm, place: draft.place.trim(), plantId: draft.plantId ?? '' },
    origin: { hsCode: draft.hsCode, usmcaCriterion: draft.usmcaCriterion ?? 'not_originating', canCertify: draft.usmcaCriterion !== 'not_originating' && draft.canCertify },
    notes: draft.notes.trim() || null,
    attachmentIds: draft.documents.map((document) => document.id),
  };
}

/** What the form checks before sending: a field path as the API spells it, and the API's issue for it. */
export interface DraftProblem {
  field: string;
  issue: 'required' | 'invalid_decimal' | 'not_positive' | 'format';
}

/**
 * The gaps the API would refuse anyway, found without a round trip: prices missing or not amounts, a decline
 * without its reason, tooling half filled, lead time, validity, plant, place, HS code and origin criterion.
 */
export function draftProblems(draft: QuoteDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const need = (field: string, ok: boolean) => ok || problems.push({ field, issue: 'required' });
  draft.lines.forEach((line, index) => {
    if (line.declined) return void need(`lines[${index}].declineReason`, line.declineReason !== null);
    line.breaks.forEach((step, position) => {
      const at = `lines[${index}].breaks[${position}]`;
      if (step.declined) return void need(`${at}.declineReason`, step.declineReason !== null);
      const price = normalizeAmount(step.unitPrice);
      if (price === '') problems.push({ field: `${at}.unitPrice`, issue: 'required' });
      else if (!isAmount(price)) problems.push({ field: `${at}.unitPrice`, issue: 'invalid_decimal' });
      else if (!isPositive(price)) problems.push({ field: `${at}.unitPrice`, issue: 'not_positive' });
    });
  });
  draft.tooling.forEach((tool, index) => {
    need(`tooling[${index}].description`, tool.description.trim() !== '');
    const cost = normalizeAmount(tool.cost);
    if (cost === '') problems.push({ field: `tooling[${index}].cost`, issue: 'required' });
    else if (!isAmount(cost)) problems.push({ field: `tooling[${index}].cost`, issue: 'invalid_decimal' });
    need(`tooling[${index}].rfqLineIds`, tool.rfqLineIds.length > 0);
  });
  need('leadTime.productionDays', draft.productionDays !== '');
  need('validUntil', draft.validUntil !== '');
  need('delivery.plantId', draft.plantId !== null);
  need('delivery.place', draft.place.trim() !== '');
  if (!/^\d{6}$/.test(draft.hsCode)) problems.push({ field: 'origin.hsCode', issue: draft.hsCode === '' ? 'required' : 'format' });
  need('origin.usmcaCriterion', draft.usmcaCriterion !== null);
  return problems;
}

/** "lines[0].breaks[2].unitPrice" and "lines.0.breaks.2.unitPrice" (both spellings reach the web app) as one. */
export const fieldPath = (field: string): string => field.replace(/\[(\d+)\]/g, '.$1');
