// Bundled and run by search-speed-breakdown.bench.mjs: where one search's time goes, in one process with
// no HTTP, on a prepared bench database. The steps SearchService takes (understand → requirement →
// candidate query, engine.candidates, rankCandidates) are timed apart, per query class, one at a time.
import 'reflect-metadata';
import { dataSourceOptions } from '@puente/platform';
import {
  candidateQueryFor,
  CANDIDATE_LIMIT,
  PostgresSearchEngine,
  rankCandidates,
  requirementFrom,
  understandQuery,
  type SearchFilters,
} from '@puente/search';
import { DataSource } from 'typeorm';
import { buildQuerySet } from './queries.mjs';

const SAMPLES = Number(process.env.BREAKDOWN_SAMPLES ?? 100);
const WARM_UP = 20;

const list = (params: URLSearchParams, name: string) => (params.get(name) ?? '').split(',').filter(Boolean);
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function main(): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions({ url: process.env.DATABASE_URL as string, applicationName: 'puente-search-breakdown', poolSize: 2, entities: [] })).initialize();
  const engine = new PostgresSearchEngine(dataSource);
  const asOf = new Date().toISOString().slice(0, 10);
  const { classes } = buildQuerySet({ count: SAMPLES + WARM_UP });
  console.log(`\nsearch time breakdown (in process, no HTTP, concurrency 1, ${SAMPLES} queries per class after ${WARM_UP} untimed; ms p50 / p95)`);
  console.log('class            understand+plan        candidates (SQL)       rank (Node)        candidates (median)');
  for (const [name, queries] of Object.entries(classes)) {
    const plan: number[] = [];
    const sql: number[] = [];
    const rank: number[] = [];
    const counts: number[] = [];
    for (const [index, query] of queries.entries()) {
      const params = new URLSearchParams(query);
      const t0 = performance.now();
      const understanding = understandQuery(params.get('q') ?? '');
      const requirement = requirementFrom(
        understanding,
        {
          processes: list(params, 'processes'),
          materials: list(params, 'materials'),
          industries: list(params, 'industries'),
          certifications: list(params, 'certifications').map((code) => ({ code, required: true })),
          zip: params.get('zip'),
        },
        asOf,
      );
      const filters: SearchFilters = {
        processes: list(params, 'processes'),
        materials: list(params, 'materials'),
        industries: list(params, 'industries'),
        certifications: list(params, 'certifications'),
        states: list(params, 'states'),
        verified: params.get('verified') === 'true',
      };
      const candidateQuery = candidateQueryFor(requirement, filters, CANDIDATE_LIMIT);
      const t1 = performance.now();
      const answer = await engine.candidates(candidateQuery);
      const t2 = performance.now();
      rankCandidates(answer.candidates, requirement);
      const t3 = performance.now();
      if (index < WARM_UP) continue;
      plan.push(t1 - t0);
      sql.push(t2 - t1);
      rank.push(t3 - t2);
      counts.push(answer.candidates.length);
    }
    const cell = (values: number[]) => `${pct(values, 50).toFixed(1)} / ${pct(values, 95).toFixed(1)}`.padEnd(22);
    console.log(`${name.padEnd(17)}${cell(plan)} ${cell(sql)} ${cell(rank)} ${pct(counts, 50)}`);
  }
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
