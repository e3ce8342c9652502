import { AppError } from '@puente/platform';
import type { EntityManager } from 'typeorm';

/**
 * 400 naming invitedSupplierIds unless every id is a supplier profile anyone may find: published, not
 * merged into another listing, and not of a suspended organization.
 */
export async function assertPickableSuppliers(manager: EntityManager, supplierIds: readonly string[]): Promise<void> {
  if (supplierIds.length === 0) return;
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT p.id FROM supplier_profiles p LEFT JOIN organizations o ON o.id = p.organization_id
      WHERE p.id = ANY($1::uuid[]) AND p.state = 'published' AND p.merged_into IS NULL AND o.suspended_at IS NULL`,
    [[...supplierIds]],
  );
  const found = new Set(rows.map((row) => row.id));
  const unknown = [...new Set(supplierIds.filter((id) => !found.has(id)))];
  if (unknown.length === 0) return;
  throw new AppError('VALIDATION_FAILED', {
    details: [{ field: 'invitedSupplierIds', issue: 'unknown_supplier', message: `these are not published suppliers: ${unknown.join(', ')}` }],
  });
}
