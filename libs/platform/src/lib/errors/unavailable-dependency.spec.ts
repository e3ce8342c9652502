import { QueryFailedError } from 'typeorm';
import { toAppError } from '../http/to-app-error';
import { dependencyUnavailableError, unavailableDependency } from './unavailable-dependency';

const socketError = (code: string, message = `connect ${code} 127.0.0.1:5432`) => Object.assign(new Error(message), { code, syscall: 'connect' });

describe('unavailableDependency', () => {
  it.each([
    ['a refused connection', socketError('ECONNREFUSED')],
    ['a reset connection', socketError('ECONNRESET', 'read ECONNRESET')],
    ['a socket timeout', socketError('ETIMEDOUT')],
    ['pg losing its connection', new Error('Connection terminated unexpectedly')],
    ['pg timing out while connecting', new Error('Connection terminated due to connection timeout')],
    ['pg-pool waiting for a connection', new Error('timeout exceeded when trying to connect')],
    ['a client broken by an earlier error', new Error('Client has encountered a connection error and is not queryable')],
    ['PostgreSQL shutting down (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['PostgreSQL refusing connections (57P03)', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['too many connections (53300)', Object.assign(new Error('sorry, too many clients already'), { code: '53300' })],
    ['TypeORM wrapping a lost connection', new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'))],
    ["Node's happy-eyeballs AggregateError", Object.assign(new AggregateError([socketError('ECONNREFUSED')], ''), { code: 'ECONNREFUSED' })],
    ['a refused connection as a cause', new Error('sign-up failed', { cause: socketError('ECONNREFUSED') })],
  ])('names the database for %s', (_, thrown) => {
    expect(unavailableDependency(thrown)).toBe('database');
  });

  it.each([
    ['a closed connection', new Error('Connection is closed.')],
    ['the fail-fast client while disconnected', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['a command timeout', new Error('Command timed out')],
    ['MaxRetriesPerRequestError', Object.assign(new Error('Reached the max retries per request limit (which is 0).'), { name: 'MaxRetriesPerRequestError' })],
  ])('names redis for %s', (_, thrown) => {
    expect(unavailableDependency(thrown)).toBe('redis');
  });

  it.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'email')")],
    ['a unique violation', new QueryFailedError('INSERT', [], Object.assign(new Error('duplicate key'), { code: '23505' }))],
    ['a syntax error in SQL', new QueryFailedError('SELEC', [], Object.assign(new Error('syntax error'), { code: '42601' }))],
    ['a statement timeout', Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' })],
    ['nothing at all', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('leaves %s alone', (_, thrown) => {
    expect(unavailableDependency(thrown)).toBeUndefined();
  });
});

describe('DEPENDENCY_UNAVAILABLE', () => {
  it('is 503 with Retry-After, naming the dependency but never the driver message', () => {
    const error = toAppError(socketError('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.7:5432'));
    expect(error).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', status: 503, headers: { 'Retry-After': '5' } });
    expect(error.details).toEqual([{ field: 'database', issue: 'unreachable', message: 'database did not answer' }]);
    expect(JSON.stringify(error.details) + error.messageIn('en') + error.messageIn('es')).not.toMatch(/ECONNREFUSED|10\.0\.0\.7/);
  });

  it('keeps the driver error as the cause, for the log', () => {
    const cause = new Error('Connection is closed.');
    expect(dependencyUnavailableError('redis', cause).cause).toBe(cause);
  });
});
