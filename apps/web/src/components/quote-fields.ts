import { fieldPath } from './quote-draft';

// Where an API field path ("lines[0].breaks[2].unitPrice") lands in the quote form: the grid cell, the line, the
// tooling row or the named field, so an error shows beside its field and is listed in words, never as the path.

/** The form's own fields outside the grid and the tooling rows, by their API path (dots). */
export const QUOTE_FIELDS = [
  'currency',
  'lines',
  'tooling',
  'leadTime.firstArticlesDays',
  'leadTime.productionDays',
  'validUntil',
  'delivery.incoterm',
  'delivery.place',
  'delivery.plantId',
  'origin.hsCode',
  'origin.usmcaCriterion',
  'origin.canCertify',
  'notes',
  'attachmentIds',
  'revises',
] as const;
export type QuoteField = (typeof QUOTE_FIELDS)[number];

export type FieldPlace =
  | { kind: 'break'; line: number; position: number; part: 'unitPrice' | 'declineReason' }
  | { kind: 'line'; line: number; part: 'declineReason' | 'minimumOrder' | 'breaks' | null }
  | { kind: 'tooling'; index: number; part: 'description' | 'cost' | 'rfqLineIds' | 'owner' | null }
  | { kind: 'field'; field: QuoteField }
  | { kind: 'other' };

const LINE_PARTS = ['declineReason', 'minimumOrder', 'breaks'] as const;
const TOOLING_PARTS = ['description', 'cost', 'rfqLineIds', 'owner'] as const;
const member = <T extends string>(list: readonly T[], value: string | undefined): T | null => list.find((candidate) => candidate === value) ?? null;

/** The place of an API field path in the form; anything it cannot place is `other` (listed, not placed). */
export function placeOf(field: string): FieldPlace {
  const parts = fieldPath(field).split('.');
  const [head, second, third, fourth, fifth] = parts;
  const index = second !== undefined && /^\d+$/.test(second) ? Number(second) : null;
  if (head === 'lines' && index !== null) {
    if (third === 'breaks' && fourth !== undefined && /^\d+$/.test(fourth)) {
      // The break as a whole, its quantity or its price: the price cell; its reason: the reason beside it.
      return { kind: 'break', line: index, position: Number(fourth), part: fifth === 'declineReason' ? 'declineReason' : 'unitPrice' };
    }
    return { kind: 'line', line: index, part: member(LINE_PARTS, third) };
  }
  if (head === 'tooling' && index !== null) return { kind: 'tooling', index, part: member(TOOLING_PARTS, third) };
  // attachmentIds.3: the documents as a whole; leadTime alone: the production days it must have.
  if (head === 'attachmentIds') return { kind: 'field', field: 'attachmentIds' };
  const path = parts.join('.');
  const named = member(QUOTE_FIELDS, path) ?? member(QUOTE_FIELDS, `${path}.${path === 'leadTime' ? 'productionDays' : path === 'delivery' ? 'plantId' : path === 'origin' ? 'usmcaCriterion' : ''}`);
  return named ? { kind: 'field', field: named } : { kind: 'other' };
}

/** The key an error is filed under in the form: one per cell, line, tooling field or named field. */
export function placeKey(place: FieldPlace): string {
  switch (place.kind) {
    case 'break':
      return `lines.${place.line}.breaks.${place.position}.${place.part}`;
    case 'line':
      return `lines.${place.line}${place.part ? `.${place.part}` : ''}`;
    case 'tooling':
      return `tooling.${place.index}${place.part ? `.${place.part}` : ''}`;
    case 'field':
      return place.field;
    case 'other':
      return 'other';
  }
}

/** The value a `placeKey` points at in a PUT body ("lines.0.breaks.1.unitPrice"); undefined where there is none. */
function valueAt(body: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((value, part) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), body);
}

/**
 * Whether an error filed under `key` still stands: the field still says what was sent when the error came, so a
 * price typed since, or a reason chosen, takes its error away at once (the next send checks again).
 */
export function stillStands(key: string, sent: unknown, now: unknown): boolean {
  return key === 'other' || JSON.stringify(valueAt(sent, key)) === JSON.stringify(valueAt(now, key));
}
