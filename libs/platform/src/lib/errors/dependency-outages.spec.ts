import { DependencyOutages } from './dependency-outages';

describe('DependencyOutages', () => {
  function setUp() {
    let now = 1_000;
    const lines: Array<{ level: string; fields: Record<string, unknown>; message: string }> = [];
    const logger = {
      warn: (fields: object, message: string) => lines.push({ level: 'warn', fields: fields as Record<string, unknown>, message }),
      info: (fields: object, message: string) => lines.push({ level: 'info', fields: fields as Record<string, unknown>, message }),
    };
    const outages = new DependencyOutages(() => now);
    return { outages, logger, lines, advance: (ms: number) => (now += ms) };
  }

  it('logs one warning when an outage starts and one line when it ends, whatever the number of failures', () => {
    const { outages, logger, lines, advance } = setUp();
    const cause = new Error('connect ECONNREFUSED');
    for (let request = 0; request < 200; request++) outages.failed('database', logger, cause);
    expect(outages.isDown('database')).toBe(true);
    advance(4_200);
    outages.recovered('database', logger);
    outages.recovered('database', logger);
    expect(lines).toEqual([
      { level: 'warn', fields: { dependency: 'database', err: cause }, message: expect.stringContaining('database unreachable') },
      { level: 'info', fields: { dependency: 'database', outageMs: 4_200 }, message: 'database reachable again' },
    ]);
    expect(outages.isDown('database')).toBe(false);
  });

  it('tracks each dependency on its own and logs nothing on a connection made while nothing was down', () => {
    const { outages, logger, lines } = setUp();
    outages.recovered('redis', logger);
    outages.failed('redis', logger, new Error('Connection is closed.'));
    outages.failed('database', logger, new Error('Connection terminated unexpectedly'));
    outages.recovered('redis', logger);
    expect(lines.map((line) => [line.level, line.fields.dependency])).toEqual([
      ['warn', 'redis'],
      ['warn', 'database'],
      ['info', 'redis'],
    ]);
    expect(outages.isDown('database')).toBe(true);
  });
});
