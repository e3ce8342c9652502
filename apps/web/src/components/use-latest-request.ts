import { useCallback, useRef } from 'react';

/**
 * For pages whose address drives a fetch: answers can arrive out of order (a search, then the same with a
 * ZIP), so each request takes a ticket and only the latest one may set the page.
 * `const isCurrent = begin(); const page = await fetch(); if (!isCurrent()) return;`
 */
export function useLatestRequest(): () => () => boolean {
  const latest = useRef(0);
  return useCallback(() => {
    const ticket = ++latest.current;
    return () => ticket === latest.current;
  }, []);
}
