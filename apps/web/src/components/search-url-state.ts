/**
 * The API's query (`GET /suppliers/search`), written out here so this module stays free of the generated client
 * (its unit test runs without the DOM's types); the page passes it to the typed call, which checks the shape.
 */
export interface SearchApiQuery {
  q?: string;
  zip?: string;
  maxTransitDays?: number;
  processes?: string;
  materials?: string;
  certifications?: string;
  states?: string;
  verified?: 'true' | 'false';
  sort?: 'relevance' | 'transit';
  limit?: number;
  cursor?: string;
}

/** Everything the buyer search page shows, as the address holds it (so Back and shared links restore it). */
export interface SearchState {
  q: string;
  zip: string;
  maxTransitDays: number | null;
  processes: string[];
  materials: string[];
  certifications: string[];
  states: string[];
  verified: boolean;
  sort: 'relevance' | 'transit';
}

export const EMPTY_SEARCH: SearchState = {
  q: '',
  zip: '',
  maxTransitDays: null,
  processes: [],
  materials: [],
  certifications: [],
  states: [],
  verified: false,
  sort: 'relevance',
};

const list = (value: string | null) => (value ? value.split(',').map((part) => part.trim()).filter(Boolean) : []);

/** Reads the address; anything malformed is left for the API to refuse by name rather than silently dropped. */
export function searchStateFrom(params: URLSearchParams): SearchState {
  const days = params.get('maxTransitDays');
  return {
    q: params.get('q') ?? '',
    zip: params.get('zip') ?? '',
    maxTransitDays: days && /^\d+$/.test(days) ? Number(days) : null,
    processes: list(params.get('processes')),
    materials: list(params.get('materials')),
    certifications: list(params.get('certifications')),
    states: list(params.get('states')),
    verified: params.get('verified') === 'true',
    sort: params.get('sort') === 'transit' ? 'transit' : 'relevance',
  };
}

/** The address for a state: only what differs from the empty search, in a stable order. */
export function searchParamsOf(state: SearchState): Record<string, string> {
  const entries: Array<[string, string]> = [
    ['q', state.q.trim()],
    ['zip', state.zip.trim()],
    ['maxTransitDays', state.zip.trim() && state.maxTransitDays ? String(state.maxTransitDays) : ''],
    ['processes', state.processes.join(',')],
    ['materials', state.materials.join(',')],
    ['certifications', state.certifications.join(',')],
    ['states', state.states.join(',')],
    ['verified', state.verified ? 'true' : ''],
    ['sort', state.zip.trim() && state.sort === 'transit' ? 'transit' : ''],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value));
}

/** A search asks the API only when it says something: text, a filter or a ZIP. */
export function isSearchable(state: SearchState): boolean {
  return Boolean(
    state.q.trim() || state.zip.trim() || state.processes.length || state.materials.length || state.certifications.length || state.states.length || state.verified,
  );
}

/** The API's query for a state (and a page's cursor). */
export function apiQueryOf(state: SearchState, limit: number, cursor?: string): SearchApiQuery {
  const params = searchParamsOf(state);
  return {
    ...(params['q'] ? { q: params['q'] } : {}),
    ...(params['zip'] ? { zip: params['zip'] } : {}),
    ...(params['maxTransitDays'] ? { maxTransitDays: Number(params['maxTransitDays']) } : {}),
    ...(params['processes'] ? { processes: params['processes'] } : {}),
    ...(params['materials'] ? { materials: params['materials'] } : {}),
    ...(params['certifications'] ? { certifications: params['certifications'] } : {}),
    ...(params['states'] ? { states: params['states'] } : {}),
    ...(state.verified ? { verified: 'true' as const } : {}),
    ...(params['sort'] ? { sort: 'transit' as const } : {}),
    limit,
    ...(cursor ? { cursor } : {}),
  };
}

/** The same state toggled on one value of a list filter (a facet's checkbox). */
export function toggled(state: SearchState, key: 'processes' | 'certifications' | 'states', code: string): SearchState {
  const current = state[key];
  return { ...state, [key]: current.includes(code) ? current.filter((value) => value !== code) : [...current, code] };
}
