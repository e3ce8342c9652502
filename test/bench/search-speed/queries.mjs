// The query set, drawn deterministically (seeded, no Math.random): per class, `count` search requests as
// query strings for GET /api/v1/suppliers/search, and matching bodies for POST /api/v1/matching/suppliers.
// Words are what a US buyer types (with some Spanish); codes come from the catalog's vocabulary, weighted
// by how many listings carry them when the database says so, so filters hit populated and rare values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// npm runs benchmarks from the workspace root; this file is also bundled into a TypeScript entry, where
// import.meta.url is not available.
const WORKSPACE = process.cwd();

/** mulberry32: small, seeded, good enough to pick queries. */
export function seeded(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, min, max) => {
    const count = min + Math.floor(next() * (max - min + 1));
    const chosen = new Set();
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  return { next, pick, some };
}

const ONE_TERM = [
  // English buyer words
  'machining', 'stamping', 'forging', 'casting', 'welding', 'extrusion', 'plastics', 'aluminum', 'steel',
  'packaging', 'boxes', 'harnesses', 'springs', 'fasteners', 'pumps', 'valves', 'coatings', 'galvanizing',
  'painting', 'textiles', 'furniture', 'electronics', 'PCBA', 'brakes', 'gears', 'molds', 'labels',
  'bottles', 'cables', 'chemicals', 'fertilizers', 'glass', 'cardboard', 'rubber', 'foam', 'tubing',
  'bearings', 'transformers', 'paint', 'resins', 'adhesives', 'bakery', 'candy', 'beverages', 'cement',
  // Spanish, as Mexican buyers and the registries write
  'maquinado', 'troquelado', 'fundición', 'inyección', 'soldadura', 'cartón', 'arneses', 'alimentos',
  'plásticos', 'empaques', 'herrería', 'muebles', 'autopartes', 'galvanizado', 'textil',
];

const PHRASES = [
  'aluminum die casting housings', 'corrugated boxes', 'brake discs', 'cnc machining stainless steel',
  'plastic injection molding automotive', 'wire harness assembly', 'hose assembly', 'metal stamping brackets',
  'powder coating', 'sheet metal fabrication', 'heat treating steel parts', 'printed circuit board assembly',
  'flexible packaging film', 'glass bottles for beverages', 'dog food', 'steel forgings for trucks',
  'rubber seals and gaskets', 'precision machined shafts', 'zinc plating', 'cast iron foundry',
  'industrial paint and coatings', 'wooden pallets', 'polyethylene bags', 'aluminum extrusion profiles',
  'electric motors', 'air conditioning parts', 'medical device molding', 'aerospace machining AS9100',
  'fundición a presión de aluminio', 'cajas de cartón corrugado', 'maquinado cnc de piezas',
  'inyección de plástico', 'estampado de metal', 'arneses eléctricos automotrices', 'pintura electrostática',
];

/** Words a buyer strings together ("steel brackets welding"), for several-term queries beyond the phrases. */
const WORDS = [
  'aluminum', 'steel', 'stainless', 'plastic', 'injection', 'molding', 'machining', 'cnc', 'stamping',
  'welding', 'assembly', 'housings', 'brackets', 'parts', 'automotive', 'precision', 'boxes', 'packaging',
  'casting', 'die', 'forging', 'coating', 'powder', 'harness', 'wire', 'cable', 'tube', 'sheet', 'metal',
  'rubber', 'seals', 'valves', 'pumps', 'food', 'chemical', 'paint', 'glass', 'textile', 'electronic',
  'acero', 'aluminio', 'plástico', 'piezas', 'maquinado', 'moldes', 'ensamble', 'empaque',
];

/** Words most listings carry: the matched set is large, so facet counts and totals work hardest. */
const BROAD = ['fabricación', 'manufacturing', 'productos', 'products', 'parts', 'piezas', 'industrial', 'metal', 'plastic', 'food', 'alimentos'];

function csvRows(file) {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [names[index], cell])));
}

