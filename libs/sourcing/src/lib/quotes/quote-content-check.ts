import { AppError, CURRENCIES, type ErrorDetail } from '@puente/platform';
import { isCalendarDate } from '@puente/suppliers';
import type { RfqLine } from '../entities/rfq-line.entity';
import { INCOTERMS, TOOLING_OWNERS, USMCA_ORIGIN_CRITERIA } from '../rfq-vocabulary';
import { isKnownHsCode } from '../rfqs/rfq-input-check';
import type { QuoteContent, QuoteToolingContent } from './quote-content';
import { compareDecimal, isDecimalString } from './quote-decimal';
import type { QuoteInput } from './quote-input';
import { checkQuoteLines } from './quote-lines-check';

export const MAX_TOOLING_COST = '10000000000';
export const MAX_LEAD_TIME_DAYS = 730;
export const MAX_NOTES_LENGTH = 4_000;
export const MAX_PLACE_LENGTH = 120;
/** How far ahead a validity date may be: prices held longer than this are a typing slip. */
export const MAX_VALIDITY_YEARS = 5;

/** What the content is checked against: the RFQ's lines, the quoting organization's plants and quote documents. */
export interface QuoteCheckContext {
  /** The RFQ's lines in position order. */
  rfqLines: readonly Pick<RfqLine, 'id' | 'quantities'>[];
  plantIds: ReadonlySet<string>;
  attachmentIds: ReadonlySet<string>;
  /** Today in Mexico City (YYYY-MM-DD): a validity date before it has passed. */
  today: string;
}

/**
 * The checks the request's shape cannot make, against the RFQ and the quoting organization. 400
 * VALIDATION_FAILED naming every field at fault at once (`lines.0.breaks.2.unitPrice`, `delivery.plantId`),
 * or the content to store: lines in the RFQ's order, text trimmed, left-out nullable fields null.
 */
export function assertValidQuote(input: QuoteInput, context: QuoteCheckContext): QuoteContent {
  const problems: ErrorDetail[] = [];
  const add = (field: string, issue: string, message: string) => problems.push({ field, issue, message });
  if (!CURRENCIES.includes(input.currency)) add('currency', 'unknown_currency', `currency must be one of ${CURRENCIES.join(', ')}`);
  const lines = checkQuoteLines(input.lines, context.rfqLines, problems);
  const tooling = (input.tooling ?? []).map((entry, index) => checkTooling(entry, `tooling.${index}`, context, add));
  const leadTime = { firstArticlesDays: input.leadTime.firstArticlesDays ?? null, productionDays: input.leadTime.productionDays };
  if (leadTime.firstArticlesDays !== null) checkDays(leadTime.firstArticlesDays, 'leadTime.firstArticlesDays', add);
  checkDays(leadTime.productionDays, 'leadTime.productionDays', add);
  checkValidity(input.validUntil, context.today, add);
  const place = input.delivery.place.trim();
  if (!INCOTERMS.includes(input.delivery.incoterm)) add('delivery.incoterm', 'unknown_incoterm', `delivery.incoterm must be an Incoterm 2020: ${INCOTERMS.join(', ')}`);
  if (place === '' || place.length > MAX_PLACE_LENGTH) add('delivery.place', 'length', `delivery.place must name the place in 1 to ${MAX_PLACE_LENGTH} characters`);
  if (!context.plantIds.has(input.delivery.plantId)) add('delivery.plantId', 'unknown_plant', 'delivery.plantId must be one of your organization’s plants');
  if (!isKnownHsCode(input.origin.hsCode)) add('origin.hsCode', 'unknown_hs_code', 'origin.hsCode must be a 6-digit subheading of the HS table, e.g. "841360"');
  if (!USMCA_ORIGIN_CRITERIA.includes(input.origin.usmcaCriterion)) add('origin.usmcaCriterion', 'unknown_criterion', `origin.usmcaCriterion must be one of ${USMCA_ORIGIN_CRITERIA.join(', ')}`);
  if (input.origin.usmcaCriterion === 'not_originating' && input.origin.canCertify) {
    add('origin.canCertify', 'not_originating', 'origin.canCertify must be false: goods that are not originating cannot be certified under USMCA');
  }
  const notes = input.notes?.trim() || null;
  if (notes !== null && notes.length > MAX_NOTES_LENGTH) add('notes', 'too_long', `notes must be at most ${MAX_NOTES_LENGTH} characters`);
  const attachmentIds = input.attachmentIds ?? [];
  attachmentIds.forEach((id, index) => {
    if (!context.attachmentIds.has(id)) add(`attachmentIds.${index}`, 'unknown_attachment', `attachmentIds.${index} is not a document you uploaded for this quote`);
    else if (attachmentIds.indexOf(id) !== index) add(`attachmentIds.${index}`, 'duplicate', `attachmentIds.${index} is listed twice`);
  });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { details: problems });
  return {
    currency: input.currency,
    lines,
    tooling,
    leadTime,
    validUntil: input.validUntil,
    delivery: { incoterm: input.delivery.incoterm, place, plantId: input.delivery.plantId },
    origin: { hsCode: input.origin.hsCode, usmcaCriterion: input.origin.usmcaCriterion, canCertify: input.origin.canCertify },
    notes,
    attachmentIds,
  };
}

type Add = (field: string, issue: string, message: string) => void;

function checkTooling(entry: QuoteToolingContent, at: string, context: QuoteCheckContext, add: Add): QuoteToolingContent {
  const description = entry.description.trim();
  if (description === '') add(`${at}.description`, 'blank', `${at}.description must not be blank`);
  if (!isDecimalString(entry.cost)) add(`${at}.cost`, 'invalid_decimal', `${at}.cost must be a decimal string with at most 4 places, 0 or more`);
  else if (compareDecimal(entry.cost, MAX_TOOLING_COST) > 0) add(`${at}.cost`, 'too_large', `${at}.cost must be at most ${MAX_TOOLING_COST}`);
  if (entry.rfqLineIds.length === 0) add(`${at}.rfqLineIds`, 'empty', `${at}.rfqLineIds must name at least one line it serves`);
  const lineIds = new Set(context.rfqLines.map((line) => line.id));
  if (entry.rfqLineIds.some((id) => !lineIds.has(id))) add(`${at}.rfqLineIds`, 'unknown_line', `${at}.rfqLineIds must be lines of this request for quote`);
  if (!TOOLING_OWNERS.includes(entry.owner)) add(`${at}.owner`, 'unknown_owner', `${at}.owner must be one of ${TOOLING_OWNERS.join(', ')}`);
  return { description, cost: entry.cost, rfqLineIds: [...new Set(entry.rfqLineIds)], owner: entry.owner };
}

function checkDays(days: number, field: string, add: Add): void {
  if (!Number.isInteger(days) || days < 1 || days > MAX_LEAD_TIME_DAYS) add(field, 'out_of_range', `${field} must be a whole number of days from 1 to ${MAX_LEAD_TIME_DAYS}`);
}

function checkValidity(validUntil: string, today: string, add: Add): void {
  const latest = `${Number(today.slice(0, 4)) + MAX_VALIDITY_YEARS}${today.slice(4)}`;
  if (!isCalendarDate(validUntil)) add('validUntil', 'invalid_date', 'validUntil must be a real date as YYYY-MM-DD');
  else if (validUntil < today) add('validUntil', 'past', `validUntil must not be before today (${today}, Mexico City)`);
  else if (validUntil > latest) add('validUntil', 'too_far', `validUntil must be within ${MAX_VALIDITY_YEARS} years`);
}
