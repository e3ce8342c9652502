import { ApiRequestError } from '../api/api-client';
import type { Currency, Incoterm, Rfq, RfqBidding, RfqInput, RfqLine, RfqPatch, RfqUnit, RfqVisibility } from '../api/rfqs';
import { fieldError } from './error-alert';
import { fromZonedInput, toZonedInput } from './rfq-time';

// The wizard's form state, and how it turns into the API's body (and back from an RFQ being edited).

export type NumberField = number | '';

export interface LineDraft {
  /** React's key: a saved line's id, or a local one. */
  key: string;
  partName: string;
  partNumber: string;
  notes: string;
  processes: string[];
  materials: string[];
  quantities: NumberField[];
  unit: RfqUnit;
  unitsPerTruckload: NumberField;
}

export interface RfqDraft {
  title: string;
  description: string;
  descriptionLanguage: 'en' | 'es';
  lines: LineDraft[];
  annualVolume: NumberField;
  targetUnitPrice: string;
  currency: Currency;
  certifications: string[];
  hsCode: string;
  deliveryZip: string;
  incoterm: Incoterm | null;
  incotermPlace: string;
  needBy: string;
  /** "YYYY-MM-DDTHH:mm" on the buyer's wall clock (their time zone). */
  quoteDeadline: string;
  ndaRequired: boolean;
  ndaText: string;
  visibility: RfqVisibility;
  /** Sealed (the default: prices only after the deadline) or open; fixed once published. */
  bidding: RfqBidding;
  quoteCap: NumberField;
  /** The buyer's own picks (supplier ids), invited whatever the matching says. */
  invitedSupplierIds: string[];
  amendmentNote: string;
}

export type DraftChange = (patch: Partial<RfqDraft>) => void;

let lineKeys = 0;
export const emptyLine = (): LineDraft => ({
  key: `new-${++lineKeys}`,
  partName: '',
  partNumber: '',
  notes: '',
  processes: [],
  materials: [],
  quantities: [''],
  unit: 'pcs',
  unitsPerTruckload: '',
});

export const emptyDraft = (language: 'en' | 'es'): RfqDraft => ({
  title: '',
  description: '',
  descriptionLanguage: language,
  lines: [emptyLine()],
  annualVolume: '',
  targetUnitPrice: '',
  currency: 'USD',
  certifications: [],
  hsCode: '',
  deliveryZip: '',
  incoterm: null,
  incotermPlace: '',
  needBy: '',
  quoteDeadline: '',
  ndaRequired: false,
  ndaText: '',
  visibility: 'public',
  bidding: 'sealed',
  quoteCap: '',
  invitedSupplierIds: [],
  amendmentNote: '',
});

const lineDraft = (line: RfqLine): LineDraft => ({
  key: line.id,
  partName: line.partName ?? '',
  partNumber: line.partNumber ?? '',
  notes: line.notes ?? '',
  processes: line.processes,
  materials: line.materials,
  quantities: line.quantities.length > 0 ? line.quantities : [''],
  unit: line.unit,
  unitsPerTruckload: line.unitsPerTruckload ?? '',
});

export function draftFrom(rfq: Rfq, timeZone: string): RfqDraft {
  return {
    title: rfq.title,
    description: rfq.description ?? '',
    descriptionLanguage: rfq.descriptionLanguage,
    lines: rfq.lines.length > 0 ? rfq.lines.map(lineDraft) : [emptyLine()],
    annualVolume: rfq.annualVolume ?? '',
    targetUnitPrice: rfq.targetUnitPrice ? String(Number(rfq.targetUnitPrice)) : '',
    currency: rfq.currency,
    certifications: rfq.certifications,
    hsCode: rfq.hsCode ?? '',
    deliveryZip: rfq.deliveryZip ?? '',
    incoterm: rfq.incoterm,
    incotermPlace: rfq.incotermPlace ?? '',
    needBy: rfq.needBy ?? '',
    quoteDeadline: rfq.quoteDeadline ? toZonedInput(rfq.quoteDeadline, timeZone) : '',
    ndaRequired: rfq.nda.required,
    ndaText: rfq.nda.text ?? '',
    visibility: rfq.visibility,
    bidding: rfq.bidding,
    quoteCap: rfq.quoteCap ?? '',
    invitedSupplierIds: rfq.invitedSupplierIds,
    amendmentNote: '',
  };
}

