import { insertDirectoryListing, type UserFixture } from '@puente/testing';
import type { PuenteStack } from './puente-stack';

/** A complete RFQ body: publishable as is (deadline three days ahead). */
export function completeRfqBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Machined aluminum brackets',
    description: 'CNC machined 6061 aluminum mounting brackets, anodized, per the attached drawing.',
    lines: [
      { partName: 'Mounting bracket', partNumber: 'BRK-2291', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [500, 1000, 5000], unit: 'pcs' },
    ],
    annualVolume: 20000,
    targetUnitPrice: '4.2500',
    currency: 'USD',
    certifications: ['cert.iso-9001'],
    hsCode: '761699',
    deliveryZip: '75201',
    incoterm: 'DAP',
    incotermPlace: 'Dallas, TX',
    needBy: isoDate(30),
    quoteDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    ...overrides,
  };
}

export function isoDate(daysAhead: number): string {
  return new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
}

export interface SupplierParty {
  organizationId: string;
  supplierId: string;
  user: UserFixture;
  token: string;
}

/** A supplier organization with one user (in `language`) that owns a published supplier profile. */
export async function supplierParty(stack: PuenteStack, name: string, language: 'en' | 'es'): Promise<SupplierParty> {
  const organization = await stack.factory.organization({ kind: 'supplier', name, country: 'MX', language });
  const user = await stack.factory.user(organization.id, { language });
  const listing = await insertDirectoryListing(stack.db, { legalName: `${name} SA de CV`, processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'] });
  await stack.db.query(`UPDATE supplier_profiles SET organization_id = $1, origin = 'owner' WHERE id = $2`, [organization.id, listing.supplierId]);
  await stack.db.query(`UPDATE supplier_plants SET organization_id = $1 WHERE profile_id = $2`, [organization.id, listing.supplierId]);
  const { accessToken } = await stack.http.signIn(user.email, user.password);
  return { organizationId: organization.id, supplierId: listing.supplierId, user, token: accessToken };
}

export interface BuyerParty {
  organizationId: string;
  user: UserFixture;
  token: string;
}

export async function buyerParty(stack: PuenteStack, name: string, language: 'en' | 'es' = 'en'): Promise<BuyerParty> {
  const organization = await stack.factory.organization({ kind: 'buyer', name, country: 'US', language });
  const user = await stack.factory.user(organization.id, { language });
  const { accessToken } = await stack.http.signIn(user.email, user.password);
  return { organizationId: organization.id, user, token: accessToken };
}

/** An invitation as the worker's fan-out writes it (idempotent: the fan-out may have written it already). */
export async function invite(stack: PuenteStack, rfqId: string, supplier: SupplierParty): Promise<void> {
  await stack.db.query(
    `INSERT INTO rfq_invitations (rfq_id, supplier_id, supplier_organization_id, source, state, created_at)
     VALUES ($1, $2, $3, 'buyer', 'invited', now()) ON CONFLICT (rfq_id, supplier_id) DO NOTHING`,
    [rfqId, supplier.supplierId, supplier.organizationId],
  );
}

/** Creates and publishes an RFQ as the buyer; answers its view. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function publishedRfq(stack: PuenteStack, token: string, overrides: Record<string, unknown> = {}): Promise<any> {
  const created = await stack.http.call('POST', '/api/v1/rfqs', { token, body: completeRfqBody(overrides) });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const published = await stack.http.call('POST', `/api/v1/rfqs/${created.body.id}/publish`, { token });
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  return published.body;
}

/** Moves the quote deadline by SQL (publishing needs an hour of lead; tests of lateness need less). */
export async function setDeadline(stack: PuenteStack, rfqId: string, secondsFromNow: number): Promise<void> {
  await stack.db.query(`UPDATE rfqs SET quote_deadline = clock_timestamp() + make_interval(secs => $2) WHERE id = $1`, [rfqId, secondsFromNow]);
}
