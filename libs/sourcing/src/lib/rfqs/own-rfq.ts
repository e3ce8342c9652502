import type { Principal } from '@puente/identity';
import type { EntityManager } from 'typeorm';
import { rfqNotFound } from '../access/rfq-not-found';
import { Rfq } from '../entities/rfq.entity';

/** The caller buyer organization's RFQ, row-locked for a write; another organization's is 404 like a missing one. */
export async function lockOwnRfq(manager: EntityManager, principal: Principal, rfqId: string): Promise<Rfq> {
  const rfq = await manager.findOne(Rfq, { where: { id: rfqId, buyerOrganizationId: principal.organizationId }, lock: { mode: 'pessimistic_write' } });
  if (!rfq) throw rfqNotFound();
  return rfq;
}
