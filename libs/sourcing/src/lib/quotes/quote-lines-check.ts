import type { ErrorDetail } from '@puente/platform';
import type { RfqLine } from '../entities/rfq-line.entity';
import type { QuoteLineContent } from './quote-content';
import { compareDecimal, isDecimalString } from './quote-decimal';
import type { QuoteBreakInput, QuoteLineInput } from './quote-input';

/** The largest unit price a quote may carry, in its currency: far above any part, low enough to catch a slip. */
export const MAX_UNIT_PRICE = '1000000000';
export const MAX_MINIMUM_ORDER = 1_000_000_000;

type Add = (field: string, issue: string, message: string) => void;

/**
 * The quote's lines against the RFQ's: one entry per RFQ line (matched by id, in any order), each with
 * exactly the line's quantity breaks in order, each break priced (a decimal > 0) or declined with a
 * reason, a declined line pricing nothing. Adds what is wrong to `problems`; answers the lines in the RFQ's order.
 */
export function checkQuoteLines(inputs: readonly QuoteLineInput[], rfqLines: readonly Pick<RfqLine, 'id' | 'quantities'>[], problems: ErrorDetail[]): QuoteLineContent[] {
  const add: Add = (field, issue, message) => problems.push({ field, issue, message });
  const byId = new Map<string, { input: QuoteLineInput; index: number }>();
  inputs.forEach((input, index) => {
    const at = `lines.${index}.rfqLineId`;
    if (!rfqLines.some((line) => line.id === input.rfqLineId)) add(at, 'unknown_line', `${at} is not a line of this request for quote`);
    else if (byId.has(input.rfqLineId)) add(at, 'duplicate_line', `${at} answers a line already answered`);
    else byId.set(input.rfqLineId, { input, index });
  });
  const missing = rfqLines.map((line, position) => (byId.has(line.id) ? null : position)).filter((position) => position !== null);
  if (missing.length > 0) add('lines', 'missing_lines', `lines must answer every line of the request for quote (price or decline it); missing positions ${missing.join(', ')}`);

  return rfqLines.flatMap((rfqLine) => {
    const entry = byId.get(rfqLine.id);
    return entry ? [checkLine(entry.input, `lines.${entry.index}`, rfqLine.quantities, add)] : [];
  });
}

function checkLine(input: QuoteLineInput, at: string, quantities: readonly number[], add: Add): QuoteLineContent {
  const declined = input.declineReason ?? null;
  const minimumOrder = input.minimumOrder ?? null;
  if (minimumOrder !== null && !(Number.isInteger(minimumOrder) && minimumOrder >= 1 && minimumOrder <= MAX_MINIMUM_ORDER)) {
    add(`${at}.minimumOrder`, 'out_of_range', `${at}.minimumOrder must be a whole number from 1 to ${MAX_MINIMUM_ORDER}`);
  }
  const sent = input.breaks.map((entry) => entry.quantity);
  if (sent.length !== quantities.length || sent.some((quantity, index) => quantity !== quantities[index])) {
    add(`${at}.breaks`, 'quantities_mismatch', `${at}.breaks must be the line's quantity breaks in order: ${quantities.join(', ')}`);
  }
  input.breaks.forEach((entry, index) => checkBreak(entry, `${at}.breaks.${index}`, declined !== null, add));
  return {
    rfqLineId: input.rfqLineId,
    declineReason: declined,
    minimumOrder,
    breaks: input.breaks.map((entry) => ({ quantity: entry.quantity, unitPrice: entry.unitPrice ?? null, declineReason: entry.declineReason ?? null })),
  };
}

function checkBreak(entry: QuoteBreakInput, at: string, lineDeclined: boolean, add: Add): void {
  const price = entry.unitPrice ?? null;
  const declined = entry.declineReason ?? null;
  if (lineDeclined) {
    if (price !== null) add(`${at}.unitPrice`, 'priced_in_declined_line', `${at}.unitPrice must be null: the line is declined`);
    return;
  }
  if (price === null && declined === null) add(`${at}.unitPrice`, 'missing', `${at}.unitPrice is needed, or a declineReason for the break`);
  if (price !== null && declined !== null) add(`${at}.unitPrice`, 'priced_and_declined', `${at} cannot have both a unitPrice and a declineReason`);
  if (price === null) return;
  if (!isDecimalString(price)) add(`${at}.unitPrice`, 'invalid_decimal', `${at}.unitPrice must be a decimal string with at most 4 places, e.g. "0.0125"`);
  else if (compareDecimal(price, '0') <= 0) add(`${at}.unitPrice`, 'not_positive', `${at}.unitPrice must be more than 0`);
  else if (compareDecimal(price, MAX_UNIT_PRICE) > 0) add(`${at}.unitPrice`, 'too_large', `${at}.unitPrice must be at most ${MAX_UNIT_PRICE}`);
}
