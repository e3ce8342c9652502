// Bundled and run by relevance.bench.mjs. Builds the SearchDocuments of the real RETC + DENUE files in
// memory (through the importer's own row mapper, so they hold what an import produces), retrieves candidates
// the way the engine contract says (text OR concepts OR SCIAN codes, bounded, best first), and compares the
// ranking with a text-only BM25 baseline on the labelled queries. With --pool it grades the pooled top 20 of
// both rankings with each query's written criteria (RUBRIC.md) and writes labels.json instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { foldWord, tokenize } from '@puente/catalog';
import { FORMAT_SPECS, type DirectoryFormat } from '@puente/suppliers';
// The importer's own row mapper (not exported to other contexts), so the documents hold what an import produces.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { mapDirectoryRow } from '../../libs/suppliers/src/lib/directory/import/row-mapper';
import {
  candidateQueryFor,
  PostgresSearchEngine,
  rankCandidates,
  requirementFrom,
  searchMigrations,
  understandQuery,
  type Candidate,
  type SearchDocument,
  type SearchFilters,
} from '@puente/search';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';

/** Stop words of the in-memory BM25 (both languages): generic IR, no vocabulary. */
const STOP_KEYS = new Set(
  'a an and or of for the with in on at to from by near per de del la las el los y e o u para con en por al se que un una'.split(' '),
);

const ROOT = process.cwd();
const DIR = join(ROOT, 'libs/suppliers/data/directory');
const BENCH = join(ROOT, 'test/bench/relevance');
const AS_OF = '2026-12-01';
const CANDIDATES = 400;
const POOL_DEPTH = 20;

interface Criterion { scian?: string[]; re?: string }
interface LabelledQuery { id: string; text: string; zip?: string; certifications?: string[]; g3: Criterion; g2: Criterion; g1: Criterion }

// ---- documents --------------------------------------------------------------------------------------------
function loadDocuments(): { documents: SearchDocument[]; bytes: number } {
  const documents: SearchDocument[] = [];
  let bytes = 0;
  const files: Array<[string, DirectoryFormat, string]> = [
    ['mx_retc_manufacturing_establishments_2013_2022.csv', 'retc', 'RETC'],
    ['mx_denue_manufacturing_istmo_oax_ver.csv', 'denue', 'DENUE'],
  ];
  for (const [file, format, registry] of files) {
    const text = readFileSync(join(DIR, file), 'utf8');
    bytes += Buffer.byteLength(text);
    const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    const columns = rows[0].map((column) => column.trim().toLowerCase());
    rows.slice(1).forEach((cells, i) => {
      const mapped = mapDirectoryRow(FORMAT_SPECS[format], columns, cells, i + 2, { currentYear: 2026 });
      if (!mapped.ok) return;
      const f = mapped.facts;
      const filled = [f.legalName, f.tradeName, f.website, f.yearFounded, f.employeeBand, f.description.es, f.processes.length, f.materials.length, f.industries.length];
      documents.push({
        supplierId: `${registry}:${mapped.sourceId}`,
        legalName: f.legalName,
        tradeName: f.tradeName,
        claimed: false,
        sources: [{ registry, id: mapped.sourceId }],
        verificationLevel: 'unverified',
        descriptionEs: f.description.es,
        descriptionEn: f.description.en,
        processes: f.processes,
        materials: f.materials,
        industries: f.industries,
        scianCodes: [f.scian.code],
        certifications: f.declaredCertifications.map((code) => ({ code, validFrom: null, validUntil: null, verified: false, declared: true })),
        plants: [{
          plantId: `${registry}:${mapped.sourceId}:plant`, name: f.plant.name, stateCode: f.plant.stateCode, state: f.plant.state,
          municipality: f.plant.municipality, lat: f.plant.lat, lon: f.plant.lon, precision: f.plant.precision, nearestPorts: f.plant.nearestPorts,
        }],
        employeeBand: f.employeeBand,
        capacity: { minimumOrderQuantity: null, monthlyCapacity: null, monthlyCapacityUnit: null, leadTimeDays: null },
        exportsToUs: false,
        completeness: filled.filter(Boolean).length / filled.length,
        updatedAt: '2026-12-01T00:00:00.000Z',
      });
    });
  }
  return { documents, bytes };
}

