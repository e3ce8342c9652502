// Which words of a document's own text carry a concept ("fundición a presión" for die casting): what an
// explanation chip shows as the plant's term. matchText over the descriptions, cached by text because
// directory listings share few distinct activity texts (DENUE: 142 in 6,883 rows).
import { matchText } from '@puente/catalog';
import type { SearchDocument } from '../search-document';

const CACHE_LIMIT = 20000;
const cache = new Map<string, ReadonlyMap<string, string>>();

function termsOf(text: string): ReadonlyMap<string, string> {
  let terms = cache.get(text);
  if (!terms) {
    terms = new Map(matchText(text).map((match) => [match.code, match.matched]));
    if (cache.size >= CACHE_LIMIT) cache.clear(); // bounded; a refill costs one matchText per text
    cache.set(text, terms);
  }
  return terms;
}

/** The document's words for a concept code, or null when the code came from elsewhere (its SCIAN class, a form). */
export function documentTerm(document: SearchDocument, code: string): string | null {
  for (const text of [document.descriptionEs, document.descriptionEn]) {
    if (!text) continue;
    const term = termsOf(text).get(code);
    if (term) return term;
  }
  return null;
}
