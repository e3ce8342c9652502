// Word lists the query reader needs: words that carry no product meaning (never bridged to industry codes,
// never left as free text on their own) and the signals that tell English from Spanish.
import { foldWord, stemToken } from '@puente/catalog';

const STOP_EN = [
  'a', 'an', 'and', 'or', 'of', 'for', 'the', 'with', 'without', 'in', 'on', 'at', 'to', 'from', 'by', 'near', 'per',
  'we', 'need', 'needs', 'looking', 'look', 'seeking', 'want', 'wanted', 'supplier', 'suppliers', 'vendor', 'vendors',
  'source', 'sourcing', 'quote', 'rfq', 'rfqs', 'request', 'buy', 'buyer', 'our', 'us', 'usa', 'mexico', 'mexican',
  'plant', 'plants', 'company', 'companies', 'factory', 'factories', 'shop', 'month', 'monthly', 'year', 'yearly',
  'annual', 'annually', 'week', 'weekly', 'delivery', 'deliver', 'delivered', 'ship', 'shipped', 'shipping', 'zip',
  'certified', 'certification', 'certificate', 'required', 'requires', 'must', 'have', 'has', 'be', 'is', 'are',
  'able', 'can', 'who', 'that', 'which', 'up', 'about', 'approx', 'approximately', 'around', 'close', 'into', 'as', 'it',
  'volume', 'volumes', 'high', 'low', 'qty', 'quantity', 'lot', 'lots', 'pcs', 'pieces', 'piece', 'units', 'unit', 'ea',
];
const STOP_ES = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'y', 'e', 'o', 'u', 'para', 'con', 'sin', 'en',
  'por', 'a', 'al', 'cerca', 'proveedor', 'proveedores', 'busco', 'buscamos', 'necesito', 'necesitamos', 'requiero',
  'requerimos', 'cotizacion', 'planta', 'plantas', 'empresa', 'empresas', 'fabrica', 'mes', 'mensual', 'mensuales',
  'anual', 'semana', 'entrega', 'envio', 'certificado', 'certificada', 'certificacion', 'que', 'se', 'su', 'sus',
  'piezas', 'pieza', 'pzas', 'pz', 'unidades', 'unidad', 'cantidad', 'lote', 'lotes', 'volumen', 'alto', 'bajo',
];

/**
 * Words that name manufacturing in general: "products", "parts", "manufacturing" sit in hundreds of NAICS
 * titles, so bridging through them would reach every class. They stay out of the bridge (and of free text
 * when alone).
 */
const GENERIC = [
  'manufacturing', 'manufacture', 'manufacturer', 'manufacturers', 'manufactured', 'made', 'make', 'making', 'maker',
  'product', 'products', 'part', 'parts', 'component', 'components', 'other', 'all', 'except', 'miscellaneous',
  'related', 'industry', 'industries', 'industrial', 'mill', 'mills', 'material', 'materials', 'service', 'services',
  'supplies', 'supply', 'goods', 'item', 'items', 'custom', 'general', 'equipment', 'accessories', 'article', 'articles',
  'fabricacion', 'fabricante', 'fabricantes', 'elaboracion', 'manufactura', 'producto', 'productos', 'parte', 'partes',
  'otro', 'otros', 'otra', 'otras', 'excepto', 'industria', 'industrial', 'industriales', 'articulo', 'articulos',
  'material', 'materiales', 'servicio', 'servicios', 'equipo', 'equipos', 'accesorio', 'accesorios', 'general',
  'tipo', 'tipos', 'diversos', 'varios', 'similares', 'relacionados',
];

const keyOf = (word: string): string => stemToken(foldWord(word));

export const STOP_KEYS: ReadonlySet<string> = new Set([...STOP_EN, ...STOP_ES].map(keyOf));
export const GENERIC_KEYS: ReadonlySet<string> = new Set(GENERIC.map(keyOf));

/** Words only one of the languages writes (folded, unstemmed): a cheap and honest language signal. */
const ENGLISH_MARKERS = new Set(['and', 'of', 'for', 'the', 'with', 'near', 'in', 'parts', 'pcs', 'units', 'pieces', 'need', 'supplier', 'suppliers', 'from', 'per', 'month']);
const SPANISH_MARKERS = new Set(['de', 'del', 'y', 'para', 'con', 'el', 'la', 'los', 'las', 'en', 'cerca', 'piezas', 'pzas', 'unidades', 'proveedor', 'proveedores', 'mes', 'al', 'por']);

/**
 * The language a text reads as: marker words, accents and ñ, and the language of the vocabulary phrases it
 * matched. `unknown` when nothing tells (a bare "IATF" or "6061").
 */
export function detectLanguage(words: readonly string[], matchedLanguages: readonly ('en' | 'es')[], raw: string): 'en' | 'es' | 'unknown' {
  let en = 0;
  let es = 0;
  for (const word of words) {
    if (ENGLISH_MARKERS.has(word)) en += 1;
    if (SPANISH_MARKERS.has(word)) es += 1;
  }
  if (/[ñáéíóú¿¡]/i.test(raw) || /cion\b|ciones\b/i.test(raw)) es += 1;
  for (const language of matchedLanguages) {
    if (language === 'en') en += 0.5;
    else es += 0.5;
  }
  if (en === es) return 'unknown';
  return en > es ? 'en' : 'es';
}
