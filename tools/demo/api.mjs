// The demo's steps talk to the API as a client would: JSON in and out, a bearer token, and any 4xx or 5xx
// stops the step with the route and the answer (the demo prints it and stops).

/** Calls a JSON route; answers its parsed body (undefined when empty), throws on a status of 400 or more. */
export async function call(base, method, path, body, token) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 400) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** An access token for one of DEMO_ACCOUNTS, as a script (client `api`) signs in. */
export async function signIn(base, account) {
  return (await call(base, 'POST', '/api/v1/auth/sign-in', { email: account.email, password: account.password, client: 'api' })).accessToken;
}
