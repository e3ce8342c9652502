import { matchText } from '@puente/catalog';

export interface ActivityConcepts {
  processes: string[];
  materials: string[];
}

/** Many rows share one activity text (DENUE has 142 distinct ones in 6,883 rows): map each text once. */
const MAX_CACHED_TEXTS = 50_000;
const cache = new Map<string, ActivityConcepts>();

/** Processes (process families count) and materials a registry's activity text names, through `matchText`. */
export function activityConcepts(text: string | null): ActivityConcepts {
  if (!text) return { processes: [], materials: [] };
  const cached = cache.get(text);
  if (cached) return cached;
  const matches = matchText(text, { kinds: ['process', 'process-family', 'material'] });
  const concepts = {
    processes: matches.filter((m) => m.kind !== 'material').map((m) => m.code),
    materials: matches.filter((m) => m.kind === 'material').map((m) => m.code),
  };
  // Bounded: a file of unique texts must not grow the cache without end.
  if (cache.size >= MAX_CACHED_TEXTS) cache.clear();
  cache.set(text, concepts);
  return concepts;
}
