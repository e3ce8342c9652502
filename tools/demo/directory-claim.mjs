// A real RETC plant claimed by its company, through the product's doors: the company signs up (e-mail verified
// by the e-mailed link), finds its plant with "Find your plant", claims it with a PDF as evidence, and the demo
// admin approves the claim in the review queue. Running it again finds the claim already approved.
import { call, signIn } from './api.mjs';
import { demoPdf } from './supplier-profile.mjs';

/** ALULIQ, an aluminium foundry in Aguascalientes, as the RETC lists it. */
const LISTING = { registry: 'RETC', id: 'ALU0100100034', search: 'ALULIQ' };

/** The listing of the RETC row, found as a supplier would find it; null when the directory was not imported. */
async function findListing(base) {
  const page = await call(base, 'GET', `/api/v1/directory/listings?q=${encodeURIComponent(LISTING.search)}&state=01`);
  return page.items.find((item) => item.sources.some((source) => source.registry === LISTING.registry && source.id === LISTING.id)) ?? null;
}

/**
 * @param ensureOrganization signs the account's organization up and verifies its e-mail (or finds it there)
 * @returns a line for the demo's summary
 */
export async function ensureDirectoryClaim(base, accounts, ensureOrganization) {
  const listing = await findListing(base);
  if (!listing) return `the directory was not imported (no ${LISTING.registry} ${LISTING.id}); claim skipped`;
  const account = accounts.claimant;
  const created = await ensureOrganization(account);
  const claimant = await signIn(base, account);
  let claim = (await call(base, 'GET', '/api/v1/supplier-claims', undefined, claimant)).data.find((item) => item.supplierId === listing.supplierId);
  if (!claim || claim.state === 'withdrawn' || claim.state === 'rejected') {
    if (listing.claimed) return `${listing.name} is already claimed by another organization; claim skipped`;
    const bytes = demoPdf('Constancia de situacion fiscal - ALULIQ S. de R.L. de C.V. - Aguascalientes');
    const response = await fetch(`${base}/api/v1/supplier-profile/documents?kind=other&name=${encodeURIComponent('Constancia de situación fiscal ALULIQ.pdf')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', authorization: `Bearer ${claimant}` },
      body: bytes,
    });
    if (response.status !== 201) throw new Error(`uploading the evidence answered ${response.status}: ${await response.text()}`);
    const document = await response.json();
    claim = await call(
      base,
      'POST',
      `/api/v1/suppliers/${listing.supplierId}/claims`,
      { evidence: 'document', documentId: document.id, note: 'Somos ALULIQ; adjuntamos la constancia de situación fiscal.' },
      claimant,
    );
  }
  if (claim.state === 'pending') {
    const admin = await signIn(base, accounts.admin);
    const open = await call(base, 'GET', '/api/v1/admin/reviews?kind=listing_claim&state=open&limit=200', undefined, admin);
    const item = open.data.find((candidate) => candidate.subjectId === claim.id);
    if (!item) throw new Error(`no open review item for the claim ${claim.id}`);
    await call(base, 'POST', `/api/v1/admin/reviews/${item.id}/approve`, { note: 'Constancia revisada.' }, admin);
  }
  return `${listing.name} (${LISTING.registry} ${LISTING.id}) claimed by ${account.organization.name} with a PDF, approved (account ${created}); public page ${base}/suppliers/${listing.supplierId}`;
}
