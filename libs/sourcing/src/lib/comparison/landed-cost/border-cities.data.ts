/**
 * Border places an Incoterm may name, by normalized city name, with the BTS port code of the land port
 * they cross through (codes as in the catalog's us_mx_land_ports_bts.csv). The catalog names ports by
 * their US side; Mexican twin cities and US cities that are not a port's name are listed here.
 */
export const MEXICAN_BORDER_CITIES: Readonly<Record<string, string>> = Object.freeze({
  tijuana: '2506',
  tecate: '2505',
  mexicali: '2507',
  'san luis rio colorado': '2608',
  sonoyta: '2602',
  nogales: '2604',
  naco: '2603',
  'agua prieta': '2601',
  'puerto palomas': '2406',
  'san jeronimo': '2408',
  juarez: '2401',
  ojinaga: '2403',
  acuna: '2302',
  'piedras negras': '2303',
  'nuevo laredo': '2304',
  colombia: '2304',
  'miguel aleman': '2310',
  camargo: '2307',
  reynosa: '2305',
  'nuevo progreso': '2309',
  matamoros: '2301',
});

/** US border cities that are not a port's own name in the catalog. */
export const US_BORDER_CITY_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  'san diego': '2506',
  'san ysidro': '2506',
  calexico: '2507',
  pharr: '2305',
  mcallen: '2305',
  'el paso': '2402',
});

/** Region texts (after the comma) that put a place in Mexico: "Nogales, Son." is not "Nogales, AZ". */
export const MEXICAN_REGION_WORDS: ReadonlySet<string> = new Set([
  'mexico', 'mx', 'mex', 'bc', 'baja california', 'son', 'sonora', 'chih', 'chihuahua', 'coah', 'coahuila',
  'nl', 'n l', 'nuevo leon', 'tamps', 'tamaulipas', 'tam',
]);
