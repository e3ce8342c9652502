/** Query parameters whose values are secrets when they appear in a URL (links, old clients). */
const SECRET_PARAMS = new Set(['token', 'refreshtoken', 'password', 'secret', 'key', 'code']);

/**
 * A request URL as it may be logged: the values of secret-named query parameters become
 * `[REDACTED]`. Links carry their tokens in the fragment, which browsers never send, but an old
 * `?token=` link or a careless client must not leave a working token in the logs either.
 * Works on the raw string so that a malformed URL is redacted too, never thrown on.
 */
export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  if (queryAt < 0) return url;
  const query = url.slice(queryAt + 1).replace(/([^&=]*)=([^&]*)/g, (pair, name: string) =>
    SECRET_PARAMS.has(decodedName(name).toLowerCase()) ? `${name}=[REDACTED]` : pair,
  );
  return `${url.slice(0, queryAt)}?${query}`;
}

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
