// The Opportunities page's state in the address (the tab and the feed's filters), so Back and a shared link keep
// them, and the feed's API query built from it.

/** Deadline windows a supplier plans by: whatever closes within so many days from now. */
export const WITHIN_DAYS = [3, 7, 14, 30] as const;

export type OpportunitiesTab = 'invitations' | 'feed';

export interface FeedFilters {
  /** A process or process-family code; '' for any. */
  process: string;
  /** Days from now the deadline must fall within; null for any. */
  withinDays: number | null;
}

export const NO_FILTERS: FeedFilters = { process: '', withinDays: null };

export function tabFrom(params: URLSearchParams): OpportunitiesTab {
  return params.get('tab') === 'feed' ? 'feed' : 'invitations';
}

/** A window the page does not offer reads as none (an edited address must not ask the API for an odd one). */
export function filtersFrom(params: URLSearchParams): FeedFilters {
  const within = Number(params.get('within'));
  return { process: params.get('process')?.trim() ?? '', withinDays: (WITHIN_DAYS as readonly number[]).includes(within) ? within : null };
}

/** The address of a tab: the invitations need nothing; the feed keeps its filters. */
export function paramsOf(tab: OpportunitiesTab, filters: FeedFilters): Record<string, string> {
  if (tab === 'invitations') return {};
  return { tab, ...(filters.process ? { process: filters.process } : {}), ...(filters.withinDays !== null ? { within: String(filters.withinDays) } : {}) };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The feed route's query (the generated FeedQuery's shape; this file stays free of the API client so plain tests load it). */
export interface FeedRequest {
  limit: number;
  process?: string;
  deadlineBefore?: string;
  cursor?: string;
}

/** `GET /rfq-feed`'s query: the window becomes the instant the deadline must come before. */
export function feedQueryOf(filters: FeedFilters, pageSize: number, now: number, cursor?: string): FeedRequest {
  return {
    limit: pageSize,
    ...(filters.process ? { process: filters.process } : {}),
    ...(filters.withinDays !== null ? { deadlineBefore: new Date(now + filters.withinDays * DAY_MS).toISOString() } : {}),
    ...(cursor ? { cursor } : {}),
  };
}