// ---- in-memory engine: BM25 over names + description, concept and SCIAN postings -------------------------
class MemoryIndex {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths: number[] = [];
  private readonly conceptPostings = new Map<string, Set<number>>();
  private avg = 0;
  constructor(readonly documents: SearchDocument[]) {
    documents.forEach((doc, i) => {
      const keys = keysOf([doc.legalName, doc.tradeName, doc.descriptionEs, doc.descriptionEn].filter(Boolean).join(' '));
      this.lengths[i] = keys.length;
      for (const key of keys) {
        const posting = this.postings.get(key) ?? new Map<number, number>();
        posting.set(i, (posting.get(i) ?? 0) + 1);
        this.postings.set(key, posting);
      }
      for (const code of [...doc.processes, ...doc.materials, ...doc.industries, ...doc.scianCodes.map((c) => `scian:${c}`)]) {
        const set = this.conceptPostings.get(code) ?? new Set<number>();
        set.add(i);
        this.conceptPostings.set(code, set);
      }
    });
    this.avg = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }
  /** BM25 (k1 1.2, b 0.75) of every document that has a query word. */
  bm25(text: string): Map<number, number> {
    const scores = new Map<number, number>();
    const n = this.documents.length;
    for (const key of new Set(keysOf(text))) {
      const posting = this.postings.get(key);
      if (!posting) continue;
      const idf = Math.log(1 + (n - posting.size + 0.5) / (posting.size + 0.5));
      for (const [doc, tf] of posting) {
        const norm = tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * this.lengths[doc] / this.avg));
        scores.set(doc, (scores.get(doc) ?? 0) + idf * norm);
      }
    }
    return scores;
  }
  withCode(code: string): ReadonlySet<number> {
    return this.conceptPostings.get(code) ?? new Set();
  }
}

function keysOf(text: string): string[] {
  return tokenize(text).map((token) => token.key).filter((key) => !STOP_KEYS.has(key));
}

const NO_FILTERS: SearchFilters = { processes: [], materials: [], industries: [], certifications: [], states: [], verified: false };

function baseline(index: MemoryIndex, query: LabelledQuery): string[] {
  const scores = index.bm25(query.text);
  return [...scores].sort((a, b) => b[1] - a[1] || cmp(index.documents[a[0]].supplierId, index.documents[b[0]].supplierId)).slice(0, 50).map(([i]) => index.documents[i].supplierId);
}

