// Query understanding: what a buyer's English or Spanish text asks for, read with catalog data only (no I/O
// beyond the catalog's bundled files, no clock). Order matters: the place, quantity and ZIP are taken out
// first (so "Monterrey" or "75201" are never product words), then vocabulary concepts and certifications
// (matchText), then the industry-code bridge over the words; what is left stays free text for the engine.
import { findUsZip, foldWord, matchText, searchMxPlaces, tokenize, vocabulary, type MxPlaceSuggestion } from '@puente/catalog';
import { bridgeToScian, bridgeWords, hasSpanishProductWord } from './industry-bridge';
import type { QueryUnderstanding } from './ranking-types';
import { detectLanguage, GENERIC_KEYS, STOP_KEYS } from './words';

/** Longer texts are cut here: a requirement is a few lines, never a document. */
export const MAX_QUERY_LENGTH = 1000;

type Span = { start: number; end: number };

const UNITS: Record<string, string> = {
  pcs: 'pcs', pc: 'pcs', pieces: 'pcs', piece: 'pcs', parts: 'pcs', ea: 'pcs', each: 'pcs', pzas: 'pcs', pza: 'pcs', pz: 'pcs',
  piezas: 'pcs', pieza: 'pcs', units: 'pcs', unit: 'pcs', unidades: 'pcs', unidad: 'pcs', sets: 'sets', juegos: 'sets',
  kg: 'kg', kgs: 'kg', kilos: 'kg', tons: 't', ton: 't', toneladas: 't', tonnes: 't', lbs: 'lb', lb: 'lb',
  meters: 'm', metros: 'm', liters: 'l', litros: 'l', boxes: 'boxes', cajas: 'boxes',
};
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,3}(?:[,.]\d{3})+|\d+(?:[.,]\d+)?)\s*(k|m|mil)?\s*(${Object.keys(UNITS).join('|')})(?![\p{L}\p{N}])`,
  'giu',
);
const BARE_THOUSANDS = /(?<![\p{L}\p{N}])(\d+(?:\.\d+)?)(k)(?![\p{L}\p{N}])/giu;
const ZIP = /(?<![\p{L}\p{N}-])(\d{5})(?:-\d{4})?(?![\p{L}\p{N}])/gu;
/** Words that introduce a place; the strong ones ("near") accept any exact place, the weak ones ("in") only a state or a town. */
const PLACE_INTRO = /(?<![\p{L}])(near|close to|around|nearby|cerca de|alrededor de|in|en|from|desde|located in|ubicad[oa]s? en)\s+/giu;
const STRONG_INTRO = new Set(['near', 'close to', 'around', 'nearby', 'cerca de', 'alrededor de']);
const MIN_TOWN_POPULATION = 20000;

function parseNumber(digits: string): number {
  if (/^\d{1,3}(?:[,.]\d{3})+$/.test(digits)) return Number(digits.replace(/[,.]/g, ''));
  return Number(digits.replace(',', '.'));
}

function findQuantity(text: string): { value: number; unit: string | null; matched: string; span: Span } | null {
  for (const match of text.matchAll(QUANTITY)) {
    const multiplier = match[2] ? (match[2].toLowerCase() === 'm' ? 1_000_000 : 1000) : 1;
    const value = Math.round(parseNumber(match[1]) * multiplier);
    if (!(value > 0)) continue;
    const start = match.index ?? 0;
    return { value, unit: UNITS[match[3].toLowerCase()] ?? null, matched: match[0], span: { start, end: start + match[0].length } };
  }
  for (const match of text.matchAll(BARE_THOUSANDS)) {
    const start = match.index ?? 0;
    return { value: Math.round(Number(match[1]) * 1000), unit: null, matched: match[0], span: { start, end: start + match[0].length } };
  }
  return null;
}

function findZip(text: string, taken: readonly Span[]): { zip: string; span: Span } | null {
  for (const match of text.matchAll(ZIP)) {
    const start = match.index ?? 0;
    const span = { start, end: start + match[0].length };
    if (overlaps(span, taken)) continue;
    if (findUsZip(match[1])) return { zip: match[1], span };
  }
  return null;
}

function findPlace(text: string): { place: NonNullable<QueryUnderstanding['place']>; span: Span } | null {
  for (const intro of text.matchAll(PLACE_INTRO)) {
    const introWord = intro[1].toLowerCase().replace(/\s+/g, ' ');
    const after = (intro.index ?? 0) + intro[0].length;
    const rest = text.slice(after).split(/[,;.()\d\n]/)[0];
    const words = [...rest.matchAll(/[\p{L}'-]+/gu)].slice(0, 4);
    for (let count = words.length; count > 0; count -= 1) {
      const last = words[count - 1];
      const end = after + (last.index ?? 0) + last[0].length;
      const name = text.slice(after, end);
      const strong = STRONG_INTRO.has(introWord);
      // After a weak word ("in", "en") only a state, a municipality or a town of some size: "fundición en arena" is sand casting.
      const sizeable = (place: MxPlaceSuggestion): boolean =>
        place.kind !== 'locality' || (place.population ?? 0) >= MIN_TOWN_POPULATION;
      const best = searchMxPlaces(name, { limit: 5 }).find((place) => place.match === 'exact' && (strong || sizeable(place)));
      if (!best) continue;
      const start = intro.index ?? 0;
      return {
        place: { name: best.name, stateCode: best.state.code, lat: best.lat, lon: best.lon, matched: text.slice(start, end) },
        span: { start, end },
      };
    }
  }
  return null;
}

const overlaps = (span: Span, spans: readonly Span[]): boolean => spans.some((other) => span.start < other.end && other.start < span.end);

/** Finds where each matched phrase sits, in text order (matchText reports them in order, without offsets). */
function locate(text: string, phrases: readonly string[], taken: readonly Span[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const phrase of phrases) {
    let at = text.indexOf(phrase, from);
    while (at >= 0 && overlaps({ start: at, end: at + phrase.length }, taken)) at = text.indexOf(phrase, at + 1);
    if (at < 0) at = text.indexOf(phrase);
    if (at < 0) continue;
    spans.push({ start: at, end: at + phrase.length });
    from = at + phrase.length;
  }
  return spans;
}

/** Blanks the spans out (keeping offsets), so matchText never reads a place or a quantity as a concept. */
function blank(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const span of spans) out = out.slice(0, span.start) + ' '.repeat(span.end - span.start) + out.slice(span.end);
  return out;
}

export function understandQuery(input: string): QueryUnderstanding {
  const text = input.normalize('NFC').trim().slice(0, MAX_QUERY_LENGTH);
  const taken: Span[] = [];

  const place = findPlace(text);
  if (place) taken.push(place.span);
  const quantity = findQuantity(blank(text, taken));
  if (quantity) taken.push(quantity.span);
  // Certifications before the ZIP: "ISO 13485" is a standard, not a ZIP in Massachusetts.
  const vocab = vocabulary();
  const nameOf = (code: string) => ({ en: vocab.entry(code)?.name.en ?? code, es: vocab.entry(code)?.name.es ?? code });
  const certMatches = matchText(blank(text, taken), { kinds: ['certification'] });
  const certifications: QueryUnderstanding['certifications'] = certMatches.map((match) => ({ code: match.code, matched: match.matched, name: nameOf(match.code) }));
  taken.push(...locate(blank(text, taken), certifications.map((cert) => cert.matched), taken));
  const zip = findZip(blank(text, taken), taken);
  if (zip) taken.push(zip.span);

  const readable = blank(text, taken);
  const matches = matchText(readable, { kinds: ['process-family', 'process', 'material', 'industry'] });
  const concepts: QueryUnderstanding['concepts'] = matches.map((match) => ({
    code: match.code,
    kind: match.kind === 'process-family' ? 'process' : (match.kind as 'process' | 'material' | 'industry'),
    matched: match.matched,
    name: nameOf(match.code),
  }));
  const conceptSpans = locate(readable, concepts.map((concept) => concept.matched), taken);
  // Process and material words say how, not what. Industry words ("valves", "auto parts") name the product
  // only when no process does ("valves for oil and gas"; but "arneses automotrices" is harnesses for cars).
  const asksProcess = concepts.some((concept) => concept.kind === 'process');
  const howSpans = locate(
    readable,
    concepts.filter((concept) => concept.kind !== 'industry' || asksProcess).map((concept) => concept.matched),
    taken,
  );
  const industrySpans = locate(readable, concepts.filter((concept) => concept.kind === 'industry').map((concept) => concept.matched), taken);
  // Words after "for"/"para" name the use or the customer ("for cars", "para la industria automotriz"): they
  // may still confirm a class but never make one on their own.
  const useFrom = readable.search(/(?<![\p{L}])(for|para|used in|usad[oa]s? en)(?![\p{L}])/iu);

  const tokens = tokenize(readable).filter((token) => !overlaps(token, taken));
  const bridge = bridgeWords(
    tokens.map((token) => ({ word: token.word, key: token.key, consumed: overlaps(token, howSpans) || (useFrom >= 0 && token.start > useFrom) })),
  );
  const scian = bridgeToScian(bridge);

  // Industry words stay in the free text too: "uniforms" finds "uniformes" in a plant's own words.
  const free = tokens.filter(
    (token) => (!overlaps(token, conceptSpans) || overlaps(token, industrySpans)) && !STOP_KEYS.has(token.key) && !GENERIC_KEYS.has(token.key),
  );
  const freeText = free.map((token) => readable.slice(token.start, token.end)).filter((word, i, all) => all.indexOf(word) === i).join(' ');

  const languages = [...certMatches, ...matches].map((match) => match.language);
  if (scian.some((entry) => entry.naics.code !== '' && !hasSpanishProductWord(bridge))) languages.push('en');
  if (hasSpanishProductWord(bridge)) languages.push('es');
  const language = detectLanguage(tokenize(text).map((token) => foldWord(token.word)), languages, text);

  return {
    text,
    language,
    concepts,
    scian,
    certifications,
    quantity: quantity ? { value: quantity.value, unit: quantity.unit, matched: quantity.matched } : null,
    place: place?.place ?? null,
    zip: zip?.zip ?? null,
    freeText,
  };
}