const text = (value: string) => (value.trim() ? value.trim() : undefined);
const number = (value: NumberField) => (value === '' ? undefined : value);
// Fields an RFQ may lack: emptied in the form, they are sent as null so a saved value is cleared too.
const clearableText = (value: string) => text(value) ?? null;
const clearableNumber = (value: NumberField) => number(value) ?? null;

/** The body for POST /rfqs or PATCH: empty fields left out or cleared (null), so a draft can be saved half done. */
export function bodyFrom(draft: RfqDraft, timeZone: string): RfqInput {
  const lines = draft.lines
    // A line the buyer never touched is not a line.
    .filter((line) => line.partName.trim() || line.processes.length > 0 || line.quantities.some((quantity) => quantity !== ''))
    .map((line) => ({
      partName: line.partName.trim(),
      partNumber: text(line.partNumber),
      notes: text(line.notes),
      processes: line.processes,
      materials: line.materials,
      quantities: line.quantities.filter((quantity): quantity is number => quantity !== ''),
      unit: line.unit,
      unitsPerTruckload: number(line.unitsPerTruckload),
    }));
  return {
    title: draft.title.trim(),
    description: text(draft.description),
    descriptionLanguage: draft.descriptionLanguage,
    lines,
    annualVolume: clearableNumber(draft.annualVolume),
    targetUnitPrice: clearableText(draft.targetUnitPrice),
    currency: draft.currency,
    certifications: draft.certifications,
    hsCode: clearableText(draft.hsCode),
    deliveryZip: clearableText(draft.deliveryZip),
    incoterm: draft.incoterm,
    incotermPlace: clearableText(draft.incotermPlace),
    needBy: clearableText(draft.needBy),
    quoteDeadline: (draft.quoteDeadline && fromZonedInput(draft.quoteDeadline, timeZone)) || null,
    ndaRequired: draft.ndaRequired,
    ndaText: clearableText(draft.ndaText),
    visibility: draft.visibility,
    bidding: draft.bidding,
    quoteCap: clearableNumber(draft.quoteCap),
    invitedSupplierIds: draft.invitedSupplierIds,
  };
}

/** The PATCH body; an amendment leaves the bidding out (the API refuses to change it once published). */
export function patchFrom(draft: RfqDraft, timeZone: string, amending: boolean): RfqPatch {
  const { bidding, ...body } = bodyFrom(draft, timeZone);
  return {
    ...body,
    ...(amending ? {} : { bidding }),
    ...(amending && draft.amendmentNote.trim() ? { amendmentNote: draft.amendmentNote.trim() } : {}),
  };
}

// The API names a field "lines.0.quantities" (validation) or "lines[0].quantities" (publish checks): one spelling here.
const normalized = (field: string) => field.replace(/\[(\d+)\]/g, '.$1');

/** The error for a field (or anything inside it, like one quantity of a line), in the reader's language. */
export function rfqFieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiRequestError)) return undefined;
  const wanted = normalized(field);
  const detail = error.error.details.find((candidate) => {
    const at = candidate.field ? normalized(candidate.field) : '';
    return at === wanted || at.startsWith(`${wanted}.`);
  });
  return detail?.field ? fieldError(error, detail.field) : undefined;
}

/** The wizard steps that hold each field, to open the first step with an error after a failed publish. */
export const STEP_FIELDS: string[][] = [
  ['title', 'description', 'descriptionLanguage'],
  ['lines'],
  ['annualVolume', 'targetUnitPrice', 'currency', 'certifications', 'hsCode', 'deliveryZip', 'incoterm', 'incotermPlace', 'needBy', 'quoteDeadline'],
  ['ndaRequired', 'ndaText', 'visibility', 'bidding', 'quoteCap', 'invitedSupplierIds', 'attachments', 'amendmentNote'],
];

export function firstStepWithError(error: unknown): number | null {
  if (!(error instanceof ApiRequestError)) return null;
  const fields = error.error.details.map((detail) => normalized(detail.field ?? '').split('.')[0] ?? '');
  const step = STEP_FIELDS.findIndex((names) => names.some((name) => fields.includes(name)));
  return step >= 0 ? step : null;
}
