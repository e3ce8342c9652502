import { QueryFailedError } from 'typeorm';
import { createLogger } from './create-logger';

function logged(write: (logger: ReturnType<typeof createLogger>) => void): string {
  const lines: string[] = [];
  const logger = createLogger({ service: 'spec', level: 'info' }, { write: (line: string) => lines.push(line) });
  write(logger);
  return lines.join('');
}

describe('createLogger', () => {
  it('keeps the values of a failed SQL statement out of the line, and the statement in', () => {
    const failed = new QueryFailedError('INSERT INTO quote_revisions (content) VALUES ($1)', [{ unitPrice: '7193.4862' }], new Error('deadlock detected'));
    const line = logged((logger) => logger.error({ err: failed, requestId: 'r1' }, 'request failed'));
    expect(line).toContain('INSERT INTO quote_revisions');
    expect(line).toContain('deadlock detected');
    expect(line).not.toContain('7193.4862');
  });

  it('keeps passwords and tokens out', () => {
    const line = logged((logger) => logger.info({ body: { password: 'lantern willow', token: 'abc.def' } }, 'x'));
    expect(line).not.toContain('lantern willow');
    expect(line).not.toContain('abc.def');
  });
});
