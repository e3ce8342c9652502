// Demo data goes in through the API, as a user's would, so it takes the real paths (validation,
// transactions, outbox, worker). Each feature adds its part here.

async function post(base, path, body) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': `demo-data-${Date.now()}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

async function waitForPong(base, id) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const view = await (await fetch(`${base}/api/v1/demo/pings/${id}`)).json();
    if (view.pongs.length) return view;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`ping ${id} got no pong: is the worker running?`);
}

export async function loadDemoData(base) {
  const pings = [];
  for (const message of ['Hello from Laredo', 'Hola desde Monterrey']) {
    const ping = await post(base, '/api/v1/demo/pings', { message });
    const processed = await waitForPong(base, ping.id);
    console.log(`  ping "${message}" → pong by worker pid ${processed.pongs[0].workerPid}`);
    pings.push(processed);
  }
  return pings;
}
