import { useEffect, useState } from 'react';

function tokenIn(part: string): string | null {
  return new URLSearchParams(part.replace(/^[#?]/, '')).get('token');
}

/**
 * The one-time token of an e-mailed link. Links carry it in the fragment (`#token=`), which the
 * browser never sends to a server, so it stays out of logs, proxies and Referer headers; links
 * mailed before that carry `?token=` and still work. Read once, then taken out of the address bar
 * (and so out of history and of anything that copies the URL); the page posts it in a body.
 */
export function useLinkToken(): string | null {
  const [token] = useState(() => tokenIn(window.location.hash) ?? tokenIn(window.location.search));

  useEffect(() => {
    const { pathname, search, hash } = window.location;
    if (tokenIn(hash) === null && tokenIn(search) === null) return;
    const query = new URLSearchParams(search);
    query.delete('token');
    const rest = query.toString();
    // Keep the router's own history state; only the URL changes.
    window.history.replaceState(window.history.state, '', `${pathname}${rest ? `?${rest}` : ''}`);
  }, []);

  return token;
}
