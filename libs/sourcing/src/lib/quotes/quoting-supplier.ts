import { AppError } from '@puente/platform';
import type { EntityManager } from 'typeorm';

/** The supplier profile a quote is written for, as a buyer will read its name. */
export interface QuotingSupplier {
  supplierId: string;
  name: string;
}

/** A supplier's name as buyers read it, over profiles `p` joined to their organization `o`. */
export const SUPPLIER_NAME_SQL = `coalesce(p.published_data->>'tradeName', p.published_data->>'legalName', o.name)`;

interface ProfileRow {
  id: string;
  state: string;
  published: boolean;
  merged: boolean;
  name: string;
  organization_suspended: boolean;
}

/**
 * The caller organization's supplier profile, when it may quote: published (its public version exists)
 * and neither suspended nor withdrawn, of an organization that is not suspended. Otherwise 403
 * QUOTE_SUPPLIER_NOT_ELIGIBLE naming why (`no_supplier_profile`, `profile_not_published`,
 * `profile_suspended`, `profile_withdrawn`, `organization_suspended`).
 */
export async function quotingSupplier(manager: EntityManager, organizationId: string): Promise<QuotingSupplier> {
  const [profile]: ProfileRow[] = await manager.query(
    `SELECT p.id, p.state, p.published_data IS NOT NULL AS published, p.merged_into IS NOT NULL AS merged,
            ${SUPPLIER_NAME_SQL} AS name,
            o.suspended_at IS NOT NULL AS organization_suspended
       FROM supplier_profiles p JOIN organizations o ON o.id = p.organization_id
      WHERE p.organization_id = $1
      ORDER BY p.merged_into IS NULL DESC, p.created_at
      LIMIT 1`,
    [organizationId],
  );
  const refuse = (issue: string, message: string) => new AppError('QUOTE_SUPPLIER_NOT_ELIGIBLE', { details: [{ field: 'supplierProfile', issue, message }] });
  if (!profile || profile.merged) throw refuse('no_supplier_profile', 'your organization has no supplier profile; create and publish one to quote');
  if (profile.organization_suspended) throw refuse('organization_suspended', 'your organization is suspended');
  if (profile.state === 'suspended') throw refuse('profile_suspended', 'your supplier profile is suspended');
  if (profile.state === 'withdrawn') throw refuse('profile_withdrawn', 'your supplier profile is withdrawn');
  if (!profile.published) throw refuse('profile_not_published', 'your supplier profile is not published yet; it must be approved before you quote');
  return { supplierId: profile.id, name: profile.name };
}
