import { bullPrefix, OutboxPublisher, SystemClock, type QueueName } from '@puente/platform';
import { PostgresSearchEngine, syncSearchDocuments } from '@puente/search';
import { rfqDeadlineSet, rfqPublished, rfqRequirement } from '@puente/sourcing';
import { insertDirectoryListing, type DirectoryListingOptions, type UserFixture } from '@puente/testing';
import { Queue } from 'bullmq';
import type { PuenteStack } from './puente-stack';

// Suppliers and published RFQs for the RFQ fan-out, deadline and feed suites, written straight to the
// database the way the importer, a claim and the publish route leave them.

export interface SupplierFixture {
  organizationId: string;
  name: string;
  supplierId: string;
  members: Array<UserFixture & { token: string }>;
}

/** A supplier organization owning a published profile (a claimed directory listing), its members signed in. */
export async function claimedSupplier(
  stack: PuenteStack,
  options: { name: string; languages: Array<'en' | 'es'>; listing?: DirectoryListingOptions },
): Promise<SupplierFixture> {
  const organization = await stack.factory.organization({ kind: 'supplier', name: options.name, country: 'MX', language: 'es', timeZone: 'America/Mexico_City' });
  const listing = await insertDirectoryListing(stack.db, { legalName: `${options.name} SA de CV`, tradeName: options.name, ...options.listing });
  await stack.db.query('UPDATE supplier_profiles SET organization_id = $2 WHERE id = $1', [listing.supplierId, organization.id]);
  await stack.db.query('UPDATE supplier_plants SET organization_id = $2 WHERE profile_id = $1', [listing.supplierId, organization.id]);
  const members = [];
  for (const [index, language] of options.languages.entries()) {
    const user = await stack.factory.user(organization.id, { role: index === 0 ? 'owner' : 'member', language });
    members.push({ ...user, token: (await stack.http.signIn(user.email, user.password)).accessToken });
  }
  return { organizationId: organization.id, name: options.name, supplierId: listing.supplierId, members };
}

/** Brings the search index up to date for these suppliers, as the worker's consumer would. */
export async function indexSuppliers(stack: PuenteStack, supplierIds: string[]): Promise<void> {
  const engine = new PostgresSearchEngine(stack.db);
  await stack.db.transaction((manager) => syncSearchDocuments(manager, engine, supplierIds));
}

export interface PublishedRfqOptions {
  buyerOrganizationId: string;
  createdBy: string;
  title: string;
  lines: Array<{ partName: string; processes: string[]; materials?: string[]; quantities: number[] }>;
  quoteDeadline: Date;
  visibility?: 'public' | 'invite_only';
  buyerPicks?: string[];
  deliveryZip?: string;
  certifications?: string[];
  /** False: no `rfqPublished` row, so the worker invites nobody (an RFQ the fan-out has not reached). */
  fanOut?: boolean;
  /** 'closed': as the deadline job leaves it. */
  state?: 'open' | 'closed';
}

/**
 * An RFQ as the publish route leaves it (open, version 1, its requirement stored) with `rfqPublished` and
 * `rfqDeadlineSet` in the outbox of the same transaction. Answers the RFQ id and the outbox row ids.
 */
export async function insertPublishedRfq(stack: PuenteStack, options: PublishedRfqOptions): Promise<{ rfqId: string; publishedOutboxId: string | null }> {
  const lines = options.lines.map((line) => ({ ...line, materials: line.materials ?? [], unit: 'pcs' }));
  const requirement = rfqRequirement({
    title: options.title,
    description: '',
    certifications: options.certifications ?? [],
    deliveryZip: options.deliveryZip ?? null,
    asOf: new Date().toISOString().slice(0, 10),
    lines,
  });
  const outbox = new OutboxPublisher(new SystemClock());
  return stack.db.transaction(async (manager) => {
    const [{ id: rfqId }] = await manager.query(
      `INSERT INTO rfqs (buyer_organization_id, created_by, state, version, title, description, certifications, delivery_zip, quote_deadline,
                         visibility, buyer_picks, processes, requirement, published_at, created_at, updated_at)
       VALUES ($1, $2, $11, 1, $3, '', $4, $5, $6, $7, $8, $9, $10, now(), now(), now()) RETURNING id`,
      [
        options.buyerOrganizationId,
        options.createdBy,
        options.title,
        options.certifications ?? [],
        options.deliveryZip ?? null,
        options.quoteDeadline,
        options.visibility ?? 'public',
        options.buyerPicks ?? [],
        [...new Set(lines.flatMap((line) => line.processes))],
        JSON.stringify(requirement),
        options.state ?? 'open',
      ],
    );
    for (const [position, line] of lines.entries()) {
      await manager.query(
        `INSERT INTO rfq_lines (rfq_id, position, part_name, processes, materials, quantities, unit) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [rfqId, position, line.partName, line.processes, line.materials, line.quantities, line.unit],
      );
    }
    if (options.state === 'closed') return { rfqId, publishedOutboxId: null };
    const publishedOutboxId = options.fanOut === false ? null : await outbox.publish(manager, rfqPublished, { rfqId, version: 1 });
    await outbox.publish(manager, rfqDeadlineSet, { rfqId, quoteDeadline: options.quoteDeadline.toISOString() });
    return { rfqId, publishedOutboxId };
  });
}

/** A producer handle on one of the stack's queues (same Redis prefix as its worker); close it after use. */
export function stackQueue(stack: PuenteStack, name: QueueName): Queue {
  return new Queue(name, {
    connection: { url: stack.env.REDIS_URL, maxRetriesPerRequest: null },
    prefix: bullPrefix({ redisUrl: stack.env.REDIS_URL, keyPrefix: stack.env.REDIS_KEY_PREFIX, retry: { attempts: 1, backoffMs: 1, failedRetentionDays: 1 } }),
  });
}
