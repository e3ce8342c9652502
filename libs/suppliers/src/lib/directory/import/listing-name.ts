/**
 * A company name reduced to what tells two companies apart, for the merge rule's trigram similarity:
 * accents, case and punctuation go, and so do the legal forms (S.A. de C.V., S. de R.L., S.A.P.I., S.C.L.)
 * wherever they stand. RETC often writes them at the start of a trade name ("S.A. DE C.V. PLANTA
 * COATZACOALCOS"), which made two different companies' plants in one town look alike.
 */
const LEGAL_FORM = new RegExp(
  [
    '\\b(sociedad anonima|sociedad cooperativa|s ?a ?p ?i|s ?a ?b|s ?de ?r ?l|s ?c ?l|s ?p ?r|s ?r ?l|s ?a|s ?c)',
    '((?: de)? (?:c ?v|r ?l|r ?i|i ?p|m ?i|capital variable|responsabilidad limitada))*\\b',
    '|\\bde c ?v\\b',
  ].join(''),
  'g',
);

/**
 * Words that name a site, not a company: "planta" and the plant's own municipality and locality. Two
 * companies' "PLANTA MINATITLAN" trade names in Minatitlán are alike only in what the point already says.
 */
const SITE_WORDS = new Set(['planta', 'plant', 'unidad', 'sucursal']);

export function matchName(name: string | null | undefined, places: ReadonlyArray<string | null> = []): string | null {
  if (!name) return null;
  const placeNames = places.map((place) => (place ? ` ${fold(place)} ` : null)).filter((place): place is string => !!place && place.trim() !== '');
  let kept = ` ${fold(name).replace(LEGAL_FORM, ' ').replace(/\s+/g, ' ').trim()} `;
  for (const place of placeNames) kept = kept.split(place).join(' ');
  const words = kept.split(' ').filter((word) => word && !SITE_WORDS.has(word));
  return words.join(' ') || null;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
