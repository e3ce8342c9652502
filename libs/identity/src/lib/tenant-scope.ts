import { AppError } from '@puente/platform';
import type { EntityTarget, FindOptionsWhere, ObjectLiteral, EntityManager } from 'typeorm';
import type { Principal } from './principal';

/** Any entity owned by one organization. */
export interface TenantOwned {
  organizationId: string;
}

/** Adds the caller's organization to a query: the one way tenant-owned rows are read. */
export function inTenant<T extends TenantOwned & ObjectLiteral>(principal: Principal, where: FindOptionsWhere<T> = {}): FindOptionsWhere<T> {
  return { ...where, organizationId: principal.organizationId } as FindOptionsWhere<T>;
}

/**
 * Loads a tenant-owned row of the caller's organization. A row of another organization answers
 * exactly like a missing one (NOT_FOUND), so its existence is never revealed.
 */
export async function findInTenantOrFail<T extends TenantOwned & ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  principal: Principal,
  where: FindOptionsWhere<T>,
  label: string,
): Promise<T> {
  const found = await manager.findOneBy(entity, inTenant<T>(principal, where));
  if (!found) throw new AppError('NOT_FOUND', { details: [{ field: label, issue: 'not_found', message: `${label} not found` }] });
  return found;
}
