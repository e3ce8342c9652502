import { Injectable } from '@nestjs/common';
import type { Principal } from '@puente/identity';
import type { Language } from '@puente/platform';
import { QuoteReadsService } from '../quote-reads.service';
import { quotePdfFileName } from './quote-pdf-context';
import { renderQuotePdf } from './render-quote-pdf';

export interface QuotePdf {
  fileName: string;
  language: Language;
  bytes: Buffer;
}

/**
 * A supplier reads its summary in its own language; the buyer (a US organization) in English, so the
 * buyer and the supplier hold the same document in each other's language. Admins read theirs.
 */
export function defaultQuotePdfLanguage(principal: Pick<Principal, 'organizationKind' | 'language'>): Language {
  return principal.organizationKind === 'buyer' ? 'en' : principal.language;
}

/** The printable summary of a quote, for whoever may read the quote itself (the same rule, the same service). */
@Injectable()
export class QuotePdfService {
  constructor(private readonly reads: QuoteReadsService) {}

  async render(principal: Principal, quoteId: string, language?: Language): Promise<QuotePdf> {
    const quote = await this.reads.byId(principal, quoteId);
    const chosen = language ?? defaultQuotePdfLanguage(principal);
    return { fileName: quotePdfFileName(quote), language: chosen, bytes: await renderQuotePdf(quote, chosen) };
  }
}
