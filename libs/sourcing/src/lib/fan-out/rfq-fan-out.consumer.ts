import { Injectable } from '@nestjs/common';
import { OnCommitted, type ConsumerContext } from '@puente/platform';
import { rfqPublished } from '../rfq-topics';
import { RfqFanOut } from './rfq-fan-out.service';

/**
 * The worker's side of publishing: matches and invites. Replay-safe twice over: the inbox runs it once per
 * outbox row, and the unique (rfq, supplier) lets a second run of the same RFQ add nothing it already has.
 */
@Injectable()
export class RfqFanOutConsumer {
  constructor(private readonly fanOut: RfqFanOut) {}

  @OnCommitted(rfqPublished, { consumer: 'sourcing.rfq-fan-out' })
  async invite({ rfqId }: { rfqId: string; version: number }, { manager }: ConsumerContext): Promise<void> {
    await this.fanOut.run(manager, rfqId);
  }
}
