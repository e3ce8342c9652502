import { OutboxPublisher, SystemClock } from '@puente/platform';
import { deadlineJobId, rfqDeadlineSet } from '@puente/sourcing';
import { waitFor, type UserFixture } from '@puente/testing';
import type { Queue } from 'bullmq';
import { PuenteStack } from './support/puente-stack';
import { insertPublishedRfq, stackQueue } from './support/rfq-stack';

// RFQ deadlines on the built worker: a delayed BullMQ job per deadline closes the RFQ, a moved deadline
// leaves the old job harmless, the job survives a worker killed and replaced, and the sweep closes an RFQ
// whose job was lost. The sweep runs hourly here except where a test asks for it, so a close is the job's.

const SECOND = 1_000;
const NO_SWEEP = { RFQ_DEADLINE_SWEEP_SECONDS: '3600' };

describe('RFQ deadlines through the worker', () => {
  let stack: PuenteStack;
  let deadlines: Queue;
  let buyer: UserFixture;

  const publish = (title: string, quoteDeadline: Date) =>
    insertPublishedRfq(stack, {
      buyerOrganizationId: buyer.organizationId,
      createdBy: buyer.userId,
      title,
      lines: [{ partName: 'Bracket', processes: ['proc.machining.cnc-machining'], quantities: [100] }],
      quoteDeadline,
    });
  const rfqRow = async (rfqId: string) =>
    (await stack.db.query('SELECT state, closed_reason FROM rfqs WHERE id = $1', [rfqId]))[0] as { state: string; closed_reason: string | null };
  const closed = (rfqId: string) => waitFor(async () => ((await rfqRow(rfqId)).state === 'closed' ? rfqRow(rfqId) : undefined), `RFQ ${rfqId} closed`);
  const scheduled = (rfqId: string, deadline: Date) => waitFor(async () => (await deadlines.getJob(deadlineJobId(rfqId, deadline))) ?? undefined, 'the delayed job');
  const finished = (rfqId: string, deadline: Date) =>
    waitFor(async () => {
      const job = await deadlines.getJob(deadlineJobId(rfqId, deadline));
      return job?.finishedOn ? job : undefined;
    }, 'the delayed job to run');

  beforeAll(async () => {
    stack = await PuenteStack.start(NO_SWEEP);
    deadlines = stackQueue(stack, 'deadlines');
    buyer = await stack.factory.user((await stack.factory.organization({ name: 'Lone Star Robotics' })).id);
  });
  afterAll(async () => {
    await deadlines?.close();
    await stack?.stop();
  });

  it('closes the RFQ at its deadline by the delayed job', async () => {
    // A few seconds ahead: still delayed when the test first looks, even on a loaded machine.
    const deadline = new Date(Date.now() + 5 * SECOND);
    const { rfqId } = await publish('Closes on time', deadline);
    const job = await scheduled(rfqId, deadline);
    expect(await job.isDelayed()).toBe(true);
    expect(job.data).toEqual({ rfqId, quoteDeadline: deadline.toISOString() });
    expect(await closed(rfqId)).toEqual({ state: 'closed', closed_reason: 'deadline' });
    expect((await finished(rfqId, deadline)).returnvalue).toEqual({ closed: true });
  });

  it('moves with an amendment: the old job finds the deadline not reached and does nothing', async () => {
    const first = new Date(Date.now() + 6 * SECOND);
    const { rfqId } = await publish('Moved deadline', first);
    await scheduled(rfqId, first);
    const moved = new Date(Date.now() + 3_600 * SECOND);
    await stack.db.transaction(async (manager) => {
      await manager.query('UPDATE rfqs SET quote_deadline = $2, version = 2 WHERE id = $1', [rfqId, moved]);
      await new OutboxPublisher(new SystemClock()).publish(manager, rfqDeadlineSet, { rfqId, quoteDeadline: moved.toISOString() });
    });
    expect(await (await scheduled(rfqId, moved)).isDelayed()).toBe(true);
    expect((await finished(rfqId, first)).returnvalue).toEqual({ closed: false });
    expect(await rfqRow(rfqId)).toEqual({ state: 'open', closed_reason: null });
  });

  it('survives the worker being killed: another worker runs the job from Redis', async () => {
    // Far enough ahead that the new worker is up before it: the close must be the job's, not a boot-time sweep's.
    const deadline = new Date(Date.now() + 8 * SECOND);
    const { rfqId } = await publish('Outlives its worker', deadline);
    await scheduled(rfqId, deadline);
    await stack.worker.stop();
    await stack.startWorker(NO_SWEEP);
    expect(await closed(rfqId)).toEqual({ state: 'closed', closed_reason: 'deadline' });
    expect((await finished(rfqId, deadline)).returnvalue).toEqual({ closed: true });
  });

  it('closes an RFQ whose job was lost by the close-overdue-rfqs sweep', async () => {
    // An hour ahead, so the job is surely still delayed (no worker holds its lock) when the test removes it.
    const deadline = new Date(Date.now() + 3_600 * SECOND);
    const { rfqId } = await publish('Lost its job', deadline);
    const job = await scheduled(rfqId, deadline);
    expect(await job.isDelayed()).toBe(true);
    await job.remove(); // lost, as in a Redis restored from an older snapshot
    expect(await deadlines.getJob(deadlineJobId(rfqId, deadline))).toBeUndefined();
    // Then the deadline passes with no job left to notice it.
    await stack.db.query(`UPDATE rfqs SET quote_deadline = now() - interval '1 second' WHERE id = $1`, [rfqId]);
    // A worker with a short sweep interval (the scheduler is shared: every worker now sweeps each second).
    await stack.startWorker({ RFQ_DEADLINE_SWEEP_SECONDS: '1' });
    expect(await closed(rfqId)).toEqual({ state: 'closed', closed_reason: 'deadline' });
    expect(await deadlines.getJob(deadlineJobId(rfqId, deadline))).toBeUndefined();
  });
});