function ranked(index: MemoryIndex, query: LabelledQuery): string[] {
  const understanding = understandQuery(query.text);
  const requirement = requirementFrom(understanding, { zip: query.zip ?? null, certifications: query.certifications ?? [] }, AS_OF);
  const cq = candidateQueryFor(requirement, NO_FILTERS, CANDIDATES);
  // Mirrors the engine: a document is a candidate by text, a concept or a SCIAN code; best matches first, bounded.
  const text = cq.text ? index.bm25(cq.text) : new Map<number, number>();
  const maxText = Math.max(0, ...text.values());
  const pre = new Map<number, number>();
  for (const [i, s] of text) pre.set(i, (pre.get(i) ?? 0) + s / (maxText || 1));
  for (const code of cq.concepts) for (const i of index.withCode(code)) pre.set(i, (pre.get(i) ?? 0) + 1);
  for (const code of cq.scianCodes) for (const i of index.withCode(`scian:${code}`)) pre.set(i, (pre.get(i) ?? 0) + 1);
  const chosen = [...pre].sort((a, b) => b[1] - a[1] || cmp(index.documents[a[0]].supplierId, index.documents[b[0]].supplierId)).slice(0, cq.limit);
  const candidates: Candidate[] = chosen.map(([i]) => ({ document: index.documents[i], textScore: maxText ? (text.get(i) ?? 0) / maxText : 0 }));
  return rankCandidates(candidates, requirement).slice(0, 50).map((hit) => hit.document.supplierId);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ---- the real PostgreSQL engine, in a database of its own ----------------------------------
/** A stable UUID for a registry id (the engine keys documents by UUID; labels by registry id). */
function uuidOf(id: string): string {
  const h = createHash('sha1').update(id).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface Retriever {
  name: string;
  ranked(query: LabelledQuery): Promise<string[]>;
  baseline(query: LabelledQuery): Promise<string[]>;
  close(): Promise<void>;
}

function memoryRetriever(index: MemoryIndex): Retriever {
  return {
    name: `in-process index of the SearchDocuments (BM25 over names + description, concept and SCIAN postings, ${CANDIDATES} candidates), not PostgreSQL`,
    ranked: async (query) => ranked(index, query),
    baseline: async (query) => baseline(index, query),
    close: async () => undefined,
  };
}

async function postgresRetriever(documents: SearchDocument[]): Promise<Retriever & { loadSeconds: number }> {
  const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `ranking_relevance_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${database}`);
  const dataSource = new DataSource({
    type: 'postgres',
    url: Object.assign(new URL(server), { pathname: `/${database}` }).toString(),
    migrations: searchMigrations,
    entities: [],
    logging: false,
  });
  const drop = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  };
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const engine = new PostgresSearchEngine(dataSource);
    const byUuid = new Map<string, string>();
    const started = performance.now();
    for (let i = 0; i < documents.length; i += 1000) {
      const batch = documents.slice(i, i + 1000).map((doc) => {
        const id = uuidOf(doc.supplierId);
        byUuid.set(id, doc.supplierId);
        return { ...doc, supplierId: id, plants: doc.plants.map((plant) => ({ ...plant, plantId: uuidOf(plant.plantId) })) };
      });
      await engine.upsert(batch);
    }
    await dataSource.query('ANALYZE');
    const loadSeconds = (performance.now() - started) / 1000;
    const back = (hits: Array<{ document: SearchDocument }>) => hits.map((hit) => byUuid.get(hit.document.supplierId) as string);
    return {
      name: `the PostgreSQL engine (PostgresSearchEngine in its own database ${database}, ${CANDIDATES} candidates; dropped at the end)`,
      loadSeconds,
      async ranked(query) {
        const requirement = requirementFrom(understandQuery(query.text), { zip: query.zip ?? null, certifications: query.certifications ?? [] }, AS_OF);
        const answer = await engine.candidates(candidateQueryFor(requirement, NO_FILTERS, CANDIDATES));
        return back(rankCandidates(answer.candidates, requirement).slice(0, 50));
      },
      async baseline(query) {
        // Text only on the same engine: the raw words, no concepts, no SCIAN codes, no reordering.
        const answer = await engine.candidates({ text: query.text, concepts: [], scianCodes: [], filters: NO_FILTERS, asOf: AS_OF, limit: 50 });
        return back([...answer.candidates].sort((a, b) => b.textScore - a.textScore || cmp(a.document.supplierId, b.document.supplierId)));
      },
      close: drop,
    };
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
}

// ---- grading (pool mode) and metrics ----------------------------------------------------------------------
function grade(doc: SearchDocument, query: LabelledQuery): number {
  const text = foldWord([doc.descriptionEs, doc.legalName, doc.tradeName].filter(Boolean).join(' | '));
  const meets = (c: Criterion): boolean => (c.scian ?? []).some((code) => doc.scianCodes.includes(code)) || (c.re ? new RegExp(c.re).test(text) : false);
  if (meets(query.g3)) return 3;
  if (meets(query.g2)) return 2;
  if (meets(query.g1)) return 1;
  return 0;
}

