import { jobId } from './job-id';

describe('jobId', () => {
  it('joins a kind and natural key parts', () => {
    expect(jobId('outbox', 42)).toBe('outbox-42');
    expect(jobId('rfq', 'b3a1c2d4', 'fanout')).toBe('rfq-b3a1c2d4-fanout');
    expect(jobId('outbox', 9007199254740993n)).toBe('outbox-9007199254740993');
    expect(jobId('outbox', '0b7e5a4c-2f1d-4c3e-9a8b-1d2e3f4a5b6c')).toBe('outbox-0b7e5a4c-2f1d-4c3e-9a8b-1d2e3f4a5b6c');
  });

  it('never yields an id BullMQ rejects', () => {
    expect(() => jobId('rfq', 'a:b')).toThrow(/may hold only/);
    expect(() => jobId('42')).toThrow(/lowercase letter/);
    expect(() => jobId('rfq', '')).toThrow(/may hold only/);
    expect(() => jobId('rfq', 'a-b')).toThrow(/may hold only/);
    expect(() => jobId('rfq', '0B7E5A4C-2F1D-4C3E-9A8B-1D2E3F4A5B6C')).toThrow(/may hold only/);
    expect(() => jobId('rfq', '0b7e5a4c-2f1d-4c3e-9a8b')).toThrow(/may hold only/);
  });
});
