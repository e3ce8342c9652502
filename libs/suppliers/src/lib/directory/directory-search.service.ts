import { Injectable } from '@nestjs/common';
import { AppError } from '@puente/platform';
import { DataSource } from 'typeorm';
import { normalizeRfc } from '../domain/rfc';

export interface DirectorySearchQuery {
  q: string;
  /** INEGI two-digit state code. */
  state?: string;
  claimed?: boolean;
  cursor?: string;
  limit: number;
}

export interface DirectoryListingItem {
  supplierId: string;
  name: string;
  legalName: string | null;
  tradeName: string | null;
  municipality: string | null;
  state: string;
  scian: { code: string; title: string } | null;
  claimed: boolean;
  sources: Array<{ registry: string; id: string }>;
  matchedOn: 'name' | 'rfc' | 'municipality';
}

export interface DirectorySearchPage {
  items: DirectoryListingItem[];
  nextCursor: string | null;
}

/** An RFC as people type it: 3 or 4 letters, 6 digits, 3 characters (persona moral or física). */
const RFC_QUERY = /^[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}$/;

// The indexed keys (generated columns, see the CreateListingClaims migration): legal and trade name, and the
// first plant's municipality, case and accents folded by directory_name_key.
const NAME_KEY = 'p.search_name';
const MUNICIPALITY_KEY = 'p.search_municipality';

/**
 * "Find your plant": published, visible profiles (claimed or not) by name (pg_trgm word similarity on the
 * folded legal and trade names, so accents, case and a typo do not matter), exact RFC, or municipality.
 * Best match first, then by id; the cursor is the last row's (score, id), so pages never repeat or skip.
 */
@Injectable()
export class DirectorySearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: DirectorySearchQuery): Promise<DirectorySearchPage> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const rfc = normalizeRfc(query.q);
    const byRfc = RFC_QUERY.test(rfc);
    let score: string;
    let matched: string;
    let match: string;
    if (byRfc) {
      match = `p.published_data->>'rfc' = ${param(rfc)}`;
      score = '1::numeric';
      matched = `'rfc'`;
    } else {
      const q = param(query.q.trim());
      match = `(directory_name_key(${q}) <% ${NAME_KEY} OR ${MUNICIPALITY_KEY} = directory_name_key(${q}))`;
      score = `round(word_similarity(directory_name_key(${q}), ${NAME_KEY})::numeric, 4)`;
      matched = `CASE WHEN directory_name_key(${q}) <% ${NAME_KEY} THEN 'name' ELSE 'municipality' END`;
    }
    const filters = [
      'p.published_data IS NOT NULL',
      'p.published_at IS NOT NULL',
      `p.state NOT IN ('suspended', 'withdrawn')`,
      match,
    ];
    if (query.state) filters.push(`p.published_data->'plants' @> jsonb_build_array(jsonb_build_object('stateCode', ${param(query.state)}::text))`);
    if (query.claimed !== undefined) filters.push(query.claimed ? 'p.organization_id IS NOT NULL' : 'p.organization_id IS NULL');
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const page = `(score, id) < (${after ? `${param(after.score)}::numeric, ${param(after.id)}::uuid` : 'NULL, NULL'})`;
    // Ranked on the keys alone; published_data is read for the page's rows only.
    const rows: Array<{ id: string; organization_id: string | null; data: Record<string, unknown>; score: string; matched: DirectoryListingItem['matchedOn'] }> =
      await this.dataSource.query(
        `SELECT hits.id, p.organization_id, p.published_data AS data, hits.score, hits.matched FROM (
           SELECT * FROM (
             SELECT p.id, ${score} AS score, ${matched} AS matched
               FROM supplier_profiles p
              WHERE ${filters.join(' AND ')}
           ) ranked
           ${after ? `WHERE ${page}` : ''}
           ORDER BY score DESC, id DESC
           LIMIT ${param(query.limit + 1)}
         ) hits JOIN supplier_profiles p ON p.id = hits.id
         ORDER BY hits.score DESC, hits.id DESC`,
        params,
      );
    const shown = rows.slice(0, query.limit);
    const sources = await this.sourcesOf(shown.map((row) => row.id));
    const items = shown.map((row): DirectoryListingItem => {
      const data = row.data as { legalName: string | null; tradeName: string | null; plants?: Array<{ municipality: string | null; state: string }> };
      const plant = data.plants?.[0];
      const own = sources.get(row.id) ?? [];
      return {
        supplierId: row.id,
        name: data.tradeName || data.legalName || '—',
        legalName: data.legalName,
        tradeName: data.tradeName,
        municipality: plant?.municipality ?? null,
        state: plant?.state ?? '',
        scian: own.find((source) => source.scian)?.scian ?? null,
        claimed: row.organization_id !== null,
        sources: own.map(({ registry, id }) => ({ registry, id })),
        matchedOn: row.matched,
      };
    });
    const last = rows.length > query.limit ? shown[shown.length - 1] : null;
    return { items, nextCursor: last ? encodeCursor(last.score, last.id) : null };
  }

  private async sourcesOf(ids: string[]): Promise<Map<string, Array<{ registry: string; id: string; scian: { code: string; title: string } | null }>>> {
    const map = new Map<string, Array<{ registry: string; id: string; scian: { code: string; title: string } | null }>>();
    if (ids.length === 0) return map;
    const rows: Array<{ profile_id: string; registry: string; source_id: string; scian: { code: string; title: string } | null }> = await this.dataSource.query(
      `SELECT profile_id, registry, source_id, facts->'scian' AS scian FROM directory_sources
        WHERE profile_id = ANY($1) ORDER BY first_seen_at, registry, source_id`,
      [ids],
    );
    for (const row of rows) map.set(row.profile_id, [...(map.get(row.profile_id) ?? []), { registry: row.registry, id: row.source_id, scian: row.scian }]);
    return map;
  }
}

export const DIRECTORY_CURSOR_PATTERN = /^[A-Za-z0-9_-]{10,120}$/;

function encodeCursor(score: string, id: string): string {
  return Buffer.from(`${score}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { score: string; id: string } {
  const [score, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/.test(score ?? '') || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id ?? '')) {
    throw new AppError('VALIDATION_FAILED', { details: [{ field: 'cursor', issue: 'invalid', message: 'cursor must be the nextCursor of a previous page' }] });
  }
  return { score, id };
}
