import type { SeededRandom } from './seeded-random';

/** Words a Mexican plant's name starts with, by SCIAN subsector (the first three digits). */
const TRADE_WORDS: Record<string, string[]> = {
  '311': ['Alimentos', 'Productos Alimenticios', 'Molinos', 'Lácteos', 'Empacadora', 'Harinas'],
  '312': ['Bebidas', 'Embotelladora', 'Cervecería', 'Refrescos', 'Destiladora'],
  '313': ['Textiles', 'Hilados', 'Tejidos'],
  '314': ['Textiles', 'Confecciones Técnicas', 'Lonas'],
  '315': ['Confecciones', 'Maquiladora', 'Prendas'],
  '316': ['Curtidos', 'Calzado', 'Pieles'],
  '321': ['Maderas', 'Aserradero', 'Tarimas'],
  '322': ['Papeles', 'Cartones', 'Empaques', 'Corrugados'],
  '323': ['Impresos', 'Litográfica', 'Artes Gráficas', 'Etiquetas'],
  '324': ['Asfaltos', 'Lubricantes', 'Derivados'],
  '325': ['Químicos', 'Química', 'Laboratorios', 'Pinturas', 'Resinas', 'Especialidades Químicas'],
  '326': ['Plásticos', 'Hules', 'Polímeros', 'Envases', 'Inyectora'],
  '327': ['Cerámica', 'Vidrios', 'Concretos', 'Cementos', 'Caleras'],
  '331': ['Aceros', 'Fundiciones', 'Metales', 'Aleaciones', 'Fundidora'],
  '332': ['Maquinados', 'Estructuras Metálicas', 'Herrajes', 'Troquelados', 'Metalmecánica', 'Forjas'],
  '333': ['Maquinaria', 'Equipos Industriales', 'Ingeniería y Maquinaria'],
  '334': ['Electrónica', 'Sistemas Electrónicos', 'Tecnologías'],
  '335': ['Eléctricos', 'Transformadores', 'Conductores', 'Motores'],
  '336': ['Autopartes', 'Componentes Automotrices', 'Ensambles', 'Sistemas Automotrices'],
  '337': ['Muebles', 'Mobiliario'],
  '339': ['Productos Médicos', 'Manufacturas', 'Artículos'],
};
const GENERIC_WORDS = ['Industrias', 'Grupo', 'Manufacturas', 'Corporación', 'Productos', 'Compañía Industrial', 'Fábrica'];
const SURNAMES = [
  'Garza', 'Treviño', 'González', 'Hernández', 'Martínez', 'Rodríguez', 'López', 'Ramírez', 'Sánchez', 'Villarreal', 'Elizondo',
  'Salinas', 'Cantú', 'Zambrano', 'Domínguez', 'Navarro', 'Orozco', 'Ibarra', 'Fuentes', 'Medina', 'Castillo', 'Aguilar', 'Vázquez',
  'Rivera', 'Morales', 'Torres', 'Sada', 'Madero', 'Lozano', 'Cárdenas', 'Guerra', 'Montemayor', 'Quiroga', 'Arizpe', 'Urquiza',
  'Flores', 'Gómez', 'Díaz', 'Reyes', 'Cruz', 'Mendoza', 'Ortiz', 'Gutiérrez', 'Chávez', 'Ramos', 'Ruiz', 'Herrera', 'Jiménez', 'Moreno',
  'Romero', 'Álvarez', 'Luna', 'Rosales', 'Benavides', 'Leal', 'Tamez', 'Villegas', 'Saldaña', 'Escobedo', 'Barragán', 'Olvera', 'Anaya',
  'Padilla', 'Zavala', 'Echeverría', 'Larrea', 'Aranda', 'Bermúdez', 'Carranza', 'Cervantes', 'Delgado', 'Espinosa', 'Galindo',
];
const PLACES = [
  'del Norte', 'del Bajío', 'de Occidente', 'del Golfo', 'del Pacífico', 'del Centro', 'del Sureste', 'Mexicana', 'Nacional',
  'Internacional', 'Continental', 'Azteca', 'Anáhuac', 'Sierra Madre', 'Río Bravo', 'Santa Fe', 'San José', 'Guadalupe', 'Regiomontana',
  'del Valle', 'de la Laguna', 'del Noreste', 'Peninsular', 'Fronteriza', 'Tapatía', 'Poblana', 'Queretana', 'Hidalguense', 'del Sur',
  'San Miguel', 'Santa Rosa', 'El Ángel', 'La Silla', 'Cumbres', 'Los Altos', 'Las Torres', 'Real', 'Universal', 'Metropolitana',
];
const SYLLABLES = [
  'Metal', 'Plasti', 'Tecno', 'Poli', 'Indus', 'Fer', 'Alu', 'Quimi', 'Electro', 'Auto', 'Termo', 'Hidro', 'Pro', 'Nova', 'Inter', 'Maq',
  'Tor', 'Galva', 'Cromo', 'Forja', 'Lami', 'Envo', 'Vidri', 'Papel', 'Texti', 'Agro', 'Bio', 'Mega', 'Omni', 'Ultra', 'Vector', 'Alfa',
];
const ENDINGS = ['mex', 'sa', 'tec', 'max', 'com', 'pak', 'lux', 'flex', 'mak', 'nor', 'plus', 'tek', 'ind', 'met', 'form', 'trans'];
const FOREIGN = [
  'Nordic', 'Pacific', 'Summit', 'Keystone', 'Atlas', 'Harbor', 'Liberty', 'Vantage', 'Crescent', 'Sterling', 'Hanwa', 'Takumi', 'Kessler',
  'Brandt', 'Redwood', 'Granite', 'Lakeshore', 'Ironbridge', 'Meridian', 'Pioneer', 'Horizon', 'Daewon', 'Shinwa', 'Mitaka', 'Vogel',
  'Hartmann', 'Lindqvist', 'Bergstrom', 'Calloway', 'Whitfield', 'Ashford', 'Dalton', 'Everett', 'Fairmont', 'Glenwood', 'Hollis',
];
const FOREIGN_KIND = ['Manufacturing', 'Automotive', 'Technologies', 'Components', 'Industries', 'Precision', 'Systems'];