/** US ZIPs where buyers of Mexican parts sit (border and Midwest states first), drawn from the catalog's list. */
function buyerZips() {
  const states = new Set(['TX', 'CA', 'AZ', 'IL', 'MI', 'OH', 'IN', 'TN', 'GA', 'NC', 'WI', 'KY', 'AL', 'SC', 'PA', 'NY']);
  return csvRows(join(WORKSPACE, 'libs/catalog/data/geography/us_zip_centroids_zipcodes_npm.csv'))
    .filter((row) => states.has(row.state))
    .map((row) => row.zip)
    .filter((zip, index) => index % 37 === 0);
}

function stateCodes() {
  return csvRows(join(WORKSPACE, 'libs/catalog/data/geography/mx_states_inegi.csv')).map((row) => row.cve_ent);
}

function vocabularyCodes() {
  const { entries } = JSON.parse(readFileSync(join(WORKSPACE, 'libs/catalog/data/vocabulary/vocabulary.json'), 'utf8'));
  const of = (...kinds) => entries.filter((entry) => kinds.includes(entry.kind)).map((entry) => entry.code);
  return { processes: of('process', 'process-family'), materials: of('material'), industries: of('industry'), certifications: of('certification') };
}

/**
 * `popular` (optional): codes by kind ordered by how many listings carry them, from the database; half the
 * filter picks come from its top 20 so filtered queries are not all empty answers.
 */
export function buildQuerySet({ count, popular = {} }) {
  const random = seeded(14);
  const codes = vocabularyCodes();
  const zips = buyerZips();
  const states = stateCodes();
  const code = (kind) => {
    const top = (popular[kind] ?? []).slice(0, 20);
    return top.length && random.next() < 0.5 ? random.pick(top) : random.pick(codes[kind]);
  };
  const several = () => (random.next() < 0.5 ? random.pick(PHRASES) : random.some(WORDS, 2, 4).join(' '));
  const terms = () => (random.next() < 0.5 ? random.pick(ONE_TERM) : several());
  const filters = () => {
    const params = {};
    const kinds = random.some(['processes', 'materials', 'industries', 'certifications', 'states', 'verified'], 1, 3);
    for (const kind of kinds) {
      if (kind === 'states') params.states = random.some(states, 1, 3).join(',');
      else if (kind === 'verified') params.verified = 'true';
      else params[kind] = code(kind);
    }
    return params;
  };
  const zip = () => {
    const params = { zip: random.pick(zips) };
    if (random.next() < 0.4) params.maxTransitDays = String(2 + Math.floor(random.next() * 5));
    if (random.next() < 0.3) params.sort = 'transit';
    return params;
  };
  const draw = (make) => Array.from({ length: count }, () => new URLSearchParams(make()).toString());

  const classes = {
    'one term': draw(() => ({ q: random.pick(ONE_TERM) })),
    'several terms': draw(() => ({ q: several() })),
    'terms + filters': draw(() => ({ q: terms(), ...filters() })),
    'terms + ZIP': draw(() => ({ q: terms(), ...zip() })),
    'filters only': draw(() => filters()),
    'facet-heavy': draw(() => (random.next() < 0.8 ? { q: random.pick(BROAD) } : { states: random.some(states, 4, 8).join(',') })),
  };
  const matching = Array.from({ length: count }, () => {
    const body = { limit: 25 };
    if (random.next() < 0.8) body.text = several();
    if (random.next() < 0.6) body.processes = [...new Set([code('processes'), ...(random.next() < 0.5 ? [code('processes')] : [])])];
    if (random.next() < 0.3) body.materials = [code('materials')];
    if (random.next() < 0.4) body.certifications = [{ code: code('certifications'), required: random.next() < 0.3 }];
    if (random.next() < 0.5) body.quantity = { value: 1000 * (1 + Math.floor(random.next() * 50)), unit: 'pieces' };
    if (random.next() < 0.7) body.zip = random.pick(zips);
    if (!body.text && !body.processes) body.text = random.pick(ONE_TERM);
    return body;
  });
  return { classes, matching };
}
