import { jobId } from './job-id';

describe('jobId', () => {
  it('joins a kind and natural key parts', () => {
    expect(jobId('outbox', 42)).toBe('outbox-42');
    expect(jobId('rfq', 'b3a1c2d4', 'fanout')).toBe('rfq-b3a1c2d4-fanout');
    expect(jobId('outbox', 9007199254740993n)).toBe('outbox-9007199254740993');
  });

  it('never yields an id BullMQ rejects', () => {
    expect(() => jobId('rfq', 'a:b')).toThrow(/may hold only/);
    expect(() => jobId('42')).toThrow(/lowercase letter/);
    expect(() => jobId('rfq', '')).toThrow(/may hold only/);
    expect(() => jobId('rfq', 'a-b')).toThrow(/may hold only/);
  });
});