/** Legal forms as the registers write them, most common first; spelled several ways, as in the RETC. */
const SUFFIXES: Array<[string[], number]> = [
  [['S.A. de C.V.', 'S.A. DE C.V.', 'SA DE CV', 'S.A DE C.V'], 58],
  [['S. de R.L. de C.V.', 'S. DE R.L. DE C.V.', 'S DE RL DE CV'], 27],
  [['S.A.P.I. de C.V.', 'SAPI DE CV'], 6],
  [['S.A.', 'SA'], 4],
  [['S. de R.L.', 'S DE RL'], 3],
  [['S.A.B. de C.V.'], 1],
  [['S.C.'], 1],
];

export interface CompanyName {
  /** razon_social: the name with its legal form. */
  legalName: string;
  /** establecimiento: the plant's own name, or '' as a third of the RETC rows have. */
  plantName: string;
  /** The bare name, for a web address. */
  core: string;
}

function coreName(scianCode: string, stateName: string, random: SeededRandom): string {
  const trade = random.chance(0.75) ? random.pick(TRADE_WORDS[scianCode.slice(0, 3)] ?? GENERIC_WORDS) : random.pick(GENERIC_WORDS);
  const roll = random.next();
  if (roll < 0.3) return `${trade} ${random.pick(SURNAMES)}`;
  if (roll < 0.45) return `${trade} ${random.pick(SURNAMES)} ${random.pick(SURNAMES)}`;
  if (roll < 0.65) return `${trade} ${random.pick(PLACES)}`;
  if (roll < 0.72) return `${trade} de ${stateName.split(' de ')[0]}`;
  if (roll < 0.87) return `${random.pick(SYLLABLES)}${random.pick(ENDINGS)}`;
  // Subsidiaries of foreign groups, as many maquiladoras are.
  return `${random.pick(FOREIGN)} ${random.pick(FOREIGN_KIND)} de México`;
}

export function companyName(scianCode: string, stateName: string, municipality: string, random: SeededRandom): CompanyName {
  const core = coreName(scianCode, stateName, random);
  const forms = random.weighted(
    SUFFIXES.map(([spellings]) => spellings),
    SUFFIXES.map(([, weight]) => weight),
  );
  const suffix = random.pick(forms);
  // Most RETC names are upper case; the rest are written as typed.
  const upper = random.chance(0.6);
  const legalName = `${upper ? core.toUpperCase() : core} ${suffix}`;
  const roll = random.next();
  const plantName = roll < 0.3 ? '' : roll < 0.75 ? (upper ? core.toUpperCase() : core) : roll < 0.9 ? `${core} Planta ${municipality}` : legalName;
  return { legalName, plantName, core };
}

/** A web address from the name: `https://www.plasticosgarza.com.mx`, or bare `www.…` as DENUE writes them. */
export function websiteFor(core: string, random: SeededRandom): string {
  const slug = core
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(de|del|y)\b/g, '')
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 24);
  const host = `www.${slug}${random.chance(0.6) ? '.com.mx' : '.com'}`;
  return random.chance(0.75) ? `https://${host}` : host;
}
