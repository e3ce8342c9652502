import { AppProcess, freePort, temporaryDirectory, testEnvironment } from '@puente/testing';
import { request } from 'node:http';

const MAIN = 'dist/apps/api/main.cjs';

describe('the API as a process', () => {
  it('refuses to start and names each invalid variable', async () => {
    const api = AppProcess.start(MAIN, testEnvironment({ PORT: 'eighty', REDIS_URL: 'http://nope', LOG_LEVEL: 'loud' }));
    const { code } = await api.exited;
    expect(code).toBe(78);
    expect(api.logs).toContain('Invalid environment');
    expect(api.logs).toMatch(/PORT: PORT must be an integer between 1 and 65535/);
    expect(api.logs).toMatch(/REDIS_URL: REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
    expect(api.logs).toMatch(/LOG_LEVEL:/);
    expect(api.logs).not.toMatch(/DATABASE_URL:/);
  });

  it('refuses production without DATABASE_URL', async () => {
    const env = testEnvironment({ NODE_ENV: 'production' });
    delete (env as Record<string, string | undefined>).DATABASE_URL;
    const api = AppProcess.start(MAIN, env);
    expect((await api.exited).code).toBe(78);
    expect(api.logs).toContain('DATABASE_URL: must be set when NODE_ENV=production');
  });

  it('starts in production with only DATABASE_URL, REDIS_URL and PORT, generating its secret once', async () => {
    const port = await freePort();
    const dataDir = temporaryDirectory();
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: process.env.DATABASE_URL ?? '',
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      PORT: String(port),
    };
    // The data dir is the one default a production container maps to a volume; it is set here
    // only so the test does not write into the workspace.
    const api = AppProcess.start(MAIN, { ...env, PUENTE_DATA_DIR: dataDir });
    try {
      await api.waitForHttp(`http://127.0.0.1:${port}/health/ready`);
      expect(api.logs).toContain('SESSION_SECRET was not set: generated one');
      expect(api.logs).not.toMatch(/"level":50/);
    } finally {
      await api.stop();
    }
  });

  it('finishes a request in flight on SIGTERM, then refuses new ones and exits 0', async () => {
    const port = await freePort();
    const api = AppProcess.start(MAIN, testEnvironment({ PORT: String(port), LOG_LEVEL: 'info' }));
    try {
      await api.waitForHttp(`http://127.0.0.1:${port}/health/live`);

      // A request whose body is still arriving when the signal lands.
      const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          { port, host: '127.0.0.1', method: 'POST', path: '/api/v1/meta/error-codes', headers: { 'content-type': 'application/json', 'content-length': '13' } },
          (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.write('{"partial":');
        setTimeout(() => {
          api.child.kill('SIGTERM');
          setTimeout(() => req.end('1}'), 500);
        }, 100);
      });

      const answered = await inFlight;
      // The route only accepts GET: the point is that the request got a complete answer.
      expect(answered.status).toBe(404);
      expect(JSON.parse(answered.body).error.code).toBe('NOT_FOUND');
      await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
      expect(await api.exited).toEqual({ code: 0, signal: null });
      expect(api.logs).toContain('shutdown complete');
    } finally {
      await api.stop();
    }
  });
});