function dcg(grades: number[]): number {
  return grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

interface Metrics { ndcg: number; recall: number; rr: number }
function measure(list: string[], labels: Record<string, number>): Metrics | null {
  const all = Object.values(labels).sort((a, b) => b - a);
  const ideal = dcg(all.slice(0, 10));
  if (ideal === 0) return null;
  const relevant = Object.entries(labels).filter(([, g]) => g >= 2).map(([id]) => id);
  const ndcg = dcg(list.slice(0, 10).map((id) => labels[id] ?? 0)) / ideal;
  const recall = relevant.length ? relevant.filter((id) => list.slice(0, 50).includes(id)).length / relevant.length : 0;
  const first = list.findIndex((id) => (labels[id] ?? 0) >= 2);
  return { ndcg, recall, rr: first < 0 ? 0 : 1 / (first + 1) };
}

// ---- main -------------------------------------------------------------------------------------------------
async function main(): Promise<void> {
  const queries = JSON.parse(readFileSync(join(BENCH, 'queries.json'), 'utf8')) as LabelledQuery[];
  const loadStarted = performance.now();
  const { documents, bytes } = loadDocuments();
  const index = new MemoryIndex(documents);
  const loadMs = performance.now() - loadStarted;
  const byId = new Map(documents.map((doc) => [doc.supplierId, doc]));
  const engineArg = process.argv.indexOf('--engine');
  const engineName = engineArg > 0 ? process.argv[engineArg + 1] : 'postgres';
  const postgres = engineName === 'postgres' ? await postgresRetriever(documents) : null;
  const retriever: Retriever = postgres ?? memoryRetriever(index);
  process.on('SIGINT', () => void retriever.close().finally(() => process.exit(130)));
  try {

    if (process.argv.includes('--pool')) {
      // Additive: a judgement once written is never changed; documents a changed ranking brings into its top 20
      // are judged with the same committed criteria and added (the README says when that happened).
      const file = join(BENCH, 'labels.json');
      let existing: Record<string, Record<string, number>> = {};
      try {
        existing = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, number>>;
      } catch {
        existing = {};
      }
      let added = 0;
      const labels: Record<string, Record<string, number>> = {};
      for (const query of queries) {
        const pool = new Set([...(await retriever.baseline(query)).slice(0, POOL_DEPTH), ...(await retriever.ranked(query)).slice(0, POOL_DEPTH)]);
        const judged = { ...(existing[query.id] ?? {}) };
        for (const id of pool) {
          if (judged[id] !== undefined) continue;
          judged[id] = grade(byId.get(id) as SearchDocument, query);
          added += 1;
        }
        labels[query.id] = Object.fromEntries(Object.keys(judged).sort().map((id) => [id, judged[id]]));
      }
      writeFileSync(file, `${JSON.stringify(labels, null, 1)}\n`);
      console.log(`labels for ${queries.length} queries: ${added} judgements added (pool: top ${POOL_DEPTH} of the ranking and of the baseline); none changed`);
      await retriever.close();
      process.exit(0);
    }

    const explain = process.argv.indexOf('--explain');
    if (explain > 0) {
      // Reading aid while tuning: the top 10 of both rankings of one query with their labels.
      const query = queries.find((q) => q.id === process.argv[explain + 1]) as LabelledQuery;
      const judged = (JSON.parse(readFileSync(join(BENCH, 'labels.json'), 'utf8')) as Record<string, Record<string, number>>)[query.id] ?? {};
      console.log(JSON.stringify(understandQuery(query.text), null, 1));
      for (const [name, list] of [['ranking', await retriever.ranked(query)], ['baseline', await retriever.baseline(query)]] as const) {
        console.log(`-- ${name}`);
        for (const id of list.slice(0, 10)) {
          const doc = byId.get(id) as SearchDocument;
          console.log(`  ${judged[id] ?? '-'} ${id} ${doc.scianCodes[0]} ${(doc.descriptionEs ?? '').slice(0, 90)}`);
        }
      }
      await retriever.close();
      process.exit(0);
    }

    const labels = JSON.parse(readFileSync(join(BENCH, 'labels.json'), 'utf8')) as Record<string, Record<string, number>>;
    // Warm-up: one pass over every query (builds the catalog's indexes), not timed.
    for (const query of queries) await retriever.ranked(query);
    const SAMPLES = 3;
    const times: number[] = [];
    const rows: Array<{ query: LabelledQuery; r: Metrics; b: Metrics; rTop: string[]; bTop: string[] }> = [];
    let skipped = 0;
    for (const query of queries) {
      let list: string[] = [];
      for (let s = 0; s < SAMPLES; s++) {
        const started = performance.now();
        list = await retriever.ranked(query);
        times.push(performance.now() - started);
      }
      const baseList = await retriever.baseline(query);
      const r = measure(list, labels[query.id] ?? {});
      const b = measure(baseList, labels[query.id] ?? {});
      if (!r || !b) { skipped += 1; continue; }
      rows.push({ query, r, b, rTop: list.slice(0, 10), bTop: baseList.slice(0, 10) });
    }
    const mean = (pick: (m: Metrics) => number, which: 'r' | 'b') => rows.reduce((sum, row) => sum + pick(row[which]), 0) / rows.length;
    times.sort((a, b) => a - b);
    const judged = Object.values(labels).reduce((sum, l) => sum + Object.keys(l).length, 0);
    console.log(`relevance benchmark: understandQuery → candidates → rankCandidates vs a text-only baseline (${postgres ? 'the engine\'s text relevance' : 'BM25'}, no vocabulary, no codes)
machine: ${cpus().length} cores (${cpus()[0].model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}
engine: ${retriever.name}${postgres ? `; ${documents.length} documents indexed in ${postgres.loadSeconds.toFixed(1)} s` : ''}
data: ${documents.length} documents from the real RETC + DENUE files (${(bytes / 2 ** 20).toFixed(1)} MiB, mapped by mapDirectoryRow; cross-registry merges not applied), built in ${(loadMs / 1000).toFixed(1)} s
queries: ${queries.length} labelled (${rows.length} with at least one relevant judged document, ${skipped} without), ${judged} judgements pooled from the top ${POOL_DEPTH} of both rankings
warm-up: one pass over every query, not timed; samples: ${SAMPLES} per query; ranking time per query p50 ${times[Math.floor(times.length / 2)].toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(1)} ms (candidate retrieval included)

                 NDCG@10  recall@50    MRR
ranking          ${mean((m) => m.ndcg, 'r').toFixed(3)}      ${mean((m) => m.recall, 'r').toFixed(3)}  ${mean((m) => m.rr, 'r').toFixed(3)}
text-only        ${mean((m) => m.ndcg, 'b').toFixed(3)}      ${mean((m) => m.recall, 'b').toFixed(3)}  ${mean((m) => m.rr, 'b').toFixed(3)}
difference       ${(mean((m) => m.ndcg, 'r') - mean((m) => m.ndcg, 'b') >= 0 ? '+' : '')}${(mean((m) => m.ndcg, 'r') - mean((m) => m.ndcg, 'b')).toFixed(3)} NDCG@10 (target ≥ +0.10)
`);
    const unjudged = (which: 'r' | 'b') => rows.reduce((sum, row) => sum + row[which === 'r' ? 'rTop' : 'bTop'].filter((id) => labels[row.query.id]?.[id] === undefined).length, 0);
    console.log(`unjudged documents in the top 10 (counted as 0): ranking ${unjudged('r')}, baseline ${unjudged('b')} of ${rows.length * 10}`);
    const losses = rows.filter((row) => row.r.ndcg < row.b.ndcg - 1e-9);
    console.log(`per-query losses (ranking NDCG@10 below the baseline's): ${losses.length}`);
    for (const row of losses) console.log(`  ${row.query.id} "${row.query.text}": ranking ${row.r.ndcg.toFixed(3)} vs baseline ${row.b.ndcg.toFixed(3)}`);
    if (process.argv.includes('--verbose')) for (const row of rows) console.log(`  ${row.query.id} "${row.query.text}": ranking ${row.r.ndcg.toFixed(3)} baseline ${row.b.ndcg.toFixed(3)}`);
  } finally {
    await retriever.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
