/**
 * Accent-, case- and punctuation-insensitive form of a place name: "Nuevo León" and "NUEVO LEON" and
 * "nuevo-leon" all become "nuevo leon". Users type names without accents; INEGI spells them with.
 */
export function normalizeName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The normalized name without spaces, so "N.L." and "NL", "Q. Roo" and "QRoo" meet. */
export function nameKey(value: string): string {
  return normalizeName(value).replace(/ /g, '');
}

/**
 * A normalized name without the prefix INEGI sometimes includes and users sometimes do not (the locality
 * "Ciudad Apodaca" in Apodaca; the locality "Juárez" that people call "Ciudad Juárez" or "Cd. Juárez").
 */
export function withoutCiudad(normalized: string): string {
  return normalized.replace(/^(ciudad|cd) /, '');
}

export function nameKeyWithoutCiudad(value: string): string {
  return nameKey(withoutCiudad(normalizeName(value)));
}
